/**
 * SPI for plug-in authors: {@link org.countychain.export.spi.ReportExporter}, a format the research report can be
 * exported to (导出格式插件接口). Found through {@link java.util.ServiceLoader} or registered by hand.
 */
@NullMarked
package org.countychain.export.spi;

import org.jspecify.annotations.NullMarked;
