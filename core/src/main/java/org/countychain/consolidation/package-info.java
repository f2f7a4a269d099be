/**
 * Public API: consolidation of a city's county reports whose key chains repeat (设区市合并调研报告, R3).
 *
 * <p>A {@link org.countychain.consolidation.ChainIdentityRule} decides when two counties' chains are the same
 * chain and says which clause decided; a {@link org.countychain.consolidation.Consolidator} groups a city's
 * chains by that rule and merges each group's chains, maps and reports into one city-level
 * {@link org.countychain.dataset.CountyDataset}, losing nothing: every paragraph, table row, advantage unit and
 * bottleneck of every county appears in the merged report exactly once, attributed to its county.
 *
 * <pre>{@code
 * ConsolidationResult quanzhou = Consolidator.defaults().consolidate("350500", countyDatasets);
 * quanzhou.groups();        // which chains were merged, and why
 * quanzhou.cityDataset();   // 泉州市: merged chains, reports, enterprises, ... ready for the Word exporter
 * }</pre>
 */
@NullMarked
package org.countychain.consolidation;

import org.jspecify.annotations.NullMarked;
