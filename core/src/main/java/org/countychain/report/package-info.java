/**
 * Public API: report template editions as data and research reports in their structure (调研报告模板与调研报告).
 *
 * <p>The notice's attachment ships as the edition {@code fujian-2024}, loaded from the jar at run time by
 * {@link org.countychain.report.ReportTemplates#builtIn()}; other editions are added as data.
 */
@NullMarked
package org.countychain.report;

import org.jspecify.annotations.NullMarked;
