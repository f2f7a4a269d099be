package org.countychain.matching;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;

/**
 * The settings of the two-list matcher (匹配参数), every one with a documented default ({@link #defaults()}).
 *
 * <p>Scores are BM25F: each term's frequency in an entry is the sum over its fields of the field's weight times the
 * term's count, each field normalised by its length relative to the average ({@code b}); the sum saturates with
 * {@code k1} and is multiplied by the term's inverse document frequency. The text score is then multiplied by
 * {@code 1 +} the weights of the {@link Boost}s that apply.
 *
 * @param k1 BM25 term-frequency saturation {@code k1}: how fast repeated terms stop adding (0 = presence only); default
 *     1.2, range 0..10
 * @param b BM25 length normalisation {@code b}: 0 ignores field length, 1 normalises fully; default 0.75, range 0..1
 * @param titleWeight weight of the title (标题); default 3.0, range 0..100
 * @param keywordsWeight weight of the keywords (关键词; for achievements with their technical field); default 2.0, range
 *     0..100
 * @param descriptionWeight weight of the description (描述); default 1.0, range 0..100
 * @param unigramWeight weight of single Chinese characters inside longer runs, relative to bigrams (0 = bigrams only; a
 *     run of one character is always a term); default 0.3, range 0..1
 * @param maxDocumentFrequency terms found in more than this share of the indexed entries are pruned: they neither score
 *     nor explain (1 = no pruning); default 0.05, range 0 (exclusive)..1
 * @param sameChainLinkBoost boost when both name the same chain link; default 0.05, range 0..10
 * @param sameChainBoost boost when both name the same chain but not the same link; default 0.02, range 0..10
 * @param sameIndustryClassBoost boost when the industry codes agree to the class; default 0.1, range 0..10
 * @param sameIndustryDivisionBoost boost when the industry codes agree to the division only; default 0.05, range 0..10
 * @param sameCityBoost boost when county and region lie in the same city; default 0.05, range 0..10
 * @param sameProvinceBoost boost when county and region lie in the same province only; default 0.02, range 0..10
 * @param maxQueryTerms at most this many of a query's terms are looked up, those with the highest weight times inverse
 *     document frequency (0 = all); default 0, range 0..10000
 * @param pruningFloor terms in this many entries or fewer are never pruned, whatever the share, so small lists are
 *     not pruned at all; default 100, range 0..1000000
 * @since 0.1.0
 */
