package org.countychain.spring.boot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.countychain.rules.model.CertificateValidity;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.model.ScienceTechSmeDefinition;

import org.jspecify.annotations.Nullable;

/**
 * The {@code countychain.*} properties (配置属性).
 *
 * <pre>
 * countychain.default-locale=zh-CN            # messages when a request names no language
 * countychain.rules.disabled=R12,R14          # rules left out
 * countychain.rules.settings.priority-rd-ratio-percent=3
 * countychain.web.enabled=true                # JSON converter, problem details, @Valid
 * countychain.warm-up.enabled=true            # the library's first use at start-up, not in the first request
 * countychain.warm-up.requests=/counties/screen   # and the application's own first requests (none by default)
 * </pre>
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "countychain")
public class CountyChainProperties {
    private Locale defaultLocale = Locale.SIMPLIFIED_CHINESE;
    private final Rules rules = new Rules();
    private final Web web = new Web();
    private final WarmUp warmUp = new WarmUp();

    /** The defaults; Spring Boot binds the {@code countychain.*} properties onto them. */
    public CountyChainProperties() {
    }

    /**
     * The language of messages when a request has no {@code Accept-Language}; Chinese by default.
     *
     * @return the locale
     */
    public Locale getDefaultLocale() {
        return defaultLocale;
    }

    /**
     * Sets the default language of messages.
     *
     * @param defaultLocale the locale, such as {@code zh-CN} or {@code en}
     */
    public void setDefaultLocale(Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    /**
     * The rule engine's properties.
     *
     * @return the properties
     */
    public Rules getRules() {
        return rules;
    }

    /**
     * The web layer's properties.
     *
     * @return the properties
     */
    public Web getWeb() {
        return web;
    }

    /**
     * The {@code countychain.warm-up.*} properties.
     *
     * @return the warm-up settings
     */
    public WarmUp getWarmUp() {
        return warmUp;
    }

    /** {@code countychain.rules.*}: which rules run, and their thresholds. */
    public static class Rules {
        private List<String> disabled = new ArrayList<>();
        private boolean parallel;

        /** The defaults: every rule, one after the other. */
        public Rules() {
        }
        private final Settings settings = new Settings();

        /**
         * Ids of rules left out ({@code R12}).
         *
         * @return the ids
         */
        public List<String> getDisabled() {
            return disabled;
        }

        /**
         * Sets the rules left out.
         *
         * @param disabled the ids
         */
        public void setDisabled(List<String> disabled) {
            this.disabled = disabled;
        }

        /**
         * Whether a province is screened on several threads.
         *
         * @return true when parallel
         */
        public boolean isParallel() {
            return parallel;
        }

        /**
         * Sets whether a province is screened on several threads.
         *
         * @param parallel true for parallel
         */
        public void setParallel(boolean parallel) {
            this.parallel = parallel;
        }

        /**
         * The thresholds; each one not set keeps the notice's value ({@link RuleSettings#defaults()}).
         *
         * @return the thresholds
         */
        public Settings getSettings() {
            return settings;
        }
    }

    /** {@code countychain.rules.settings.*}: the thresholds of {@link RuleSettings}; unset ones keep the notice's. */
    public static class Settings {
        /** Nothing set: every threshold is the notice's. */
        public Settings() {
        }

        private @Nullable BigDecimal priorityRdRatioPercent;
        private @Nullable BigDecimal prioritySelfFundedRdMinimum;
        private @Nullable BigDecimal lowerRevenueBand;
        private @Nullable BigDecimal upperRevenueBand;
        private @Nullable BigDecimal lowBandRdRatioPercent;
        private @Nullable BigDecimal middleBandRdRatioPercent;
        private @Nullable BigDecimal highBandRdRatioPercent;
        private @Nullable Integer minimumRegisteredYears;
        private @Nullable List<String> superDeductionExcludedIndustries;
        private @Nullable CertificateValidity highTechValidity;
        private @Nullable CertificateValidity taxReductionValidity;
        private @Nullable Integer rdRatioYears;
        private @Nullable BigDecimal domesticRdSharePercent;
        private @Nullable BigDecimal highTechProductRevenuePercent;
        private @Nullable BigDecimal scienceTechStaffPercent;
        private @Nullable Integer minimumCoreIp;
        private @Nullable ScienceTechSmeDefinition scienceTechSmeDefinition;

        /**
         * The notice's settings with the ones set here replaced.
         *
         * @return the settings
         */
        public RuleSettings toRuleSettings() {
            RuleSettings.Builder b = RuleSettings.defaults().toBuilder();
            if (priorityRdRatioPercent != null) {
                b.priorityRdRatioPercent(priorityRdRatioPercent);
            }
            if (prioritySelfFundedRdMinimum != null) {
                b.prioritySelfFundedRdMinimum(prioritySelfFundedRdMinimum);
            }
            if (lowerRevenueBand != null) {
                b.lowerRevenueBand(lowerRevenueBand);
            }
            if (upperRevenueBand != null) {
                b.upperRevenueBand(upperRevenueBand);
            }
            if (lowBandRdRatioPercent != null) {
                b.lowBandRdRatioPercent(lowBandRdRatioPercent);
            }
            if (middleBandRdRatioPercent != null) {
                b.middleBandRdRatioPercent(middleBandRdRatioPercent);
            }
            if (highBandRdRatioPercent != null) {
                b.highBandRdRatioPercent(highBandRdRatioPercent);
            }
            if (minimumRegisteredYears != null) {
                b.minimumRegisteredYears(minimumRegisteredYears);
            }
            if (superDeductionExcludedIndustries != null) {
                b.superDeductionExcludedIndustries(superDeductionExcludedIndustries);
            }
            if (highTechValidity != null) {
                b.highTechValidity(highTechValidity);
            }
            if (taxReductionValidity != null) {
                b.taxReductionValidity(taxReductionValidity);
            }
            if (rdRatioYears != null) {
                b.rdRatioYears(rdRatioYears);
            }
            if (domesticRdSharePercent != null) {
                b.domesticRdSharePercent(domesticRdSharePercent);
            }
            if (highTechProductRevenuePercent != null) {
                b.highTechProductRevenuePercent(highTechProductRevenuePercent);
            }
            if (scienceTechStaffPercent != null) {
                b.scienceTechStaffPercent(scienceTechStaffPercent);
            }
            if (minimumCoreIp != null) {
                b.minimumCoreIp(minimumCoreIp);
            }
            if (scienceTechSmeDefinition != null) {
                b.scienceTechSmeDefinition(scienceTechSmeDefinition);
            }
            return b.build();
        }

        /** @return R7's R&amp;D ratio threshold, percent */
        public @Nullable BigDecimal getPriorityRdRatioPercent() {
            return priorityRdRatioPercent;
        }

        /** @param v R7's R&amp;D ratio threshold, percent */
        public void setPriorityRdRatioPercent(@Nullable BigDecimal v) {
            this.priorityRdRatioPercent = v;
        }

        /** @return R7's minimum self-funded R&amp;D, yuan */
        public @Nullable BigDecimal getPrioritySelfFundedRdMinimum() {
            return prioritySelfFundedRdMinimum;
        }

        /** @param v R7's minimum self-funded R&amp;D, yuan */
        public void setPrioritySelfFundedRdMinimum(@Nullable BigDecimal v) {
            this.prioritySelfFundedRdMinimum = v;
        }

        /** @return the high-tech criteria's lower revenue band, yuan */
        public @Nullable BigDecimal getLowerRevenueBand() {
            return lowerRevenueBand;
        }

        /** @param v the high-tech criteria's lower revenue band, yuan */
        public void setLowerRevenueBand(@Nullable BigDecimal v) {
            this.lowerRevenueBand = v;
        }

        /** @return the high-tech criteria's upper revenue band, yuan */
        public @Nullable BigDecimal getUpperRevenueBand() {
            return upperRevenueBand;
        }

        /** @param v the high-tech criteria's upper revenue band, yuan */
        public void setUpperRevenueBand(@Nullable BigDecimal v) {
            this.upperRevenueBand = v;
        }

        /** @return the R&amp;D ratio below the lower band, percent */
        public @Nullable BigDecimal getLowBandRdRatioPercent() {
            return lowBandRdRatioPercent;
        }

        /** @param v the R&amp;D ratio below the lower band, percent */
        public void setLowBandRdRatioPercent(@Nullable BigDecimal v) {
            this.lowBandRdRatioPercent = v;
        }

        /** @return the R&amp;D ratio between the bands, percent */
        public @Nullable BigDecimal getMiddleBandRdRatioPercent() {
            return middleBandRdRatioPercent;
        }

        /** @param v the R&amp;D ratio between the bands, percent */
        public void setMiddleBandRdRatioPercent(@Nullable BigDecimal v) {
            this.middleBandRdRatioPercent = v;
        }

        /** @return the R&amp;D ratio above the upper band, percent */
        public @Nullable BigDecimal getHighBandRdRatioPercent() {
            return highBandRdRatioPercent;
        }

        /** @param v the R&amp;D ratio above the upper band, percent */
        public void setHighBandRdRatioPercent(@Nullable BigDecimal v) {
            this.highBandRdRatioPercent = v;
        }

        /** @return the minimum years since registration */
        public @Nullable Integer getMinimumRegisteredYears() {
            return minimumRegisteredYears;
        }

        /** @param v the minimum years since registration */
        public void setMinimumRegisteredYears(@Nullable Integer v) {
            this.minimumRegisteredYears = v;
        }

        /** @return industries excluded from the R&amp;D super deduction */
        public @Nullable List<String> getSuperDeductionExcludedIndustries() {
            return superDeductionExcludedIndustries;
        }

        /** @param v industries excluded from the R&amp;D super deduction */
        public void setSuperDeductionExcludedIndustries(@Nullable List<String> v) {
            this.superDeductionExcludedIndustries = v;
        }

        /** @return R5/R11: on which days a high-tech enterprise certificate must be valid */
        public @Nullable CertificateValidity getHighTechValidity() {
            return highTechValidity;
        }

        /** @param v R5/R11: on which days a high-tech enterprise certificate must be valid */
        public void setHighTechValidity(@Nullable CertificateValidity v) {
            this.highTechValidity = v;
        }

        /** @return R6: on which days a certificate must be valid for the tax reduction */
        public @Nullable CertificateValidity getTaxReductionValidity() {
            return taxReductionValidity;
        }

        /** @param v R6: on which days a certificate must be valid for the tax reduction */
        public void setTaxReductionValidity(@Nullable CertificateValidity v) {
            this.taxReductionValidity = v;
        }

        /** @return R11: the number of years summed for the R&amp;D ratio */
        public @Nullable Integer getRdRatioYears() {
            return rdRatioYears;
        }

        /** @param v R11: the number of years summed for the R&amp;D ratio */
        public void setRdRatioYears(@Nullable Integer v) {
            this.rdRatioYears = v;
        }

        /** @return R11: the least share of R&amp;D spent in China, percent */
        public @Nullable BigDecimal getDomesticRdSharePercent() {
            return domesticRdSharePercent;
        }

        /** @param v R11: the least share of R&amp;D spent in China, percent */
        public void setDomesticRdSharePercent(@Nullable BigDecimal v) {
            this.domesticRdSharePercent = v;
        }

        /** @return R11: the least share of high-tech product revenue, percent */
        public @Nullable BigDecimal getHighTechProductRevenuePercent() {
            return highTechProductRevenuePercent;
        }

        /** @param v R11: the least share of high-tech product revenue, percent */
        public void setHighTechProductRevenuePercent(@Nullable BigDecimal v) {
            this.highTechProductRevenuePercent = v;
        }

        /** @return R11: the least share of S&amp;T staff, percent */
        public @Nullable BigDecimal getScienceTechStaffPercent() {
            return scienceTechStaffPercent;
        }

        /** @param v R11: the least share of S&amp;T staff, percent */
        public void setScienceTechStaffPercent(@Nullable BigDecimal v) {
            this.scienceTechStaffPercent = v;
        }

        /** @return R11: the least number of core IP rights */
        public @Nullable Integer getMinimumCoreIp() {
            return minimumCoreIp;
        }

        /** @param v R11: the least number of core IP rights */
        public void setMinimumCoreIp(@Nullable Integer v) {
            this.minimumCoreIp = v;
        }

        /** @return R11: which enterprises count as S&amp;T SMEs ({@code registered}, {@code rd-active}, …) */
        public @Nullable ScienceTechSmeDefinition getScienceTechSmeDefinition() {
            return scienceTechSmeDefinition;
        }

        /** @param v R11: which enterprises count as S&amp;T SMEs */
        public void setScienceTechSmeDefinition(@Nullable ScienceTechSmeDefinition v) {
            this.scienceTechSmeDefinition = v;
        }
    }

    /** {@code countychain.web.*}. */
    public static class Web {
        private boolean enabled = true;

        /** The defaults: the web configuration on. */
        public Web() {
        }

        /**
         * Whether the JSON converter, the problem details and the {@code @Valid} integration are configured.
         *
         * @return true by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Turns the web layer on or off.
         *
         * @param enabled false to configure none of it
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /**
     * {@code countychain.warm-up.*}: whether the library's first use (class loading, Hibernate Validator's metadata,
     * Jackson's deserializers, the rules' first run) happens while the application starts instead of in its first
     * request (预热).
     */
    public static class WarmUp {
        private boolean enabled = true;
        private int iterations = 3;
        private List<String> requests = new ArrayList<>();

        /** The defaults: the warm-up on, three iterations, no requests. */
        public WarmUp() {
        }

        /**
         * Whether the warm-up runs.
         *
         * @return true by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Turns the warm-up on or off.
         *
         * @param enabled false to start faster and leave the cost to the first request
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * How many times the built-in sample county is read, validated, screened and written.
         *
         * @return 3 by default: the first pass loads and builds, the later ones let the JIT compile the hot paths
         */
        public int getIterations() {
            return iterations;
        }

        /**
         * Sets how many passes the warm-up makes.
         *
         * @param iterations at least 1
         */
        public void setIterations(int iterations) {
            if (iterations < 1) {
                throw new IllegalArgumentException("countychain.warm-up.iterations must be at least 1, was "
                        + iterations);
            }
            this.iterations = iterations;
        }

        /**
         * The application's own paths the built-in sample county is posted to at start-up, each
         * {@code iterations} times ({@link CountyChainWarmUpRequests}).
         *
         * @return none by default: a request may do more than read, and only the application knows
         */
        public List<String> getRequests() {
            return requests;
        }

        /**
         * Sets the paths to post the sample county to at start-up, such as {@code /counties/screen}.
         *
         * @param requests paths relative to the context path, each starting with {@code /}
         */
        public void setRequests(List<String> requests) {
            this.requests = new ArrayList<>(requests);
        }
    }
}
