package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.enterprise.ServiceContact;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.countychain.talent.TalentTeam;
import org.junit.jupiter.api.Test;

/**
 * The 晋江 sample county in both groups, and a broken copy of it in which every planted error must be reported
 * with its path.
 */
class SampleCountyValidationTest {
    /**
     * What the sample holds on purpose (jinjiang-cases.md): E09's bad GB 11714 inner check, and E47 and E48, whose
     * codes were registered in 沙县 (retired 350427) and 义乌 (330782) while they are in 晋江 — legal, they moved,
     * but a reviewer would ask: warnings only. With no error in either group, the sample validates clean.
     */
    static final List<String> PLANTED = List.of("WARNING CV-0105 enterprises[8].creditCode",
            "WARNING CV-0912 enterprises[46].creditCode", "WARNING CV-0912 enterprises[47].creditCode");

    private static List<String> summary(ValidationResult result) {
        return result.violations().stream().map(v -> v.severity() + " " + v.code() + " " + v.path()).toList();
    }

    @Test
    void theSampleValidatesCleanInBothGroups() {
        ValidationResult draft = Fixtures.VALIDATOR.validate(SampleCounty.jinjiang());
        ValidationResult submission = Fixtures.VALIDATOR.validate(SampleCounty.jinjiang(), Submission.class);
        assertThat(summary(draft)).containsExactlyElementsOf(PLANTED);
        assertThat(summary(submission)).containsExactlyElementsOf(PLANTED);
        assertThat(draft.errorCount()).isZero();
        assertThat(submission.errorCount()).isZero();
    }

    /**
     * A 107-2 report made internally inconsistent, as E29's is in the broken copy: (1) the eight expense items add
     * up to 3,120,000.00, not the total 3,000,000.00 (107-2 check S3); (2) 18 R&amp;D staff but a staff cost
     * of 0.00 (S4). Funding adds up; everything else is consistent.
     */
    static RdStatisticsReport inconsistent107Report() {
        RdStatisticsReport.Expenses expenses = new RdStatisticsReport.Expenses(m("0.00"), m("1500000.00"),
                m("400000.00"), m("100000.00"), m("600000.00"), m("300000.00"), m("200000.00"), m("20000.00"),
                m("120000.00"), m("80000.00"), m("0.00"), m("0.00"));
        RdStatisticsReport.Funding funding = new RdStatisticsReport.Funding(m("2850000.00"), m("150000.00"),
                m("0.00"), m("0.00"), m("0.00"));
        RdStatisticsReport.Staff staff = new RdStatisticsReport.Staff(18, 2, 6, 15, 10, 1);
        RdStatisticsReport.Institutions institutions = new RdStatisticsReport.Institutions(1, 12, 0, 2,
                m("2100000.00"), m("900000.00"));
        RdStatisticsReport.Outputs outputs = new RdStatisticsReport.Outputs(4, 1, 2, 1, m("36000000.00"),
                m("8000000.00"));
        RdStatisticsReport.Assets assets = new RdStatisticsReport.Assets(m("300000.00"), m("240000.00"));
        return new RdStatisticsReport(m("3000000.00"), 4, staff, expenses, funding, institutions, outputs, assets);
    }

    private static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void everyOtherPartOfTheSampleIsClean() {
        CountyDataset sample = SampleCounty.jinjiang();
        for (Object part : List.of(sample.chains(), sample.teams(), sample.platforms(), sample.demands(),
                sample.achievements(), sample.reports(), sample.watchList())) {
            for (Object element : part instanceof List<?> l ? l : List.of(part)) {
                assertThat(Fixtures.VALIDATOR.validate(element, Submission.class).violations())
                        .as("%s", element).isEmpty();
            }
        }
    }

