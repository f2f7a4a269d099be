package org.countychain.sample;

import static org.countychain.enterprise.Incentive.HIGH_TECH_TAX_REDUCTION;
import static org.countychain.enterprise.Incentive.RD_SUPER_DEDUCTION;
import static org.countychain.enterprise.Incentive.TECH_LOAN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.AuxiliaryLedgerStyle;
import org.countychain.enterprise.ContactRole;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.Incentive;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.enterprise.RdInstitution;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.enterprise.ServiceContact;
import org.jspecify.annotations.Nullable;

/**
 * The 48 fictional enterprises of the 晋江 sample, E01–E48. Every planted rule case is listed in
 * {@code jinjiang-cases.md}; keep the two in step (a test checks the machine-readable tags).
 *
 * <p>Years not written out explicitly are derived from 2024 by {@link #derived}: revenue ×0.85 (2022) and ×0.92
 * (2023), R&amp;D ×0.82 and ×0.90, so growth looks plausible and a statistics report that matches its R&amp;D
 * expense in 2024 still matches in the derived years.
 */
final class JinjiangEnterprises {
    static final DivisionCode JINJIANG = DivisionCode.of("350582");
    static final String CHAIN = SampleCounty.CHAIN_ID;
    static final int Y22 = 2022;
    static final int Y23 = 2023;
    static final int Y24 = 2024;

    /** The watch-listed intermediaries (R12); fictional. */
    static final String LISTED_A = "榕城示例高企咨询服务有限公司（样例）";
    static final CreditCode LISTED_A_CODE = uscc("350102", "MA2XK7B4");
    static final String LISTED_B = "泉州示例科技服务有限公司（样例）";
    static final CreditCode LISTED_B_CODE = uscc("350503", "MA31H5R8");
    /** Intermediaries not on the watch list; fictional. */
    static final String UNLISTED_A = "晋江示例知识产权代理有限公司（样例）";
    static final String UNLISTED_B = "厦门示例财税咨询有限公司（样例）";

    private static final ServiceContact CONTACT_1 =
            new ServiceContact("林晓东（样例）", "晋江市科技局企业服务组（样例）", "0595-85550101",
                    ContactRole.BUREAU_STAFF, null);
    private static final ServiceContact CONTACT_2 =
            new ServiceContact("蔡雅琴（样例）", "晋江市科技局企业服务组（样例）", "0595-85550102",
                    ContactRole.BUREAU_STAFF, null);
    private static final ServiceContact CONTACT_3 =
            new ServiceContact("许志伟（样例）", "晋江市纺织鞋服产业链科技特派团（样例）", "13800000103",
                    ContactRole.COMMISSIONER, JinjiangChain.TEAM_ID);

    private static final Set<Incentive> RD = Set.of(RD_SUPER_DEDUCTION);
    private static final Set<Incentive> HT_RD = Set.of(HIGH_TECH_TAX_REDUCTION, RD_SUPER_DEDUCTION);
    private static final Set<Incentive> RD_LOAN = Set.of(RD_SUPER_DEDUCTION, TECH_LOAN);
    private static final Set<Incentive> ALL = Set.of(HIGH_TECH_TAX_REDUCTION, RD_SUPER_DEDUCTION, TECH_LOAN);
    private static final Set<Incentive> NONE = Set.of();

    private JinjiangEnterprises() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers

    /** Money in yuan, always written with two decimals so the scale is 2 everywhere. */
    static BigDecimal m(String yuan) {
        BigDecimal v = new BigDecimal(yuan);
        if (v.scale() != 2) {
            throw new IllegalArgumentException("write money with two decimals: " + yuan);
        }
        return v;
    }

