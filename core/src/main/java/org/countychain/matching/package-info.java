/**
 * Public API: matching the two lists of R4 (两张清单对接), technology demands against S&amp;T achievements and back.
 *
 * <p>{@link org.countychain.matching.MatchIndex} indexes one list once (character bigrams of NFKC-normalised
 * Chinese text, whole Latin and digit runs, fields weighted, BM25F scores) and ranks its entries for each entry
 * of the other list, boosted when chain link, industry code or region agree. Every
 * {@link org.countychain.matching.Match} explains itself: the text the two share and the boosts applied. No
 * external service, model or network is used.
 *
 * <pre>{@code
 * CountyDataset jinjiang = SampleCounty.jinjiang();
 * MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(jinjiang.achievements());
 * List<Match<Achievement>> top = index.top(jinjiang.demands().get(0), 5);
 * top.get(0).explanation().sharedTerms();   // [中底, 尺寸稳定性, 技术, 超临界发泡, tpu, 收缩, 泡孔]
 * }</pre>
 */
@NullMarked
package org.countychain.matching;

import org.jspecify.annotations.NullMarked;
