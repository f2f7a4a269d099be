/**
 * Public API: what every exporter takes and returns (导出请求与结果) — {@link org.countychain.export.model.ExportRequest},
 * {@link org.countychain.export.model.ExportResult}, the modes, the notice's appendices and appendix tables.
 *
 * <p>Kept apart from {@code org.countychain.export} so that the registry, the SPI and the formats depend on these
 * values without a package cycle.
 */
@NullMarked
package org.countychain.export.model;

import org.jspecify.annotations.NullMarked;