    /** A business credit code (登记管理部门 9, 机构类别 1) with valid GB 11714 and GB 32100 check characters. */
    static CreditCode uscc(String division, String org8) {
        String first16 = "91" + division + org8;
        String first17 = first16 + CreditCode.organisationCheckCharacter(org8);
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    /**
     * Like {@link #uscc} but with a wrong GB 11714 check character (character 17); character 18 is still computed,
     * so the code passes GB 32100 and only the inner organisation-code check fails.
     */
    static CreditCode usccWithBadOrganisationCheck(String division, String org8) {
        char right = CreditCode.organisationCheckCharacter(org8);
        char wrong = right == '0' ? '1' : '0';
        String first17 = "91" + division + org8 + wrong;
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    private static Enterprise.Builder ent(SampleEnterprise e, String industryCode, LocalDate registered) {
        return Enterprise.builder(e.code, e.name, JINJIANG).industryCode(industryCode).chainIds(List.of(CHAIN))
                .aboveScale(true).manufacturing(true).registeredOn(registered);
    }

    private static List<RdInstitution> inst(String name, String kind, InstitutionLevel level) {
        return List.of(new RdInstitution(name, kind, level));
    }

    private static HighTechCertificate cert(String number, LocalDate issued) {
        return new HighTechCertificate(number, issued, issued.plusYears(3).minusDays(1));
    }

    /** A year's figures, the common fields set; R&amp;D subtotals default to the total. */
    private static AnnualRdFigures.Builder fig(int year, @Nullable String revenue, @Nullable String rd,
                                               @Nullable Integer employees, @Nullable Integer staff,
                                               @Nullable Integer patents, @Nullable Integer coreIp) {
        BigDecimal r = rd == null ? null : m(rd);
        return AnnualRdFigures.builder(year).operatingRevenue(revenue == null ? null : m(revenue)).rdExpense(r)
                .selfFundedRdExpense(r).domesticRdExpense(r).employees(employees).scienceTechStaff(staff)
                .inventionPatents(patents).coreIpCount(coreIp).scienceDepartmentProjects(0);
    }

    /** A statistics report with only the two figures R8 compares. */
    private static RdStatisticsReport stat(String rd, int projects) {
        return RdStatisticsReport.of(m(rd), projects);
    }

    /**
     * An earlier year derived from the latest one (see the class comment). Counts stay, patents shrink a little,
     * a statistics report keeps only its two R8 figures, scaled like the R&amp;D expense.
     */
    static AnnualRdFigures.Builder derived(AnnualRdFigures latest, int year) {
        boolean y22 = year == latest.year() - 2;
        BigDecimal rev = new BigDecimal(y22 ? "0.85" : "0.92");
        BigDecimal rd = new BigDecimal(y22 ? "0.82" : "0.90");
        Integer patents = latest.inventionPatents() == null ? null
                : latest.inventionPatents() * (y22 ? 8 : 9) / 10;
        RdStatisticsReport report = latest.statisticsReport();
        RdStatisticsReport scaledReport = report == null ? null
                : RdStatisticsReport.of(scale(report.rdExpenditure(), rd), report.projectCount());
        return AnnualRdFigures.builder(year)
                .operatingRevenue(scale(latest.operatingRevenue(), rev))
                .rdExpense(scale(latest.rdExpense(), rd))
                .selfFundedRdExpense(scale(latest.selfFundedRdExpense(), rd))
                .domesticRdExpense(scale(latest.domesticRdExpense(), rd))
                .highTechProductRevenue(scale(latest.highTechProductRevenue(), rev))
                .employees(latest.employees())
                .scienceTechStaff(latest.scienceTechStaff())
                .inventionPatents(patents)
                .coreIpCount(latest.coreIpCount())
                .rdInstitutions(latest.rdInstitutions())
                .auxiliaryLedger(latest.auxiliaryLedger())
                .auxiliaryLedgerStyle(latest.auxiliaryLedgerStyle())
                .rdReserveFund(latest.rdReserveFund())
                .incentivesUsed(latest.incentivesUsed())
                .scienceDepartmentProjects(latest.scienceDepartmentProjects())
                .statisticsReport(scaledReport)
                .intermediary(latest.intermediary()).intermediaryCode(latest.intermediaryCode());
    }

    private static @Nullable BigDecimal scale(@Nullable BigDecimal v, BigDecimal factor) {
        return v == null ? null : v.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    /** The enterprise with 2022 and 2023 derived from 2024. */
    private static Enterprise threeYears(Enterprise.Builder b, AnnualRdFigures y2024) {
        return b.year(derived(y2024, Y22).build()).year(derived(y2024, Y23).build()).year(y2024).build();
    }

    /**
     * A full 107-2 report that passes every consistency check of the form (S1–S9 of docs/rd-statistics.md): the eight
     * expense items and the five funding sources add up to the total, the four commissioning targets add up to item
     * 7, staff and staff cost are both positive, every "of which" is at most its total.
     */
    static RdStatisticsReport detailed(BigDecimal total, int projects, int staff, int validInventionPatents,
                                       BigDecimal newProductRevenue) {
        BigDecimal staffCost = part(total, "0.45");
        BigDecimal direct = part(total, "0.30");
        BigDecimal depreciation = part(total, "0.08");
        BigDecimal amortisation = part(total, "0.02");
        BigDecimal design = part(total, "0.05");
        BigDecimal trials = part(total, "0.04");
        BigDecimal commissioned = part(total, "0.04");
        BigDecimal other = total.subtract(staffCost).subtract(direct).subtract(depreciation).subtract(amortisation)
                .subtract(design).subtract(trials).subtract(commissioned);
        BigDecimal toInstitutes = part(commissioned, "0.40");
        BigDecimal toUniversities = part(commissioned, "0.40");
        BigDecimal toEnterprises = commissioned.subtract(toInstitutes).subtract(toUniversities);
        RdStatisticsReport.Expenses expenses = new RdStatisticsReport.Expenses(staffCost, direct, depreciation,
                amortisation, design, trials, commissioned, other, toInstitutes, toUniversities, toEnterprises,
                m("0.00"));
        BigDecimal government = part(total, "0.05");
        RdStatisticsReport.Funding funding = new RdStatisticsReport.Funding(total.subtract(government), government,
                m("0.00"), m("0.00"), m("0.00"));
        RdStatisticsReport.Staff people = new RdStatisticsReport.Staff(staff, staff / 10, staff * 3 / 10,
                staff * 8 / 10, staff * 6 / 10, staff / 20);
        int instStaff = staff * 6 / 10;
        RdStatisticsReport.Institutions institutions = new RdStatisticsReport.Institutions(1, instStaff,
                Math.max(1, staff / 50), staff / 8, part(total, "0.70"), part(total, "0.60"));
        int applications = Math.max(2, staff / 10);
        RdStatisticsReport.Outputs outputs = new RdStatisticsReport.Outputs(applications, applications / 3,
                validInventionPatents, validInventionPatents * 7 / 10, newProductRevenue,
                part(newProductRevenue, "0.30"));
        RdStatisticsReport.Assets assets = new RdStatisticsReport.Assets(part(total, "0.10"), part(total, "0.08"));
        return new RdStatisticsReport(total, projects, people, expenses, funding, institutions, outputs, assets);
    }

    private static BigDecimal part(BigDecimal total, String share) {
        return total.multiply(new BigDecimal(share)).setScale(2, RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The enterprises, E01–E48

    static List<Enterprise> all() {
        List<Enterprise> list = new ArrayList<>(48);
        leaders(list);
        r7Boundaries(list);
        r5Gaps(list);
        r6AndOrdinary(list);
        r8Statistics(list);
        highTechDates(list);
        cultivation(list);
        scopeAndMissing(list);
        intermediariesAndCodes(list);
        return List.copyOf(list);
    }

    private static void leaders(List<Enterprise> list) {
        // E01: the chain's leading enterprise; priority by self-funded R&D (not by ratio), full 107-2 detail.
        AnnualRdFigures e01 = fig(Y24, "3860000000.00", "115800000.00", 5200, 640, 46, 120)
                .selfFundedRdExpense(m("108000000.00")).domesticRdExpense(m("112300000.00"))
                .highTechProductRevenue(m("2650000000.00"))
                .rdInstitutions(List.of(
                        new RdInstitution("恒步运动鞋服企业技术中心（样例）", "企业技术中心", InstitutionLevel.PROVINCIAL),
                        new RdInstitution("恒步运动科学实验室（样例）", "重点实验室", InstitutionLevel.CITY)))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021).rdReserveFund(true)
                .incentivesUsed(HT_RD).scienceDepartmentProjects(3)
                .statisticsReport(detailed(m("115800000.00"), 38, 520, 46, m("1930000000.00")))
                .intermediary(UNLISTED_A).build();
        list.add(threeYears(ent(SampleEnterprise.E01, "C1951",
                LocalDate.of(1999, 4, 12)).industryName("纺织面料鞋制造").registeredAddress("福建省晋江市陈埭镇示例路1号（样例）").highTechCertificate(cert("GR202235000101", LocalDate.of(2022, 12, 14)))
                // The 入企普查 visit (R11): a commissioner of the chain's team serves the chain leader.
                .serviceContact(CONTACT_3),
                e01));

        // E02: high-tech and S&T SME using all three incentives; priority by ratio 5.5 %; full 107-2 detail.
        AnnualRdFigures e02 = fig(Y24, "168000000.00", "9240000.00", 420, 58, 12, 25)
                .highTechProductRevenue(m("126000000.00"))
                .rdInstitutions(inst("纤凌功能面料企业技术中心（样例）", "企业技术中心", InstitutionLevel.CITY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021).rdReserveFund(true)
                .incentivesUsed(ALL).scienceDepartmentProjects(2)
                .statisticsReport(detailed(m("9240000.00"), 9, 52, 12, m("98000000.00"))).build();
        list.add(threeYears(ent(SampleEnterprise.E02, "C1752",
                LocalDate.of(2002, 3, 18)).scienceTechSme(true)
                .highTechCertificate(cert("GR202035000233", LocalDate.of(2020, 12, 12)))
                .highTechCertificate(cert("GR202335000233", LocalDate.of(2023, 12, 12))).serviceContact(CONTACT_1), e02));
    }

    private static void r7Boundaries(List<Enterprise> list) {
        // E03: R&D / revenue exactly 5 % → not priority (高于 is strict).
        AnnualRdFigures e03 = fig(Y24, "100000000.00", "5000000.00", 380, 35, 3, 8)
                .rdInstitutions(inst("闽跃鞋业研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021).rdReserveFund(false)
                .incentivesUsed(RD).statisticsReport(stat("5000000.00", 6)).build();
        list.add(threeYears(ent(SampleEnterprise.E03, "C1951",
                LocalDate.of(2004, 8, 9)), e03));

        // E04: 5 % plus 0.01 yuan → priority.
        AnnualRdFigures e04 = fig(Y24, "100000000.00", "5000000.01", 300, 40, 5, 11)
                .rdInstitutions(inst("锦纬新材料工程技术研究中心（样例）", "工程技术研究中心", InstitutionLevel.CITY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).scienceDepartmentProjects(1).statisticsReport(stat("5000000.01", 5)).build();
        list.add(threeYears(ent(SampleEnterprise.E04, "C2822",
                LocalDate.of(2005, 6, 21)), e04));

        // E05: self-funded R&D 19,999,999.99 (ratio 2.72 %) → not priority.
        AnnualRdFigures e05 = fig(Y24, "900000000.00", "24500000.00", 2600, 210, 9, 30)
                .selfFundedRdExpense(m("19999999.99"))
                .rdInstitutions(inst("泉晋服饰企业技术中心（样例）", "企业技术中心", InstitutionLevel.CITY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021).rdReserveFund(false)
                .incentivesUsed(RD).statisticsReport(stat("24500000.00", 14)).build();
        list.add(threeYears(ent(SampleEnterprise.E05, "C1811",
                LocalDate.of(1998, 11, 30)), e05));

        // E06: self-funded R&D exactly 20,000,000.00 (ratio 1.6 %) → priority (以上 includes the number).
        AnnualRdFigures e06 = fig(Y24, "1250000000.00", "20000000.00", 3100, 330, 18, 52)
                .domesticRdExpense(m("19200000.00")).highTechProductRevenue(m("800000000.00"))
                .rdInstitutions(inst("鸿翔鞋服企业技术中心（样例）", "企业技术中心", InstitutionLevel.PROVINCIAL))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2015).rdReserveFund(true)
                .incentivesUsed(HT_RD).scienceDepartmentProjects(2)
                .statisticsReport(detailed(m("20000000.00"), 16, 280, 18, m("560000000.00"))).build();
        list.add(threeYears(ent(SampleEnterprise.E06, "C1951",
                LocalDate.of(1996, 7, 15)).highTechCertificate(cert("GR202235000318", LocalDate.of(2022, 12, 14))),
                e06));

        // E07: revenue 0.00 in 2024 (sales moved to the group; explained) → no ratio, a data finding.
        RdInstitution e07Inst = new RdInstitution("跃衡运动科学研发中心（样例）", "研发中心", InstitutionLevel.UNRECOGNISED);
        list.add(ent(SampleEnterprise.E07, "C1951", LocalDate.of(2017, 9, 5))
                .year(fig(Y22, "31800000.00", "2500000.00", 80, 36, 3, 7).rdInstitutions(List.of(e07Inst))
                        .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                        .incentivesUsed(RD).statisticsReport(stat("2500000.00", 3)).build())
                .year(fig(Y23, "35600000.00", "2900000.00", 84, 38, 4, 8).rdInstitutions(List.of(e07Inst))
                        .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                        .incentivesUsed(RD).statisticsReport(stat("2900000.00", 4)).build())
                .year(fig(Y24, "0.00", "3200000.00", 85, 40, 4, 9).rdInstitutions(List.of(e07Inst))
                        .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                        .incentivesUsed(RD).statisticsReport(stat("3200000.00", 4)).rdAboveRevenueExplained(true)
                        .build())
                .build());

        // E08: revenue not reported (null) in 2024 → a missing-data finding, no ratio.
        RdInstitution e08Inst = new RdInstitution("协泰鞋材研发中心（样例）", "研发中心", InstitutionLevel.COUNTY);
        list.add(ent(SampleEnterprise.E08, "C2924", LocalDate.of(2006, 12, 1))
                .year(fig(Y22, "58000000.00", "1500000.00", 255, 20, 2, 4).rdInstitutions(List.of(e08Inst))
                        .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                        .incentivesUsed(RD).statisticsReport(stat("1500000.00", 2)).build())
                .year(fig(Y23, "64000000.00", "1650000.00", 258, 21, 2, 5).rdInstitutions(List.of(e08Inst))
                        .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                        .incentivesUsed(RD).statisticsReport(stat("1650000.00", 3)).build())
                .year(fig(Y24, null, "1800000.00", 260, 22, 2, 5).rdInstitutions(List.of(e08Inst))
                        .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                        .incentivesUsed(RD).statisticsReport(stat("1800000.00", 3)).build())
                .build());
    }

    private static void r5Gaps(List<Enterprise> list) {
        // E09: an ordinary enterprise whose credit code has a bad GB 11714 inner check (GB 32100 check is valid).
        AnnualRdFigures e09 = fig(Y24, "142000000.00", "4260000.00", 510, 46, 3, 7)
                .rdInstitutions(inst("华屿针织研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021).rdReserveFund(false)
                .incentivesUsed(RD).statisticsReport(stat("4260000.00", 5)).build();
        list.add(threeYears(ent(SampleEnterprise.E09, "C1761", LocalDate.of(2006, 3, 10)), e09));

        // E10: R5 gap {NO_RD_INVESTMENT} only; contact assigned.
        AnnualRdFigures e10 = fig(Y24, "85000000.00", "0.00", 430, 12, 1, 2)
                .rdInstitutions(inst("宏兴鞋业技术部（样例）", "研发中心", InstitutionLevel.UNRECOGNISED))
                .incentivesUsed(NONE).statisticsReport(stat("0.00", 0)).build();
        list.add(threeYears(ent(SampleEnterprise.E10, "C1951",
                LocalDate.of(1994, 5, 16)).serviceContact(CONTACT_1), e10));

        // E11: {NO_RD_INSTITUTION} only; no contact.
        AnnualRdFigures e11 = fig(Y24, "62000000.00", "1240000.00", 310, 15, 2, 4)
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(stat("1240000.00", 2)).build();
        list.add(threeYears(ent(SampleEnterprise.E11, "C1819",
                LocalDate.of(2003, 10, 22)), e11));

        // E12: {NO_INVENTION_PATENT} only; contact assigned.
        AnnualRdFigures e12 = fig(Y24, "120000000.00", "3000000.00", 460, 30, 0, 3)
                .rdInstitutions(inst("瑞纺织造研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(stat("3000000.00", 4)).build();
        list.add(threeYears(ent(SampleEnterprise.E12, "C1751",
                LocalDate.of(2004, 4, 2)).serviceContact(CONTACT_2), e12));

        // E13: {NO_RD_INVESTMENT, NO_RD_INSTITUTION}; no contact.
        AnnualRdFigures e13 = fig(Y24, "46000000.00", "0.00", 260, 6, 1, 1)
                .incentivesUsed(NONE).statisticsReport(stat("0.00", 0)).build();
        list.add(threeYears(ent(SampleEnterprise.E13, "C2919",
                LocalDate.of(1999, 1, 25)), e13));

        // E14: {NO_RD_INVESTMENT, NO_INVENTION_PATENT}; contact assigned.
        AnnualRdFigures e14 = fig(Y24, "38000000.00", "0.00", 190, 5, 0, 0)
                .rdInstitutions(inst("联程辅料技术中心（样例）", "研发中心", InstitutionLevel.UNRECOGNISED))
                .incentivesUsed(NONE).statisticsReport(stat("0.00", 0)).build();
        list.add(threeYears(ent(SampleEnterprise.E14, "C1830",
                LocalDate.of(2005, 2, 14)).serviceContact(CONTACT_1), e14));

        // E15: {NO_RD_INSTITUTION, NO_INVENTION_PATENT}; contact assigned.
        AnnualRdFigures e15 = fig(Y24, "55000000.00", "880000.00", 280, 9, 0, 1)
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(stat("880000.00", 1)).build();
        list.add(threeYears(ent(SampleEnterprise.E15, "C1819",
                LocalDate.of(2007, 3, 5)).serviceContact(CONTACT_2), e15));

        // E16: all three gaps; contact assigned (an S&T commissioner of the chain's team). Entered the above-scale
        // statistics in 2023, on its 2022 revenue: not above scale in 2022 (a status of the year).
        AnnualRdFigures e16 = fig(Y24, "27000000.00", "0.00", 150, 2, 0, 0)
                .incentivesUsed(NONE).statisticsReport(stat("0.00", 0)).build();
        list.add(ent(SampleEnterprise.E16, "C1959", LocalDate.of(1995, 9, 9))
                .registeredAddress("福建省晋江市池店镇示例工业区8号（样例）").serviceContact(CONTACT_3)
                .year(derived(e16, Y22).aboveScale(false).build()).year(derived(e16, Y23).aboveScale(true).build())
                .year(e16.toBuilder().aboveScale(true).build()).build());

        // E17: all three gaps; no contact; 2022 missing on purpose (2023 and 2024 only).
        AnnualRdFigures e17 = fig(Y24, "33500000.00", "0.00", 170, 3, 0, 0)
                .incentivesUsed(NONE).statisticsReport(stat("0.00", 0)).build();
        list.add(ent(SampleEnterprise.E17, "C1819", LocalDate.of(2018, 6, 20))
                .year(derived(e17, Y23).build()).year(e17).build());

        // E18: in 2023 no R&D and no institution, in 2024 both (两提升 between the years); no gap in 2024.
        RdInstitution e18Inst = new RdInstitution("凯铭鞋业研发中心（样例）", "研发中心", InstitutionLevel.COUNTY);
        AnnualRdFigures e18 = fig(Y24, "96000000.00", "2400000.00", 400, 25, 1, 3)
                .rdInstitutions(List.of(e18Inst)).auxiliaryLedger(true)
                .auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021).incentivesUsed(RD)
                .statisticsReport(stat("2400000.00", 3)).build();
        list.add(ent(SampleEnterprise.E18, "C1951", LocalDate.of(2009, 5, 26))
                .year(derived(e18, Y22).rdExpense(m("0.00")).selfFundedRdExpense(m("0.00"))
                        .domesticRdExpense(m("0.00")).rdInstitutions(List.of()).incentivesUsed(NONE)
                        .auxiliaryLedger(null).auxiliaryLedgerStyle(null).inventionPatents(1)
                        .statisticsReport(stat("0.00", 0)).build())
                .year(derived(e18, Y23).rdExpense(m("0.00")).selfFundedRdExpense(m("0.00"))
                        .domesticRdExpense(m("0.00")).rdInstitutions(List.of()).incentivesUsed(NONE)
                        .auxiliaryLedger(null).auxiliaryLedgerStyle(null).inventionPatents(1)
                        .statisticsReport(stat("0.00", 0)).build())
                .year(e18).build());

        // E19: in 2022 and 2023 no institution, in 2024 a city-level enterprise technology centre.
        AnnualRdFigures e19 = fig(Y24, "150000000.00", "3750000.00", 520, 38, 4, 9)
                .rdInstitutions(inst("永捷织造企业技术中心（样例）", "企业技术中心", InstitutionLevel.CITY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(stat("3750000.00", 4)).build();
        list.add(ent(SampleEnterprise.E19, "C1751", LocalDate.of(2009, 11, 11))
                .year(derived(e19, Y22).rdInstitutions(List.of()).build())
                .year(derived(e19, Y23).rdInstitutions(List.of()).build())
                .year(e19).build());
    }

    private static void r6AndOrdinary(List<Enterprise> list) {
        // E20: valid high-tech enterprise NOT using the high-tech tax reduction; keeps no ledger; full 107-2.
        AnnualRdFigures e20 = fig(Y24, "210000000.00", "7560000.00", 680, 96, 7, 15)
                .highTechProductRevenue(m("150000000.00"))
                .rdInstitutions(inst("博纳高分子企业技术中心（样例）", "企业技术中心", InstitutionLevel.CITY))
                .auxiliaryLedger(false).rdReserveFund(false).incentivesUsed(RD)
                .statisticsReport(detailed(m("7560000.00"), 8, 80, 7, m("112000000.00"))).build();
        list.add(threeYears(ent(SampleEnterprise.E20, "C2924",
                LocalDate.of(2008, 2, 28)).highTechCertificate(cert("GR202335000415", LocalDate.of(2023, 12, 12)))
                .serviceContact(CONTACT_2), e20));

        // E21: R&D > 0 but NOT using the R&D super-deduction.
        AnnualRdFigures e21 = fig(Y24, "76000000.00", "1520000.00", 350, 14, 2, 3)
                .rdInstitutions(inst("鑫泓印染研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(false).rdReserveFund(false).incentivesUsed(NONE)
                .statisticsReport(stat("1520000.00", 2)).build();
        list.add(threeYears(ent(SampleEnterprise.E21, "C1752",
                LocalDate.of(2007, 8, 16)), e21));

        // E22: S&T SME NOT using 科技贷; also a cultivation candidate (3-year ratio about 2.95 % < 5 %).
        AnnualRdFigures e22 = fig(Y24, "36000000.00", "1080000.00", 140, 18, 1, 4)
                .highTechProductRevenue(m("25200000.00"))
                .rdInstitutions(inst("智履科技研发中心（样例）", "研发中心", InstitutionLevel.UNRECOGNISED))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(stat("1080000.00", 2)).build();
        list.add(threeYears(ent(SampleEnterprise.E22, "C1951",
                LocalDate.of(2016, 12, 7)).scienceTechSme(true), e22));

        // E23: ordinary; 2023 missing on purpose (2022 and 2024 only); reserve fund not reported.
        AnnualRdFigures e23 = fig(Y24, "88000000.00", "2200000.00", 390, 20, 2, 4)
                .rdInstitutions(inst("泉兴服装研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(stat("2200000.00", 3)).intermediary(UNLISTED_B).build();
        list.add(ent(SampleEnterprise.E23, "C1811", LocalDate.of(2012, 9, 19))
                .year(derived(e23, Y22).build()).year(e23).build());

        // E24: ordinary, no gap.
        AnnualRdFigures e24 = fig(Y24, "240000000.00", "6000000.00", 760, 55, 6, 13)
                .rdInstitutions(inst("锐达鞋业企业技术中心（样例）", "企业技术中心", InstitutionLevel.CITY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021).rdReserveFund(false)
                .incentivesUsed(RD).statisticsReport(stat("6000000.00", 7)).build();
        list.add(threeYears(ent(SampleEnterprise.E24, "C1951",
                LocalDate.of(2013, 12, 30)), e24));
    }

    private static void r8Statistics(List<Enterprise> list) {
        // E25: R8(a) — two S&T-department projects, statistics report shows zero R&D.
        AnnualRdFigures e25 = fig(Y24, "130000000.00", "2600000.00", 480, 24, 3, 6)
                .rdInstitutions(inst("宏途橡塑研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).scienceDepartmentProjects(2).statisticsReport(stat("0.00", 0)).build();
        list.add(threeYears(ent(SampleEnterprise.E25, "C2919",
                LocalDate.of(2011, 10, 10)), e25));

        // E26: R8(b) — high-tech, statistics report shows zero projects (R&D 4,100,000.00); self-designed ledger.
        AnnualRdFigures e26 = fig(Y24, "92000000.00", "4100000.00", 290, 41, 5, 12)
                .highTechProductRevenue(m("64000000.00"))
                .rdInstitutions(inst("澜纺面料工程技术研究中心（样例）", "工程技术研究中心", InstitutionLevel.CITY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.SELF_DESIGNED)
                .incentivesUsed(HT_RD).scienceDepartmentProjects(1).statisticsReport(stat("4100000.00", 0)).build();
        list.add(threeYears(ent(SampleEnterprise.E26, "C1751",
                LocalDate.of(2011, 5, 5)).highTechCertificate(cert("GR202235000522", LocalDate.of(2022, 12, 14))),
                e26));

        // E27: R8(b) — high-tech, statistics report shows zero R&D expenditure (3 projects); keeps no ledger.
        AnnualRdFigures e27 = fig(Y24, "118000000.00", "4720000.00", 360, 45, 6, 14)
                .highTechProductRevenue(m("80000000.00"))
                .rdInstitutions(inst("迅驰鞋服企业技术中心（样例）", "企业技术中心", InstitutionLevel.CITY))
                .auxiliaryLedger(false).incentivesUsed(HT_RD).statisticsReport(stat("0.00", 3)).build();
        list.add(threeYears(ent(SampleEnterprise.E27, "C1951",
                LocalDate.of(2010, 6, 18)).highTechCertificate(cert("GR202035000627", LocalDate.of(2020, 12, 12)))
                .highTechCertificate(cert("GR202335000627", LocalDate.of(2023, 12, 12))).serviceContact(CONTACT_3),
                e27));

        // E28: high-tech, no statistics report filed (null: missing, not zero); ledger not reported.
        AnnualRdFigures e28 = fig(Y24, "205000000.00", "8200000.00", 540, 70, 9, 20)
                .highTechProductRevenue(m("160000000.00"))
                .rdInstitutions(inst("绿纤再生材料企业技术中心（样例）", "企业技术中心", InstitutionLevel.PROVINCIAL))
                .incentivesUsed(HT_RD).build();
        list.add(threeYears(ent(SampleEnterprise.E28, "C2822",
                LocalDate.of(2014, 11, 3)).highTechCertificate(cert("GR202235000734", LocalDate.of(2022, 12, 14))),
                e28));

        // E29: full 107-2 detail, consistent (a broken copy in the validation tests makes it inconsistent).
        AnnualRdFigures e29 = fig(Y24, "125000000.00", "3000000.00", 420, 28, 2, 5)
                .rdInstitutions(inst("卓纺智能针织研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(detailed(m("3000000.00"), 4, 18, 2, m("36000000.00"))).build();
        list.add(threeYears(ent(SampleEnterprise.E29, "C1761",
                LocalDate.of(2015, 3, 27)), e29));
    }

    private static void highTechDates(List<Enterprise> list) {
        // E30: certificate valid until 2024-06-30, not renewed: high-tech for half of 2024; full 107-2 detail.
        AnnualRdFigures e30 = fig(Y24, "310000000.00", "10850000.00", 900, 120, 11, 26)
                .highTechProductRevenue(m("220000000.00"))
                .rdInstitutions(inst("朗峰运动用品企业技术中心（样例）", "企业技术中心", InstitutionLevel.PROVINCIAL))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(HT_RD).scienceDepartmentProjects(1)
                .statisticsReport(detailed(m("10850000.00"), 11, 110, 11, m("180000000.00"))).build();
        list.add(threeYears(ent(SampleEnterprise.E30, "C1821",
                LocalDate.of(2010, 12, 9)).highTechCertificate(new HighTechCertificate("GR202135000841",
                LocalDate.of(2021, 7, 1), LocalDate.of(2024, 6, 30))), e30));

        // E31: certificate issued 2024-07-01 (mid-year): the tax reduction applies from 2024 on, not before. The
        // county took it from the recognition announcement, which gives the number and the issue date only: its last
        // valid day is left out and derived (2027-06-30).
        AnnualRdFigures e31 = fig(Y24, "64000000.00", "3520000.00", 180, 30, 4, 10)
                .highTechProductRevenue(m("45000000.00"))
                .rdInstitutions(inst("微织新材料研发中心（样例）", "研发中心", InstitutionLevel.CITY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(ALL).statisticsReport(stat("3520000.00", 5)).build();
        list.add(ent(SampleEnterprise.E31, "C1752", LocalDate.of(2019, 8, 8))
                .scienceTechSme(true).highTechCertificate(new HighTechCertificate("GR202435000105", LocalDate.of(2024, 7, 1)))
                .year(derived(e31, Y22).incentivesUsed(RD_LOAN).build())
                .year(derived(e31, Y23).incentivesUsed(RD_LOAN).build())
                .year(e31).build());

        // E32: certificate renewed without a gap (old one to 2024-11-30, new one from 2024-11-25).
        AnnualRdFigures e32 = fig(Y24, "180000000.00", "7200000.00", 450, 60, 8, 18)
                .highTechProductRevenue(m("120000000.00"))
                .rdInstitutions(inst("泽川鞋机企业技术中心（样例）", "企业技术中心", InstitutionLevel.CITY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021).rdReserveFund(true)
                .incentivesUsed(HT_RD).statisticsReport(stat("7200000.00", 8)).build();
        list.add(threeYears(ent(SampleEnterprise.E32, "C3552",
                LocalDate.of(2012, 4, 16))
                .highTechCertificate(cert("GR202135000956", LocalDate.of(2021, 12, 1)))
                .highTechCertificate(cert("GR202435000212", LocalDate.of(2024, 11, 25))), e32));

        // E33: certificate expired 2023-11-30 (not renewed); S&T SME; cultivation gap: S&T staff 8 % < 10 %.
        AnnualRdFigures e33 = fig(Y24, "72000000.00", "3240000.00", 300, 24, 3, 7)
                .highTechProductRevenue(m("50400000.00"))
                .rdInstitutions(inst("启迈鞋材研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD_LOAN).statisticsReport(stat("3240000.00", 4)).build();
        list.add(ent(SampleEnterprise.E33, "C2924", LocalDate.of(2017, 3, 29))
                .scienceTechSme(true).highTechCertificate(new HighTechCertificate("GR202035000388",
                        LocalDate.of(2020, 12, 1), LocalDate.of(2023, 11, 30)))
                .year(derived(e33, Y22).incentivesUsed(ALL).build())
                .year(derived(e33, Y23).incentivesUsed(ALL).build())
                .year(e33).build());
    }

    private static void cultivation(List<Enterprise> list) {
        // E34: cultivation candidate meeting every criterion (band <= 50M, 3-year ratio about 5.89 %).
        AnnualRdFigures e34 = fig(Y24, "48000000.00", "2880000.00", 160, 20, 2, 6)
                .highTechProductRevenue(m("36000000.00"))
                .rdInstitutions(inst("织研智能研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD_LOAN).scienceDepartmentProjects(1).statisticsReport(stat("2880000.00", 4))
                .intermediary(UNLISTED_A).build();
        list.add(threeYears(ent(SampleEnterprise.E34, "C1761",
                LocalDate.of(2016, 5, 20)).scienceTechSme(true), e34));

        // E35: every high-tech criterion exactly at its boundary (revenue 50,000,000.00 → 5 % band; 3-year ratio
        // 5.00 %; domestic R&D 60.00 %; high-tech products 60.00 %; S&T staff 10.00 %) — only gap: no core IP.
        RdInstitution e35Inst = new RdInstitution("纬科功能面料研发中心（样例）", "研发中心", InstitutionLevel.COUNTY);
        list.add(ent(SampleEnterprise.E35, "C1752", LocalDate.of(2014, 2, 18))
                .scienceTechSme(true)
                .year(cultivationYear(Y22, "40000000.00", "2000000.00", "1200000.00", "24000000.00", 180, 18, e35Inst)
                        .statisticsReport(stat("2000000.00", 3)).build())
                .year(cultivationYear(Y23, "45000000.00", "2250000.00", "1350000.00", "27000000.00", 190, 19, e35Inst)
                        .statisticsReport(stat("2250000.00", 3)).build())
                .year(cultivationYear(Y24, "50000000.00", "2500000.00", "1500000.00", "30000000.00", 200, 20, e35Inst)
                        .statisticsReport(stat("2500000.00", 3)).build())
                .build());

        // E36: revenue 50,000,000.01 → the 4 % band, 3-year ratio exactly 4.00 % (met); gap: high-tech product
        // revenue 29,999,999.99 < 60 %.
        RdInstitution e36Inst = new RdInstitution("轻羽鞋业研发中心（样例）", "研发中心", InstitutionLevel.UNRECOGNISED);
        list.add(ent(SampleEnterprise.E36, "C1951", LocalDate.of(2020, 1, 13))
                .scienceTechSme(true)
                .year(cultivationYear(Y22, "45000000.00", "1800000.00", "1800000.00", "27000000.00", 140, 15, e36Inst)
                        .inventionPatents(1).coreIpCount(3).statisticsReport(stat("1800000.00", 2)).build())
                .year(cultivationYear(Y23, "47499999.99", "1900000.00", "1900000.00", "28500000.00", 145, 16, e36Inst)
                        .inventionPatents(1).coreIpCount(3).statisticsReport(stat("1900000.00", 3)).build())
                .year(cultivationYear(Y24, "50000000.01", "2000000.00", "2000000.00", "29999999.99", 150, 16, e36Inst)
                        .inventionPatents(1).coreIpCount(3).statisticsReport(stat("2000000.00", 3)).build())
                .build());

        // E37: revenue exactly 200,000,000.00 → still the 4 % band; 3-year ratio 3.50 % (gap, would pass at 3 %);
        // S&T staff 47 / 480 = 9.79 % (gap).
        RdInstitution e37Inst = new RdInstitution("盛纶纺织企业技术中心（样例）", "企业技术中心", InstitutionLevel.CITY);
        list.add(ent(SampleEnterprise.E37, "C1751", LocalDate.of(2013, 4, 25))
                .scienceTechSme(true)
                .year(cultivationYear(Y22, "180000000.00", "6300000.00", "6300000.00", "126000000.00", 470, 45,
                        e37Inst).inventionPatents(3).coreIpCount(8).statisticsReport(stat("6300000.00", 5)).build())
                .year(cultivationYear(Y23, "190000000.00", "6650000.00", "6650000.00", "133000000.00", 475, 46,
                        e37Inst).inventionPatents(4).coreIpCount(9).statisticsReport(stat("6650000.00", 6)).build())
                .year(cultivationYear(Y24, "200000000.00", "7000000.00", "7000000.00", "140000000.00", 480, 47,
                        e37Inst).inventionPatents(4).coreIpCount(9).statisticsReport(stat("7000000.00", 6)).build())
                .build());

        // E38: revenue > 200M → 3 % band; 3-year ratio 21,528,000 / 720,000,000 = 2.99 % (gap); domestic R&D
        // 59.00 % (gap).
        RdInstitution e38Inst = new RdInstitution("合泰化纤企业技术中心（样例）", "企业技术中心", InstitutionLevel.CITY);
        list.add(ent(SampleEnterprise.E38, "C2822", LocalDate.of(2003, 7, 7))
                .scienceTechSme(true)
                .year(cultivationYear(Y22, "220000000.00", "6600000.00", "3894000.00", "154000000.00", 800, 92,
                        e38Inst).inventionPatents(6).coreIpCount(14).statisticsReport(stat("6600000.00", 7)).build())
                .year(cultivationYear(Y23, "240000000.00", "7180000.00", "4236200.00", "168000000.00", 810, 94,
                        e38Inst).inventionPatents(7).coreIpCount(15).statisticsReport(stat("7180000.00", 8)).build())
                .year(cultivationYear(Y24, "260000000.00", "7748000.00", "4571320.00", "182000000.00", 820, 96,
                        e38Inst).inventionPatents(7).coreIpCount(16).statisticsReport(stat("7748000.00", 8)).build())
                .build());

        // E39: registered 2024-03-18, less than a year before the year end; only 2024 figures exist.
        list.add(ent(SampleEnterprise.E39, "C2651", LocalDate.of(2024, 3, 18))
                .scienceTechSme(true)
                .year(fig(Y24, "26000000.00", "1560000.00", 90, 15, 1, 3).highTechProductRevenue(m("18200000.00"))
                        .rdInstitutions(inst("弹力方程材料研发中心（样例）", "研发中心", InstitutionLevel.UNRECOGNISED))
                        .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                        .incentivesUsed(RD_LOAN).statisticsReport(stat("1560000.00", 2)).build())
                .build());
    }

    /** A cultivation candidate's year: no invention patent or core IP unless set afterwards. */
    private static AnnualRdFigures.Builder cultivationYear(int year, String revenue, String rd, String domestic,
                                                           String highTechProducts, int employees, int staff,
                                                           RdInstitution institution) {
        return fig(year, revenue, rd, employees, staff, 0, 0).domesticRdExpense(m(domestic))
                .highTechProductRevenue(m(highTechProducts)).rdInstitutions(List.of(institution))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021).incentivesUsed(RD_LOAN);
    }

    private static void scopeAndMissing(List<Enterprise> list) {
        // E40: not above scale, all three gaps → outside R5's scope.
        AnnualRdFigures e40 = fig(Y24, "8600000.00", "0.00", 45, 0, 0, 0).incentivesUsed(NONE).build();
        list.add(threeYears(ent(SampleEnterprise.E40, "C1959",
                LocalDate.of(2021, 4, 12)).aboveScale(false), e40));

        // E41: above scale but not manufacturing (industrial design), all three gaps → outside R5's scope.
        AnnualRdFigures e41 = fig(Y24, "52000000.00", "0.00", 120, 10, 0, 0).incentivesUsed(NONE).build();
        list.add(threeYears(ent(SampleEnterprise.E41, "M7491",
                LocalDate.of(2017, 11, 21)).manufacturing(false).industrial(false), e41));

        // E42: not above scale, high-tech and S&T SME, uses all incentives; files no statistics report.
        AnnualRdFigures e42 = fig(Y24, "15000000.00", "1200000.00", 60, 22, 3, 8)
                .highTechProductRevenue(m("12000000.00"))
                .rdInstitutions(inst("感知穿戴研发中心（样例）", "研发中心", InstitutionLevel.UNRECOGNISED))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(ALL).build();
        list.add(threeYears(ent(SampleEnterprise.E42, "C1821",
                LocalDate.of(2019, 2, 22)).aboveScale(false).scienceTechSme(true)
                .highTechCertificate(cert("GR202035000749", LocalDate.of(2020, 12, 12)))
                .highTechCertificate(cert("GR202335000749", LocalDate.of(2023, 12, 12))), e42));

        // E43: cultivation candidate with figures missing: 2022 not reported, high-tech product revenue, S&T
        // staff and core IP not reported → those criteria are undecidable.
        AnnualRdFigures e43 = fig(Y24, "86000000.00", "3870000.00", 330, null, 2, null)
                .rdInstitutions(inst("海纳服装研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD_LOAN).statisticsReport(stat("3870000.00", 4)).build();
        list.add(ent(SampleEnterprise.E43, "C1811", LocalDate.of(2012, 11, 29))
                .scienceTechSme(true).year(derived(e43, Y23).build()).year(e43).build());

        // E44: R&D expense not reported (null) in 2024 → counts as no R&D investment (R5); no statistics report.
        AnnualRdFigures e44 = fig(Y24, "73000000.00", null, 340, 16, 2, 4)
                .rdInstitutions(inst("金泉鞋业研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .incentivesUsed(NONE).build();
        list.add(ent(SampleEnterprise.E44, "C1952", LocalDate.of(2014, 7, 31))
                .year(derived(e44, Y22).rdExpense(m("1240000.00")).selfFundedRdExpense(m("1240000.00"))
                        .domesticRdExpense(m("1240000.00")).incentivesUsed(RD).auxiliaryLedger(true)
                        .auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                        .statisticsReport(stat("1240000.00", 2)).build())
                .year(derived(e44, Y23).rdExpense(m("1460000.00")).selfFundedRdExpense(m("1460000.00"))
                        .domesticRdExpense(m("1460000.00")).incentivesUsed(RD).auxiliaryLedger(true)
                        .auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                        .statisticsReport(stat("1460000.00", 2)).build())
                .year(e44).build());
    }

    private static void intermediariesAndCodes(List<Enterprise> list) {
        // E45: served by a watch-listed intermediary, its name written with half-width brackets.
        AnnualRdFigures e45 = fig(Y24, "58000000.00", "1740000.00", 270, 16, 1, 3)
                .rdInstitutions(inst("凌云服饰研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(stat("1740000.00", 2))
                .intermediary("泉州示例科技服务有限公司(样例)").build();
        list.add(threeYears(ent(SampleEnterprise.E45, "C1819",
                LocalDate.of(2017, 5, 9)), e45));

        // E46: served by a watch-listed intermediary, recorded by its credit code.
        AnnualRdFigures e46 = fig(Y24, "67000000.00", "2010000.00", 300, 19, 2, 4)
                .rdInstitutions(inst("创步鞋业研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(stat("2010000.00", 3))
                .intermediaryCode(LISTED_A_CODE).build();
        list.add(threeYears(ent(SampleEnterprise.E46, "C1951",
                LocalDate.of(2018, 9, 14)), e46));

        // E47: credit code with the retired division code 350427 (沙县, registered there before 2021).
        AnnualRdFigures e47 = fig(Y24, "95000000.00", "2850000.00", 380, 26, 2, 5)
                .rdInstitutions(inst("沙溪纺织研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(stat("2850000.00", 3)).build();
        list.add(threeYears(ent(SampleEnterprise.E47, "C1751",
                LocalDate.of(2017, 6, 6)), e47));

        // E48: credit code with another province's division code, 330782 (义乌市, 浙江).
        AnnualRdFigures e48 = fig(Y24, "112000000.00", "3360000.00", 450, 28, 1, 4)
                .rdInstitutions(inst("义晋针织研发中心（样例）", "研发中心", InstitutionLevel.COUNTY))
                .auxiliaryLedger(true).auxiliaryLedgerStyle(AuxiliaryLedgerStyle.STYLE_2021)
                .incentivesUsed(RD).statisticsReport(stat("3360000.00", 4)).build();
        list.add(threeYears(ent(SampleEnterprise.E48, "C1763",
                LocalDate.of(1996, 10, 8)), e48));
    }
}
