/**
 * Reading research reports written in Word (读取 Word 调研报告): {@link org.countychain.export.docx.read.ReportReader}
 * maps a county's own .docx onto a {@link org.countychain.report.ResearchReport} of a template edition, and reports
 * everything it could not place, with its position in the document. No POI type appears in this API.
 */
@NullMarked
package org.countychain.export.docx.read;

import org.jspecify.annotations.NullMarked;
