/**
 * Public API: the Word exporter (Word 导出) — {@link org.countychain.export.docx.DocxExporter} and
 * {@link org.countychain.export.docx.ReferenceDocument}. The style sheet is in
 * {@code org.countychain.export.docx.style}, the contributor SPI in {@code org.countychain.export.docx.spi}, the
 * read-back inspector in {@code org.countychain.test.docx}.
 */
@NullMarked
package org.countychain.export.docx;

import org.jspecify.annotations.NullMarked;
