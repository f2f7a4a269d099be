/**
 * Public API: report coverage (报送覆盖情况) per city-level unit and for the province, after R1, R2 and R13 of
 * 闽科高〔2024〕135号: which county-level units have a research report of their own, which only a city's
 * consolidated one, which none; which pilot counties lack a chain the pilot plan requires; which key chains no
 * S&amp;T commissioner team serves. {@link org.countychain.coverage.CoverageAnalyzer} computes it with the same
 * logic the rules use; the records serialise to JSON with {@link org.countychain.json.CountyChainJson}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.countychain.coverage;

import org.jspecify.annotations.NullMarked;