public record MatchSettings(double k1, double b, double titleWeight, double keywordsWeight,
                            double descriptionWeight, double unigramWeight, double maxDocumentFrequency,
                            double sameChainLinkBoost, double sameChainBoost, double sameIndustryClassBoost,
                            double sameIndustryDivisionBoost, double sameCityBoost, double sameProvinceBoost,
                            int maxQueryTerms, int pruningFloor) {
    /**
     * Checks every setting's range.
     *
     * @throws InvalidInputException {@link ErrorCode#MATCH_SETTING} when a setting is out of range
     */
    public MatchSettings {
        check("k1", k1, 0, 10, "0..10");
        check("b", b, 0, 1, "0..1");
        check("titleWeight", titleWeight, 0, 100, "0..100");
        check("keywordsWeight", keywordsWeight, 0, 100, "0..100");
        check("descriptionWeight", descriptionWeight, 0, 100, "0..100");
        check("unigramWeight", unigramWeight, 0, 1, "0..1");
        if (!(maxDocumentFrequency > 0 && maxDocumentFrequency <= 1)) {
            throw new InvalidInputException(ErrorCode.MATCH_SETTING, "maxDocumentFrequency", "maxDocumentFrequency",
                    String.valueOf(maxDocumentFrequency), "0 (exclusive)..1");
        }
        check("sameChainLinkBoost", sameChainLinkBoost, 0, 10, "0..10");
        check("sameChainBoost", sameChainBoost, 0, 10, "0..10");
        check("sameIndustryClassBoost", sameIndustryClassBoost, 0, 10, "0..10");
        check("sameIndustryDivisionBoost", sameIndustryDivisionBoost, 0, 10, "0..10");
        check("sameCityBoost", sameCityBoost, 0, 10, "0..10");
        check("sameProvinceBoost", sameProvinceBoost, 0, 10, "0..10");
        if (maxQueryTerms < 0 || maxQueryTerms > 10_000) {
            throw new InvalidInputException(ErrorCode.MATCH_SETTING, "maxQueryTerms", "maxQueryTerms",
                    String.valueOf(maxQueryTerms), "0..10000");
        }
        if (pruningFloor < 0 || pruningFloor > 1_000_000) {
            throw new InvalidInputException(ErrorCode.MATCH_SETTING, "pruningFloor", "pruningFloor",
                    String.valueOf(pruningFloor), "0..1000000");
        }
        if (titleWeight + keywordsWeight + descriptionWeight == 0) {
            throw new InvalidInputException(ErrorCode.MATCH_SETTING, "titleWeight", "titleWeight + keywordsWeight"
                    + " + descriptionWeight", 0, "> 0");
        }
    }

    private static void check(String name, double value, double min, double max, String range) {
        if (!(value >= min && value <= max)) {
            throw new InvalidInputException(ErrorCode.MATCH_SETTING, name, name, String.valueOf(value), range);
        }
    }

    /**
     * The defaults: k1 1.2, b 0.75, titleWeight 3.0, keywordsWeight 2.0, descriptionWeight 1.0, unigramWeight 0.3,
     * maxDocumentFrequency 0.05, sameChainLinkBoost 0.05, sameChainBoost 0.02, sameIndustryClassBoost 0.1,
     * sameIndustryDivisionBoost 0.05, sameCityBoost 0.05, sameProvinceBoost 0.02,
     * maxQueryTerms 0, pruningFloor 100.
     *
     * @return the default settings
     */
    public static MatchSettings defaults() {
        return new MatchSettings(1.2, 0.75, 3.0, 2.0, 1.0, 0.3, 0.05, 0.05, 0.02, 0.1, 0.05, 0.05, 0.02, 0, 100);
    }

    /**
     * A builder starting from these settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link MatchSettings} from the defaults or from other settings; ranges are checked by {@link #build()}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private double k1;
        private double b;
        private double titleWeight;
        private double keywordsWeight;
        private double descriptionWeight;
        private double unigramWeight;
        private double maxDocumentFrequency;
        private double sameChainLinkBoost;
        private double sameChainBoost;
        private double sameIndustryClassBoost;
        private double sameIndustryDivisionBoost;
        private double sameCityBoost;
        private double sameProvinceBoost;
        private int maxQueryTerms;
        private int pruningFloor;

        private Builder(MatchSettings from) {
            k1 = from.k1;
            b = from.b;
            titleWeight = from.titleWeight;
            keywordsWeight = from.keywordsWeight;
            descriptionWeight = from.descriptionWeight;
            unigramWeight = from.unigramWeight;
            maxDocumentFrequency = from.maxDocumentFrequency;
            sameChainLinkBoost = from.sameChainLinkBoost;
            sameChainBoost = from.sameChainBoost;
            sameIndustryClassBoost = from.sameIndustryClassBoost;
            sameIndustryDivisionBoost = from.sameIndustryDivisionBoost;
            sameCityBoost = from.sameCityBoost;
            sameProvinceBoost = from.sameProvinceBoost;
            maxQueryTerms = from.maxQueryTerms;
            pruningFloor = from.pruningFloor;
        }

        /**
         * Sets the BM25 term-frequency saturation {@code k1}: how fast repeated terms stop adding (0 = presence only).
         *
         * @param value the value, range 0..10
         * @return this builder
         */
        public Builder k1(double value) {
            k1 = value;
            return this;
        }

        /**
         * Sets the BM25 length normalisation {@code b}: 0 ignores field length, 1 normalises fully.
         *
         * @param value the value, range 0..1
         * @return this builder
         */
        public Builder b(double value) {
            b = value;
            return this;
        }

        /**
         * Sets the weight of the title (标题).
         *
         * @param value the value, range 0..100
         * @return this builder
         */
        public Builder titleWeight(double value) {
            titleWeight = value;
            return this;
        }

        /**
         * Sets the weight of the keywords (关键词; for achievements with their technical field).
         *
         * @param value the value, range 0..100
         * @return this builder
         */
        public Builder keywordsWeight(double value) {
            keywordsWeight = value;
            return this;
        }

        /**
         * Sets the weight of the description (描述).
         *
         * @param value the value, range 0..100
         * @return this builder
         */
        public Builder descriptionWeight(double value) {
            descriptionWeight = value;
            return this;
        }

        /**
         * Sets the weight of single Chinese characters inside longer runs, relative to bigrams (0 = bigrams only; a run
         * of one character is always a term).
         *
         * @param value the value, range 0..1
         * @return this builder
         */
        public Builder unigramWeight(double value) {
            unigramWeight = value;
            return this;
        }

        /**
         * Sets the terms found in more than this share of the indexed entries are pruned: they neither score nor
         * explain (1 = no pruning).
         *
         * @param value the value, range 0 (exclusive)..1
         * @return this builder
         */
        public Builder maxDocumentFrequency(double value) {
            maxDocumentFrequency = value;
            return this;
        }

        /**
         * Sets the boost when both name the same chain link.
         *
         * @param value the value, range 0..10
         * @return this builder
         */
        public Builder sameChainLinkBoost(double value) {
            sameChainLinkBoost = value;
            return this;
        }

        /**
         * Sets the boost when both name the same chain but not the same link.
         *
         * @param value the value, range 0..10
         * @return this builder
         */
        public Builder sameChainBoost(double value) {
            sameChainBoost = value;
            return this;
        }

        /**
         * Sets the boost when the industry codes agree to the class.
         *
         * @param value the value, range 0..10
         * @return this builder
         */
        public Builder sameIndustryClassBoost(double value) {
            sameIndustryClassBoost = value;
            return this;
        }

        /**
         * Sets the boost when the industry codes agree to the division only.
         *
         * @param value the value, range 0..10
         * @return this builder
         */
        public Builder sameIndustryDivisionBoost(double value) {
            sameIndustryDivisionBoost = value;
            return this;
        }

        /**
         * Sets the boost when county and region lie in the same city.
         *
         * @param value the value, range 0..10
         * @return this builder
         */
        public Builder sameCityBoost(double value) {
            sameCityBoost = value;
            return this;
        }

        /**
         * Sets the boost when county and region lie in the same province only.
         *
         * @param value the value, range 0..10
         * @return this builder
         */
        public Builder sameProvinceBoost(double value) {
            sameProvinceBoost = value;
            return this;
        }

        /**
         * Sets how many of a query's terms are looked up at most.
         *
         * @param value the value, range 0..10000, 0 for all
         * @return this builder
         */
        public Builder maxQueryTerms(int value) {
            maxQueryTerms = value;
            return this;
        }

        /**
         * Sets the number of entries up to which a term is never pruned.
         *
         * @param value the value, range 0..1000000
         * @return this builder
         */
        public Builder pruningFloor(int value) {
            pruningFloor = value;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws InvalidInputException {@link ErrorCode#MATCH_SETTING} when a setting is out of range
         */
        public MatchSettings build() {
            return new MatchSettings(k1, b, titleWeight, keywordsWeight, descriptionWeight,
                    unigramWeight, maxDocumentFrequency, sameChainLinkBoost, sameChainBoost, sameIndustryClassBoost,
                    sameIndustryDivisionBoost, sameCityBoost, sameProvinceBoost, maxQueryTerms,
                    pruningFloor);
        }
    }
}
