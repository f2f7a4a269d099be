package org.countychain.enterprise;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's R&amp;D figures for one reporting year (年度研发数据): everything rules R5–R12 look at. Money is
 * {@link BigDecimal} yuan. A {@code null} figure means "not reported", which the rules treat differently from
 * zero (a revenue of zero and a missing revenue are both data findings, never a ratio).
 *
 * <p>Construction checks only structure (a plausible year, no negative amounts or counts); semantic checks such
 * as "self-funded ≤ total" belong to the validation module, so such data can be read and reported on.
 *
 * @param year                    the reporting year
 * @param aboveScale              规上 in this year (统计口径: main-business revenue of at least 20 million yuan), or
 *                                {@code null} when the year does not say: then the enterprise's own
 *                                {@link Enterprise#aboveScale()} applies (see {@link Enterprise#aboveScaleIn(int)})
 * @param operatingRevenue        营业收入
 * @param rdExpense               研发费用 (total)
 * @param selfFundedRdExpense     自主研发费用 (self-funded, R7)
 * @param domesticRdExpense       境内研发费用 (R&amp;D spent in China, high-tech criterion)
 * @param highTechProductRevenue  高新技术产品（服务）收入
 * @param employees               职工总数
 * @param scienceTechStaff        科技人员数
 * @param inventionPatents        有效发明专利数
 * @param coreIpCount             核心自主知识产权数 (patents, software copyrights, … that count as core IP)
 * @param rdInstitutions          the enterprise's own R&amp;D institutions; empty means none
 * @param auxiliaryLedger         whether it keeps an R&amp;D auxiliary ledger (研发辅助帐, R11)
 * @param auxiliaryLedgerStyle    the ledger's style, when kept
 * @param rdReserveFund           whether it has an R&amp;D reserve-fund system (研发准备金制度, R9)
 * @param incentivesUsed          incentives used this year (R6)
 * @param scienceDepartmentProjects projects the S&amp;T departments set up for it this year (科技部门立项, R8a)
 * @param statisticsReport        what it filed in the R&amp;D statistics forms (R8), or {@code null}
 * @param intermediary            the name of the S&amp;T intermediary that served it (R12), or {@code null}
 * @param intermediaryCode        that intermediary's credit code, or {@code null}; a credit code given as
 *                                {@code intermediary} (format version 1 had one field for either) is moved here
 * @param rdAboveRevenueExplained whether R&amp;D above revenue was checked and is real (a start-up, a loss year)
 * @since 0.1.0
 */
public record AnnualRdFigures(int year, @Nullable Boolean aboveScale, @Nullable BigDecimal operatingRevenue,
                              @Nullable BigDecimal rdExpense, @Nullable BigDecimal selfFundedRdExpense,
                              @Nullable BigDecimal domesticRdExpense, @Nullable BigDecimal highTechProductRevenue,
                              @Nullable Integer employees, @Nullable Integer scienceTechStaff,
                              @Nullable Integer inventionPatents, @Nullable Integer coreIpCount,
                              List<RdInstitution> rdInstitutions, @Nullable Boolean auxiliaryLedger,
                              @Nullable AuxiliaryLedgerStyle auxiliaryLedgerStyle, @Nullable Boolean rdReserveFund,
                              Set<Incentive> incentivesUsed, @Nullable Integer scienceDepartmentProjects,
                              @Nullable RdStatisticsReport statisticsReport, @Nullable String intermediary,
                              @Nullable CreditCode intermediaryCode, boolean rdAboveRevenueExplained) {
    /**
     * Checks the invariants, and moves a credit code written as the intermediary's name to its own field.
     */
    public AnnualRdFigures {
        Checks.year(year, "year");
        Checks.nonNegative(operatingRevenue, "operatingRevenue");
        Checks.nonNegative(rdExpense, "rdExpense");
        Checks.nonNegative(selfFundedRdExpense, "selfFundedRdExpense");
        Checks.nonNegative(domesticRdExpense, "domesticRdExpense");
        Checks.nonNegative(highTechProductRevenue, "highTechProductRevenue");
        Checks.nonNegative(employees, "employees");
        Checks.nonNegative(scienceTechStaff, "scienceTechStaff");
        Checks.nonNegative(inventionPatents, "inventionPatents");
        Checks.nonNegative(coreIpCount, "coreIpCount");
        rdInstitutions = Checks.list(rdInstitutions, "rdInstitutions");
        incentivesUsed = Checks.enumSet(incentivesUsed, Incentive.class, "incentivesUsed");
        Checks.nonNegative(scienceDepartmentProjects, "scienceDepartmentProjects");
        intermediary = Checks.optionalText(intermediary);
        if (intermediary != null && intermediaryCode == null && CreditCode.isValid(intermediary)) {
            intermediaryCode = CreditCode.parse(intermediary);
            intermediary = null;
        }
    }

    /**
     * The figures with one field for the intermediary's name or credit code (before format version 2 split it).
     *
     * @param year                      the reporting year
     * @param aboveScale                规上 in this year, or {@code null}
     * @param operatingRevenue          营业收入
     * @param rdExpense                 研发费用
     * @param selfFundedRdExpense       自主研发费用
     * @param domesticRdExpense         境内研发费用
     * @param highTechProductRevenue    高新技术产品（服务）收入
     * @param employees                 职工总数
     * @param scienceTechStaff          科技人员数
     * @param inventionPatents          有效发明专利数
     * @param coreIpCount               核心自主知识产权数
     * @param rdInstitutions            R&amp;D institutions
     * @param auxiliaryLedger           研发辅助帐
     * @param auxiliaryLedgerStyle      the ledger's style
     * @param rdReserveFund             研发准备金制度
     * @param incentivesUsed            incentives used
     * @param scienceDepartmentProjects 科技部门立项
     * @param statisticsReport          the statistics report
     * @param intermediary              the intermediary's name or credit code
     * @param rdAboveRevenueExplained   R&amp;D above revenue explained
     */
    public AnnualRdFigures(int year, @Nullable Boolean aboveScale, @Nullable BigDecimal operatingRevenue,
                           @Nullable BigDecimal rdExpense, @Nullable BigDecimal selfFundedRdExpense,
                           @Nullable BigDecimal domesticRdExpense, @Nullable BigDecimal highTechProductRevenue,
                           @Nullable Integer employees, @Nullable Integer scienceTechStaff,
                           @Nullable Integer inventionPatents, @Nullable Integer coreIpCount,
                           List<RdInstitution> rdInstitutions, @Nullable Boolean auxiliaryLedger,
                           @Nullable AuxiliaryLedgerStyle auxiliaryLedgerStyle, @Nullable Boolean rdReserveFund,
                           Set<Incentive> incentivesUsed, @Nullable Integer scienceDepartmentProjects,
                           @Nullable RdStatisticsReport statisticsReport, @Nullable String intermediary,
                           boolean rdAboveRevenueExplained) {
        this(year, aboveScale, operatingRevenue, rdExpense, selfFundedRdExpense, domesticRdExpense,
                highTechProductRevenue, employees, scienceTechStaff, inventionPatents, coreIpCount, rdInstitutions,
                auxiliaryLedger, auxiliaryLedgerStyle, rdReserveFund, incentivesUsed, scienceDepartmentProjects,
                statisticsReport, intermediary, null, rdAboveRevenueExplained);
    }

    /**
     * The figures without a status of the year (format version 1's form): the enterprise's own above-scale flag
     * applies to the year.
     *
     * @param year                      the reporting year
     * @param operatingRevenue          营业收入
     * @param rdExpense                 研发费用
     * @param selfFundedRdExpense       自主研发费用
     * @param domesticRdExpense         境内研发费用
     * @param highTechProductRevenue    高新技术产品（服务）收入
     * @param employees                 职工总数
     * @param scienceTechStaff          科技人员数
     * @param inventionPatents          有效发明专利数
     * @param coreIpCount               核心自主知识产权数
     * @param rdInstitutions            R&amp;D institutions
     * @param auxiliaryLedger           研发辅助帐
     * @param auxiliaryLedgerStyle      the ledger's style
     * @param rdReserveFund             研发准备金制度
     * @param incentivesUsed            incentives used
     * @param scienceDepartmentProjects 科技部门立项
     * @param statisticsReport          the statistics report
     * @param intermediary              the intermediary
     * @param rdAboveRevenueExplained   R&amp;D above revenue explained
     */
    public AnnualRdFigures(int year, BigDecimal operatingRevenue, BigDecimal rdExpense,
                           BigDecimal selfFundedRdExpense, BigDecimal domesticRdExpense,
                           BigDecimal highTechProductRevenue, Integer employees, Integer scienceTechStaff,
                           Integer inventionPatents, Integer coreIpCount, List<RdInstitution> rdInstitutions,
                           Boolean auxiliaryLedger, AuxiliaryLedgerStyle auxiliaryLedgerStyle,
                           Boolean rdReserveFund, Set<Incentive> incentivesUsed,
                           Integer scienceDepartmentProjects, RdStatisticsReport statisticsReport,
                           String intermediary, boolean rdAboveRevenueExplained) {
        this(year, null, operatingRevenue, rdExpense, selfFundedRdExpense, domesticRdExpense,
                highTechProductRevenue, employees, scienceTechStaff, inventionPatents, coreIpCount, rdInstitutions,
                auxiliaryLedger, auxiliaryLedgerStyle, rdReserveFund, incentivesUsed, scienceDepartmentProjects,
                statisticsReport, intermediary, rdAboveRevenueExplained);
    }

    /**
     * A builder for a year's figures.
     *
     * @param year the reporting year
     * @return a new builder
     */
    public static Builder builder(int year) {
        return new Builder(year);
    }

    /**
     * A builder preset with these figures.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(year);
        b.aboveScale = aboveScale;
        b.operatingRevenue = operatingRevenue;
        b.rdExpense = rdExpense;
        b.selfFundedRdExpense = selfFundedRdExpense;
        b.domesticRdExpense = domesticRdExpense;
        b.highTechProductRevenue = highTechProductRevenue;
        b.employees = employees;
        b.scienceTechStaff = scienceTechStaff;
        b.inventionPatents = inventionPatents;
        b.coreIpCount = coreIpCount;
        b.rdInstitutions = rdInstitutions;
        b.auxiliaryLedger = auxiliaryLedger;
        b.auxiliaryLedgerStyle = auxiliaryLedgerStyle;
        b.rdReserveFund = rdReserveFund;
        b.incentivesUsed = incentivesUsed;
        b.scienceDepartmentProjects = scienceDepartmentProjects;
        b.statisticsReport = statisticsReport;
        b.intermediary = intermediary;
        b.intermediaryCode = intermediaryCode;
        b.rdAboveRevenueExplained = rdAboveRevenueExplained;
        return b;
    }

    /**
     * Whether the enterprise had R&amp;D investment this year (R5): an R&amp;D expense above zero.
     *
     * @return true when {@code rdExpense > 0}; false when zero or not reported
     */
    public boolean hasRdInvestment() {
        return rdExpense != null && rdExpense.signum() > 0;
    }

    /**
     * Whether the enterprise had an R&amp;D institution this year (R5).
     *
     * @return true when at least one is listed
     */
    public boolean hasRdInstitution() {
        return !rdInstitutions.isEmpty();
    }

    /**
     * Whether the enterprise held an invention patent this year (R5).
     *
     * @return true when {@code inventionPatents > 0}
     */
    public boolean hasInventionPatent() {
        return inventionPatents != null && inventionPatents > 0;
    }

    /**
     * Builds {@link AnnualRdFigures}. Unset figures stay {@code null} ("not reported").
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final int year;
        private @Nullable Boolean aboveScale;
        private @Nullable BigDecimal operatingRevenue;
        private @Nullable BigDecimal rdExpense;
        private @Nullable BigDecimal selfFundedRdExpense;
        private @Nullable BigDecimal domesticRdExpense;
        private @Nullable BigDecimal highTechProductRevenue;
        private @Nullable Integer employees;
        private @Nullable Integer scienceTechStaff;
        private @Nullable Integer inventionPatents;
        private @Nullable Integer coreIpCount;
        private List<RdInstitution> rdInstitutions = List.of();
        private @Nullable Boolean auxiliaryLedger;
        private @Nullable AuxiliaryLedgerStyle auxiliaryLedgerStyle;
        private @Nullable Boolean rdReserveFund;
        private Set<Incentive> incentivesUsed = Set.of();
        private @Nullable Integer scienceDepartmentProjects;
        private @Nullable RdStatisticsReport statisticsReport;
        private @Nullable String intermediary;
        private @Nullable CreditCode intermediaryCode;
        private boolean rdAboveRevenueExplained;

        private Builder(int year) {
            this.year = year;
        }

        /**
         * Sets whether the enterprise was above scale (规上) in this year.
         *
         * @param v the year's status, or {@code null} for the enterprise's own flag
         * @return this builder
         */
        public Builder aboveScale(@Nullable Boolean v) {
            aboveScale = v;
            return this;
        }

        /**
         * Sets 营业收入, yuan.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder operatingRevenue(@Nullable BigDecimal v) {
            operatingRevenue = v;
            return this;
        }

        /**
         * Sets 研发费用, yuan.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder rdExpense(@Nullable BigDecimal v) {
            rdExpense = v;
            return this;
        }

        /**
         * Sets 自主研发费用, yuan.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder selfFundedRdExpense(@Nullable BigDecimal v) {
            selfFundedRdExpense = v;
            return this;
        }

        /**
         * Sets 境内研发费用, yuan.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder domesticRdExpense(@Nullable BigDecimal v) {
            domesticRdExpense = v;
            return this;
        }

        /**
         * Sets 高新技术产品（服务）收入, yuan.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder highTechProductRevenue(@Nullable BigDecimal v) {
            highTechProductRevenue = v;
            return this;
        }

        /**
         * Sets 职工总数.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder employees(@Nullable Integer v) {
            employees = v;
            return this;
        }

        /**
         * Sets 科技人员数.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder scienceTechStaff(@Nullable Integer v) {
            scienceTechStaff = v;
            return this;
        }

        /**
         * Sets 有效发明专利数.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder inventionPatents(@Nullable Integer v) {
            inventionPatents = v;
            return this;
        }

        /**
         * Sets 核心自主知识产权数.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder coreIpCount(@Nullable Integer v) {
            coreIpCount = v;
            return this;
        }

        /**
         * Sets the R&amp;D institutions.
         *
         * @param v the values; {@code null} or empty for none
         * @return this builder
         */
        public Builder rdInstitutions(List<RdInstitution> v) {
            rdInstitutions = v;
            return this;
        }

        /**
         * Sets whether an auxiliary ledger is kept.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder auxiliaryLedger(@Nullable Boolean v) {
            auxiliaryLedger = v;
            return this;
        }

        /**
         * Sets the ledger style.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder auxiliaryLedgerStyle(@Nullable AuxiliaryLedgerStyle v) {
            auxiliaryLedgerStyle = v;
            return this;
        }

        /**
         * Sets whether a reserve-fund system exists.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder rdReserveFund(@Nullable Boolean v) {
            rdReserveFund = v;
            return this;
        }

        /**
         * Sets the incentives used.
         *
         * @param v the values; {@code null} or empty for none
         * @return this builder
         */
        public Builder incentivesUsed(Collection<Incentive> v) {
            incentivesUsed = v == null ? Set.of() : Set.copyOf(v);
            return this;
        }

        /**
         * Sets 科技部门立项数.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder scienceDepartmentProjects(@Nullable Integer v) {
            scienceDepartmentProjects = v;
            return this;
        }

        /**
         * Sets the statistics report.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder statisticsReport(@Nullable RdStatisticsReport v) {
            statisticsReport = v;
            return this;
        }

        /**
         * Sets the intermediary's name.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder intermediary(@Nullable String v) {
            intermediary = v;
            return this;
        }

        /**
         * Sets the intermediary's credit code.
         *
         * @param v the value, or {@code null} for not reported
         * @return this builder
         */
        public Builder intermediaryCode(@Nullable CreditCode v) {
            intermediaryCode = v;
            return this;
        }

        /**
         * Sets whether R&amp;D above revenue is explained.
         *
         * @param v true when R&amp;D above revenue was checked and is real
         * @return this builder
         */
        public Builder rdAboveRevenueExplained(boolean v) {
            rdAboveRevenueExplained = v;
            return this;
        }

        /**
         * Builds the figures.
         *
         * @return the figures
         * @throws org.countychain.InvalidInputException when a figure breaks an invariant
         */
        public AnnualRdFigures build() {
            return new AnnualRdFigures(year, aboveScale, operatingRevenue, rdExpense, selfFundedRdExpense,
                    domesticRdExpense, highTechProductRevenue, employees, scienceTechStaff, inventionPatents,
                    coreIpCount, rdInstitutions, auxiliaryLedger, auxiliaryLedgerStyle, rdReserveFund, incentivesUsed,
                    scienceDepartmentProjects, statisticsReport, intermediary, intermediaryCode,
                    rdAboveRevenueExplained);
        }
    }
}