    @Test
    void aBrokenCopyReportsEveryPlantedErrorWithItsPath() {
        CountyDataset sample = SampleCounty.jinjiang();
        List<Enterprise> enterprises = new ArrayList<>(sample.enterprises());
        // E01: check character 'M' → 'N'.
        Enterprise e01 = enterprises.get(0);
        enterprises.set(0, withCode(e01, CreditCode.parseLenient("91350500155801216N")));
        // E03: located in the retired 350427 沙县.
        Enterprise e03 = enterprises.get(2);
        enterprises.set(2, new Enterprise(e03.creditCode(), e03.name(), DivisionCode.of("350427"),
                e03.industryCode(), e03.chainIds(), e03.aboveScale(), e03.manufacturing(), e03.scienceTechSme(),
                e03.registeredOn(), e03.highTechCertificates(), e03.serviceContact(), e03.years()));
        // E04, 2024: self-funded above total; E05, 2024: an amount with three decimals.
        enterprises.set(3, withYear(enterprises.get(3), 2, f -> f.toBuilder()
                .selfFundedRdExpense(f.rdExpense().add(new BigDecimal("0.01"))).build()));
        enterprises.set(4, withYear(enterprises.get(4), 2, f -> f.toBuilder()
                .operatingRevenue(new BigDecimal("90000000.005")).build()));
        // E06: its certificate's dates reversed (so no year is covered and each claim of the status fails too).
        Enterprise e06 = enterprises.get(5);
        HighTechCertificate c = e06.highTechCertificates().get(0);
        enterprises.set(5, new Enterprise(e06.creditCode(), e06.name(), e06.county(), e06.industryCode(),
                e06.chainIds(), e06.aboveScale(), e06.manufacturing(), e06.scienceTechSme(), e06.registeredOn(),
                List.of(new HighTechCertificate(c.number(), /* issuedOn= */ c.validUntil(),
                        /* validUntil= */ c.issuedOn())),
                e06.serviceContact(), e06.years()));
        // E07: on a chain that does not exist.
        enterprises.set(6, enterprises.get(6).toBuilder()
                .chainIds(List.of(SampleCounty.CHAIN_ID, "350582-no-such-chain")).build());
        // E10: a landline two digits short.
        enterprises.set(9, enterprises.get(9).toBuilder()
                .serviceContact(new ServiceContact("林晓东（样例）", null, "0595-855501")).build());
        // E29, 2024: its 107-2 detail made inconsistent.
        enterprises.set(28, withYear(enterprises.get(28), 2, f -> f.toBuilder()
                .statisticsReport(inconsistent107Report()).build()));
        // The team: no leader, a member twice.
        TalentTeam t = sample.teams().get(0);
        List<org.countychain.talent.Commissioner> members = new ArrayList<>(t.members());
        members.add(t.members().get(1));
        TalentTeam team = new TalentTeam(t.id(), t.name(), t.county(), t.mode(), t.chainIds(), null, members,
                t.tasks(), t.results());
        // The report: item 1.2 emptied, no advantage unit.
        ResearchReport r = sample.reports().get(0);
        List<ReportItem> items = new ArrayList<>(r.items());
        items.set(1, ReportItem.ofParagraphs("1.2", " "));
        ResearchReport report = new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(),
                r.templateEdition(), r.year(), r.coveredCounties(), items, List.of(), r.preparedBy(), r.preparedOn());
        CountyDataset broken = sample.toBuilder().enterprises(enterprises).teams(List.of(team))
                .reports(List.of(report)).build();

        List<String> draft = new ArrayList<>(PLANTED);
        draft.addAll(List.of(
                "ERROR CV-0104 enterprises[0].creditCode",
                "ERROR CV-0114 enterprises[2].county",
                "ERROR CV-0302 enterprises[3].years[2].selfFundedRdExpense",
                "ERROR CV-0203 enterprises[4].years[2].operatingRevenue",
                "ERROR CV-0502 enterprises[5].highTechCertificates[0].issuedOn",
                "ERROR CV-0512 enterprises[5].years[0].incentivesUsed",
                "ERROR CV-0512 enterprises[5].years[1].incentivesUsed",
                "ERROR CV-0512 enterprises[5].years[2].incentivesUsed",
                "ERROR CV-0702 enterprises[6].chainIds[1]",
                "ERROR CV-0121 enterprises[9].serviceContact.phone",
                "WARNING CV-0408 enterprises[28].years[2].statisticsReport.expenses.staffCost",
                "WARNING CV-0406 enterprises[28].years[2].statisticsReport.rdExpenditure",
                "ERROR CV-0602 teams[0].members[5]"));
        ValidationResult result = Fixtures.VALIDATOR.validate(broken);
        assertThat(summary(result)).containsExactlyInAnyOrderElementsOf(draft);

