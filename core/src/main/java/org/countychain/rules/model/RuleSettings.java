package org.countychain.rules.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The thresholds of the rules (规则参数), with the values of 闽科高〔2024〕135号 and 国科发火〔2016〕32号 as defaults,
 * so that next year's notice is a change of settings, not of code. Immutable; change a copy through
 * {@link #toBuilder()}.
 *
 * <pre>{@code
 * RuleSettings stricter = RuleSettings.defaults().toBuilder()
 *         .priorityRdRatioPercent(new BigDecimal("6"))
 *         .build();
 * }</pre>
 *
 * <p>Boundaries follow Chinese legal drafting: 高于/超过 is strict, 以上/不低于 includes the number.
 *
 * @param priorityRdRatioPercent           R7: R&amp;D expense / operating revenue must be <em>strictly above</em>
 *                                         this percentage (高于5%; default 5)
 * @param prioritySelfFundedRdMinimum      R7: self-funded R&amp;D of at least this many yuan (2000万元以上; default
 *                                         20,000,000)
 * @param highTechValidity                 R8, R9, R11: when a certificate counts as valid in the year (default
 *                                         {@link CertificateValidity#ANY_DAY})
 * @param taxReductionValidity             R6: when a certificate makes the enterprise eligible for the income-tax
 *                                         reduction in the year (default {@link CertificateValidity#YEAR_END})
 * @param superDeductionExcludedIndustries R6: GB/T 4754 code prefixes of industries not eligible for the R&amp;D
 *                                         super-deduction (财税〔2015〕119号: tobacco C16, wholesale and retail F,
 *                                         accommodation and catering H, real estate K, leasing and business services
 *                                         L, entertainment R90)
 * @param lowerRevenueBand                 R11: revenue up to and including this is the lowest band (5000万元（含）;
 *                                         default 50,000,000)
 * @param upperRevenueBand                 R11: revenue up to and including this is the middle band (2亿元（含）;
 *                                         default 200,000,000)
 * @param lowBandRdRatioPercent            R11: three-year R&amp;D ratio at least this in the lowest band (5)
 * @param middleBandRdRatioPercent         R11: … in the middle band (4)
 * @param highBandRdRatioPercent           R11: … above the upper band (3)
 * @param rdRatioYears                     R11: the number of years summed for the R&amp;D ratio (3)
 * @param domesticRdSharePercent           R11: R&amp;D spent in China at least this share of R&amp;D (60)
 * @param highTechProductRevenuePercent    R11: high-tech product revenue at least this share of revenue (60)
 * @param scienceTechStaffPercent          R11: S&amp;T staff at least this share of employees (10)
 * @param minimumRegisteredYears           R11: registered at least this many years before the year's end (1)
 * @param minimumCoreIp                    R11: at least this many core IP rights (1)
 * @param scienceTechSmeDefinition         R11: which enterprises count as S&amp;T SMEs for the cultivation list
 *                                         (default {@link ScienceTechSmeDefinition#REGISTERED}, the enterprise's
 *                                         {@code scienceTechSme} flag); every {@code R11-CULTIVATE} finding names
 *                                         the definition applied
 * @since 0.1.0
 */
public record RuleSettings(BigDecimal priorityRdRatioPercent, BigDecimal prioritySelfFundedRdMinimum,
                           CertificateValidity highTechValidity, CertificateValidity taxReductionValidity,
                           List<String> superDeductionExcludedIndustries, BigDecimal lowerRevenueBand,
                           BigDecimal upperRevenueBand, BigDecimal lowBandRdRatioPercent,
                           BigDecimal middleBandRdRatioPercent, BigDecimal highBandRdRatioPercent, int rdRatioYears,
                           BigDecimal domesticRdSharePercent, BigDecimal highTechProductRevenuePercent,
                           BigDecimal scienceTechStaffPercent, int minimumRegisteredYears, int minimumCoreIp,
                           ScienceTechSmeDefinition scienceTechSmeDefinition) {
    private static final RuleSettings DEFAULTS = new Builder().build();

    /**
     * Checks the invariants: every value present, amounts and counts not negative, bands ordered.
     */
    public RuleSettings {
        Checks.nonNegative(Checks.required(priorityRdRatioPercent, "priorityRdRatioPercent"),
                "priorityRdRatioPercent");
        Checks.nonNegative(Checks.required(prioritySelfFundedRdMinimum, "prioritySelfFundedRdMinimum"),
                "prioritySelfFundedRdMinimum");
        Checks.required(highTechValidity, "highTechValidity");
        Checks.required(taxReductionValidity, "taxReductionValidity");
        superDeductionExcludedIndustries = Checks.list(superDeductionExcludedIndustries,
                "superDeductionExcludedIndustries");
        Checks.nonNegative(Checks.required(lowerRevenueBand, "lowerRevenueBand"), "lowerRevenueBand");
        Checks.nonNegative(Checks.required(upperRevenueBand, "upperRevenueBand"), "upperRevenueBand");
        if (upperRevenueBand.compareTo(lowerRevenueBand) < 0) {
            throw new org.countychain.InvalidInputException(org.countychain.ErrorCode.OUT_OF_RANGE,
                    "upperRevenueBand", upperRevenueBand.toPlainString(), ">= " + lowerRevenueBand.toPlainString());
        }
        Checks.nonNegative(Checks.required(lowBandRdRatioPercent, "lowBandRdRatioPercent"), "lowBandRdRatioPercent");
        Checks.nonNegative(Checks.required(middleBandRdRatioPercent, "middleBandRdRatioPercent"),
                "middleBandRdRatioPercent");
        Checks.nonNegative(Checks.required(highBandRdRatioPercent, "highBandRdRatioPercent"),
                "highBandRdRatioPercent");
        if (rdRatioYears < 1) {
            throw new org.countychain.InvalidInputException(org.countychain.ErrorCode.OUT_OF_RANGE, "rdRatioYears",
                    Integer.toString(rdRatioYears), ">= 1");
        }
        Checks.nonNegative(Checks.required(domesticRdSharePercent, "domesticRdSharePercent"), "domesticRdSharePercent");
        Checks.nonNegative(Checks.required(highTechProductRevenuePercent, "highTechProductRevenuePercent"),
                "highTechProductRevenuePercent");
        Checks.nonNegative(Checks.required(scienceTechStaffPercent, "scienceTechStaffPercent"),
                "scienceTechStaffPercent");
        Checks.nonNegative(minimumRegisteredYears, "minimumRegisteredYears");
        Checks.nonNegative(minimumCoreIp, "minimumCoreIp");
        Checks.required(scienceTechSmeDefinition, "scienceTechSmeDefinition");
    }

    /**
     * The values of the notice (闽科高〔2024〕135号) and of the high-tech criteria (国科发火〔2016〕32号).
     *
     * @return the shared default settings
     */
    public static RuleSettings defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder preset with these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.priorityRdRatioPercent = priorityRdRatioPercent;
        b.prioritySelfFundedRdMinimum = prioritySelfFundedRdMinimum;
        b.highTechValidity = highTechValidity;
        b.taxReductionValidity = taxReductionValidity;
        b.superDeductionExcludedIndustries = superDeductionExcludedIndustries;
        b.lowerRevenueBand = lowerRevenueBand;
        b.upperRevenueBand = upperRevenueBand;
        b.lowBandRdRatioPercent = lowBandRdRatioPercent;
        b.middleBandRdRatioPercent = middleBandRdRatioPercent;
        b.highBandRdRatioPercent = highBandRdRatioPercent;
        b.rdRatioYears = rdRatioYears;
        b.domesticRdSharePercent = domesticRdSharePercent;
        b.highTechProductRevenuePercent = highTechProductRevenuePercent;
        b.scienceTechStaffPercent = scienceTechStaffPercent;
        b.minimumRegisteredYears = minimumRegisteredYears;
        b.minimumCoreIp = minimumCoreIp;
        b.scienceTechSmeDefinition = scienceTechSmeDefinition;
        return b;
    }

    /**
     * The three-year R&amp;D ratio the high-tech criteria require for a latest-year revenue (R11).
     *
     * @param latestRevenue the latest year's revenue
     * @return the percentage
     */
    public BigDecimal requiredRdRatioPercent(@Nullable BigDecimal latestRevenue) {
        Objects.requireNonNull(latestRevenue, "latestRevenue");
        if (latestRevenue.compareTo(lowerRevenueBand) <= 0) {
            return lowBandRdRatioPercent;
        }
        return latestRevenue.compareTo(upperRevenueBand) <= 0 ? middleBandRdRatioPercent : highBandRdRatioPercent;
    }

    /**
     * Builds {@link RuleSettings}; every value starts at its default.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private BigDecimal priorityRdRatioPercent = new BigDecimal("5");
        private BigDecimal prioritySelfFundedRdMinimum = new BigDecimal("20000000");
        private CertificateValidity highTechValidity = CertificateValidity.ANY_DAY;
        private CertificateValidity taxReductionValidity = CertificateValidity.YEAR_END;
        private List<String> superDeductionExcludedIndustries = List.of("C16", "F", "H", "K", "L", "R90");
        private BigDecimal lowerRevenueBand = new BigDecimal("50000000");
        private BigDecimal upperRevenueBand = new BigDecimal("200000000");
        private BigDecimal lowBandRdRatioPercent = new BigDecimal("5");
        private BigDecimal middleBandRdRatioPercent = new BigDecimal("4");
        private BigDecimal highBandRdRatioPercent = new BigDecimal("3");
        private int rdRatioYears = 3;
        private BigDecimal domesticRdSharePercent = new BigDecimal("60");
        private BigDecimal highTechProductRevenuePercent = new BigDecimal("60");
        private BigDecimal scienceTechStaffPercent = new BigDecimal("10");
        private int minimumRegisteredYears = 1;
        private int minimumCoreIp = 1;
        private ScienceTechSmeDefinition scienceTechSmeDefinition = ScienceTechSmeDefinition.REGISTERED;

        private Builder() {
        }

        /** @param v R7's R&amp;D-ratio threshold, percent, strict @return this builder */
        public Builder priorityRdRatioPercent(BigDecimal v) {
            priorityRdRatioPercent = v;
            return this;
        }

        /** @param v R7's self-funded R&amp;D minimum, yuan, inclusive @return this builder */
        public Builder prioritySelfFundedRdMinimum(BigDecimal v) {
            prioritySelfFundedRdMinimum = v;
            return this;
        }

        /** @param v when a certificate counts as valid for R8, R9, R11 @return this builder */
        public Builder highTechValidity(CertificateValidity v) {
            highTechValidity = v;
            return this;
        }

        /** @param v when a certificate makes R6's tax reduction available @return this builder */
        public Builder taxReductionValidity(CertificateValidity v) {
            taxReductionValidity = v;
            return this;
        }

        /** @param v industry-code prefixes excluded from the super-deduction @return this builder */
        public Builder superDeductionExcludedIndustries(List<String> v) {
            superDeductionExcludedIndustries = v;
            return this;
        }

        /** @param v upper edge of the lowest revenue band, inclusive @return this builder */
        public Builder lowerRevenueBand(BigDecimal v) {
            lowerRevenueBand = v;
            return this;
        }

        /** @param v upper edge of the middle revenue band, inclusive @return this builder */
        public Builder upperRevenueBand(BigDecimal v) {
            upperRevenueBand = v;
            return this;
        }

        /** @param v the lowest band's minimum R&amp;D ratio, percent @return this builder */
        public Builder lowBandRdRatioPercent(BigDecimal v) {
            lowBandRdRatioPercent = v;
            return this;
        }

        /** @param v the middle band's minimum R&amp;D ratio, percent @return this builder */
        public Builder middleBandRdRatioPercent(BigDecimal v) {
            middleBandRdRatioPercent = v;
            return this;
        }

        /** @param v the highest band's minimum R&amp;D ratio, percent @return this builder */
        public Builder highBandRdRatioPercent(BigDecimal v) {
            highBandRdRatioPercent = v;
            return this;
        }

        /** @param v years summed for the R&amp;D ratio @return this builder */
        public Builder rdRatioYears(int v) {
            rdRatioYears = v;
            return this;
        }

        /** @param v minimum share of R&amp;D spent in China, percent @return this builder */
        public Builder domesticRdSharePercent(BigDecimal v) {
            domesticRdSharePercent = v;
            return this;
        }

        /** @param v minimum share of high-tech product revenue, percent @return this builder */
        public Builder highTechProductRevenuePercent(BigDecimal v) {
            highTechProductRevenuePercent = v;
            return this;
        }

        /** @param v minimum share of S&amp;T staff, percent @return this builder */
        public Builder scienceTechStaffPercent(BigDecimal v) {
            scienceTechStaffPercent = v;
            return this;
        }

        /** @param v minimum years registered @return this builder */
        public Builder minimumRegisteredYears(int v) {
            minimumRegisteredYears = v;
            return this;
        }

        /** @param v minimum core IP rights @return this builder */
        public Builder minimumCoreIp(int v) {
            minimumCoreIp = v;
            return this;
        }

        /** @param v which enterprises R11 counts as S&amp;T SMEs @return this builder */
        public Builder scienceTechSmeDefinition(ScienceTechSmeDefinition v) {
            scienceTechSmeDefinition = v;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws org.countychain.InvalidInputException when a value is missing or out of range
         */
        public RuleSettings build() {
            return new RuleSettings(priorityRdRatioPercent, prioritySelfFundedRdMinimum, highTechValidity,
                    taxReductionValidity, superDeductionExcludedIndustries, lowerRevenueBand, upperRevenueBand,
                    lowBandRdRatioPercent, middleBandRdRatioPercent, highBandRdRatioPercent, rdRatioYears,
                    domesticRdSharePercent, highTechProductRevenuePercent, scienceTechStaffPercent,
                    minimumRegisteredYears, minimumCoreIp, scienceTechSmeDefinition);
        }
    }
}
