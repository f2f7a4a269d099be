package org.countychain.matching.internal;

/**
 * The numbers the index is built and queried with, copied from the public settings so that this package knows no
 * API type. Boost weights are in the order of the bits of a boost mask: same chain link, same chain, same industry
 * class, same industry division, same city, same province. Internal.
 *
 * @param k1                        BM25 saturation
 * @param b                         BM25 length normalisation
 * @param titleWeight               weight of the title
 * @param keywordsWeight            weight of the keywords
 * @param descriptionWeight         weight of the description
 * @param unigramWeight             weight of single characters of longer runs
 * @param maxDocumentFrequency      share of entries above which a term is pruned
 * @param pruningFloor              entries up to which a term is never pruned
 * @param maxQueryTerms             query terms looked up at most, 0 for all
 * @param sameChainLinkBoost        bit 0
 * @param sameChainBoost            bit 1
 * @param sameIndustryClassBoost    bit 2
 * @param sameIndustryDivisionBoost bit 3
 * @param sameCityBoost             bit 4
 * @param sameProvinceBoost         bit 5
 */
public record Parameters(double k1, double b, double titleWeight, double keywordsWeight, double descriptionWeight,
                         double unigramWeight, double maxDocumentFrequency, int pruningFloor, int maxQueryTerms,
                         double sameChainLinkBoost, double sameChainBoost, double sameIndustryClassBoost,
                         double sameIndustryDivisionBoost, double sameCityBoost, double sameProvinceBoost) {
}
