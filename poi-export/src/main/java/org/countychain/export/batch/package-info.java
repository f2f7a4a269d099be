/**
 * Public API: the province batch (全省批量导出), {@link org.countychain.export.batch.ProvinceBatch}, which exports every
 * county's research reports and every city-level unit's consolidated reports of a
 * {@link org.countychain.dataset.ProvinceDataset}, in parallel, with progress events, cancellation and a result that
 * lists every file written (path, size, SHA-256) and every failure with its code. Implementation details are in
 * {@code org.countychain.export.batch.internal}.
 */
@NullMarked
package org.countychain.export.batch;

import org.jspecify.annotations.NullMarked;