        List<String> submission = new ArrayList<>(draft);
        submission.addAll(List.of(
                "ERROR CV-0612 teams[0].leader",
                "ERROR CV-0812 reports[0].items[1]",
                "ERROR CV-0813 reports[0].advantageUnits"));
        ValidationResult full = Fixtures.VALIDATOR.validate(broken, Submission.class);
        assertThat(summary(full)).containsExactlyInAnyOrderElementsOf(submission);

        // Values, messages and masking of a few of them.
        assertThat(full.violations()).filteredOn(v -> v.code().equals("CV-0121"))
                .extracting(Violation::invalidValue).containsExactly("059****5501");
        assertThat(full.violations()).filteredOn(v -> v.code().equals("CV-0104"))
                .extracting(Violation::message, Violation::invalidValue)
                .containsExactly(tuple("统一社会信用代码校验码错误：第18位为“N”，应为“M”", "91350500155801216N"));
        assertThat(full.violations()).filteredOn(v -> v.code().equals("CV-0114"))
                .extracting(Violation::message).containsExactly("行政区划代码 350427 沙县 已撤销，现为 350405 沙县区");
        assertThat(full.violations()).filteredOn(v -> v.code().equals("CV-0812"))
                .extracting(Violation::message).containsExactly("必填条目 1.2（产业技术发展现状、技术瓶颈）没有内容");
        assertThat(Fixtures.VALIDATOR.validate(broken, Locale.ENGLISH, Submission.class).violations())
                .filteredOn(v -> v.code().equals("CV-0812")).extracting(Violation::message)
                .containsExactly("the required item 1.2 ('产业技术发展现状、技术瓶颈') has no content");
        // Nothing is dropped: each planted error is one violation, and the result is ordered by path.
        assertThat(full.violations()).hasSize(submission.size());
        // The two 107-2 consistency findings of E29 are warnings, as the planted ones are.
        assertThat(full.errorCount()).isEqualTo(submission.size() - PLANTED.size() - 2);
        assertThat(full.warningCount()).isEqualTo(PLANTED.size() + 2);
        assertThat(full.isValid()).isFalse();
    }

    @Test
    void anUnknownReportingUnitOnlyMattersForASubmission() {
        CountyDataset sample = SampleCounty.jinjiang();
        CountyDataset elsewhere = new CountyDataset("350599", "某县", sample.year(), sample.note(), sample.chains(),
                sample.enterprises(), sample.teams(), sample.platforms(), sample.demands(), sample.achievements(),
                sample.reports(), sample.watchList());
        assertThat(summary(Fixtures.VALIDATOR.validate(elsewhere))).containsExactlyElementsOf(PLANTED);
        assertThat(summary(Fixtures.VALIDATOR.validate(elsewhere, Submission.class)))
                .contains("ERROR CV-0132 unitId");
    }

    private static Enterprise withCode(Enterprise e, CreditCode code) {
        return new Enterprise(code, e.name(), e.county(), e.industryCode(), e.chainIds(), e.aboveScale(),
                e.manufacturing(), e.scienceTechSme(), e.registeredOn(), e.highTechCertificates(), e.serviceContact(),
                e.years());
    }

    private static Enterprise withYear(Enterprise e, int index, java.util.function.UnaryOperator<AnnualRdFigures> f) {
        List<AnnualRdFigures> years = new ArrayList<>(e.years());
        years.set(index, f.apply(years.get(index)));
        return new Enterprise(e.creditCode(), e.name(), e.county(), e.industryCode(), e.chainIds(), e.aboveScale(),
                e.manufacturing(), e.scienceTechSme(), e.registeredOn(), e.highTechCertificates(), e.serviceContact(),
                years);
    }
}
