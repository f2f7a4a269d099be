/**
 * Public API: the registry of report exporters (报告导出), {@link org.countychain.export.ReportExporters}, and
 * the safe-file-name convention (安全文件名) of everything the library names, {@link org.countychain.export.FileNames}. The values
 * every exporter takes are in {@code org.countychain.export.model}, the SPI in {@code org.countychain.export.spi},
 * the Word format in {@code org.countychain.export.docx}.
 */
@NullMarked
package org.countychain.export;

import org.jspecify.annotations.NullMarked;
