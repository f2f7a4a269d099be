/**
 * SPI for plug-in authors: {@link org.countychain.export.docx.spi.DocxContributor} adds to or replaces sections and
 * figures of the Word report (Word 导出内容插件接口), writing through a
 * {@link org.countychain.export.docx.spi.BodyWriter}.
 */
@NullMarked
package org.countychain.export.docx.spi;

import org.jspecify.annotations.NullMarked;
