package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.model.CriterionStatus;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.HighTechCriterion;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.rules.model.ResearchGap;
import org.countychain.rules.model.SubjectKind;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 晋江 sample county screened with every built-in rule, asserted in full against its case document
 * ({@code jinjiang-cases.md}): every enterprise finding the tags call for and no other, the coverage figures,
 * the service-list order and the cultivation gaps. Where the rules read a case differently from the document,
 * the test says so and {@code docs/rules.md} explains why.
 */
class SampleCountyScreeningTest {
    private static CountyDataset county;
    private static ScreeningResult result;
    /** E01 … E48 → tags, from the case document. */
    private static Map<String, Set<String>> tags;
    /** E01 … E48 → credit code. */
    private static Map<String, String> codes;

    @BeforeAll
    static void screen() {
        county = SampleCounty.jinjiang();
        result = RuleEngine.defaults().screen(county);
        tags = new LinkedHashMap<>();
        codes = new LinkedHashMap<>();
        for (String line : SampleCounty.casesDocument().split("\n")) {
            String[] cells = line.split("\\|");
            // Rows of the enterprise table: E-number, then an 18-character credit code (the criteria table follows).
            if (cells.length > 6 && cells[1].strip().matches("E\\d\\d") && cells[2].strip().length() == 18) {
                tags.put(cells[1].strip(), new TreeSet<>(List.of(cells[5].strip().split(" +"))));
                codes.put(cells[1].strip(), cells[2].strip());
            }
        }
    }

    private static String number(String creditCode) {
        return codes.entrySet().stream().filter(e -> e.getValue().equals(creditCode)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("not in the case document: " + creditCode));
    }

    /** "E07 R7-ZERO-REVENUE" for every enterprise finding. */
    private static Set<String> actualEnterpriseFindings() {
        Set<String> out = new TreeSet<>();
        for (Finding f : result.findings()) {
            if (f.subject().kind() == SubjectKind.ENTERPRISE) {
                out.add(number(f.subject().id()) + " " + f.code());
            }
        }
        return out;
    }

    private static Set<String> expectedEnterpriseFindings() {
        Map<String, String> byTag = Map.of("R6:HT", "R6-TAX-REDUCTION-UNUSED", "R6:RD", "R6-SUPER-DEDUCTION-UNUSED",
                "R6:LOAN", "R6-TECH-LOAN-UNUSED", "R7:P", "R7-PRIORITY", "R7:ZERO-REVENUE", "R7-ZERO-REVENUE",
                "R7:NO-REVENUE", "R7-NO-REVENUE", "R8:A", "R8-PROJECTS-ZERO-RD", "R8:B-PROJECTS", "R8-HIGH-TECH-ZERO",
                "R8:B-RD", "R8-HIGH-TECH-ZERO", "R12:LISTED", "R12-WATCHED-INTERMEDIARY");
        Set<String> out = new TreeSet<>();
        tags.forEach((e, t) -> {
            for (String tag : t) {
                if (byTag.containsKey(tag)) {
                    out.add(e + " " + byTag.get(tag));
                }
                if (tag.startsWith("R5:") && !tag.equals("R5:NONE") && !tag.equals("R5:OUT")) {
                    out.add(e + " R5-SERVICE");
                }
                if (tag.equals("R11:HT-NOLEDGER") || tag.equals("R11:HT-LEDGER?")) {
                    out.add(e + " R11-NO-LEDGER");
                }
                if (tag.equals("R11:CULTIVATE")) {
                    out.add(e + " R11-CULTIVATE");
                }
                // Every high-tech enterprise of the year is on the 入企普查 visit list, ledger or not.
                if (tag.startsWith("R11:HT")) {
                    out.add(e + " R11-VISIT");
                }
            }
        });
        // R8:NO-REPORT means "no statistics report". R8 has something to check, and so reports the gap, only for an
        // above-scale enterprise with S&T-department projects or a high-tech certificate: E28. E40 and E42 are below
        // scale; E41 and E44 have neither projects nor a certificate.
        out.add("E28 R8-NO-STATISTICS");
        // E30's certificate ended on 2024-06-30 and was not renewed: a high-tech enterprise of 2024 (R11:HT), which
        // R11 reminds to be recognised again.
        out.add("E30 R11-CERTIFICATE-EXPIRES");
        return out;
    }

    @Test
    void everyEnterpriseFindingTheCaseDocumentCallsForAndNoOther() {
        assertThat(tags).hasSize(48);
        assertThat(actualEnterpriseFindings()).containsExactlyElementsOf(expectedEnterpriseFindings());
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void gapsAndContactsOfTheServiceList() {
        List<String> order = new ArrayList<>();
        for (ServiceListEntry e : result.serviceList()) {
            String n = number(e.enterprise().id());
            order.add(n);
            String tag = tags.get(n).stream().filter(t -> t.startsWith("R5:")).findFirst().orElseThrow();
            List<ResearchGap> expected = new ArrayList<>();
            if (tag.contains("INV")) {
                expected.add(ResearchGap.NO_RD_INVESTMENT);
            }
            if (tag.contains("INST")) {
                expected.add(ResearchGap.NO_RD_INSTITUTION);
            }
            if (tag.contains("PAT")) {
                expected.add(ResearchGap.NO_INVENTION_PATENT);
            }
            assertThat(e.gaps()).as(n).isEqualTo(expected);
            assertThat(e.contact() != null).as(n + " contact").isEqualTo(tags.get(n).contains("CONTACT:YES"));
        }
        // Most gaps first, then by credit code (all are in 晋江).
        assertThat(order).containsExactly("E16", "E17", "E13", "E14", "E15", "E35", "E10", "E44", "E11", "E12");
        assertThat(result.list(NoticeList.SERVICE_LIST)).hasSize(10);
    }

    @Test
    void priorityReasonsAndBoundaries() {
        Map<String, String> reasons = new LinkedHashMap<>();
        result.findingsWithCode("R7-PRIORITY").forEach(f -> reasons.put(number(f.subject().id()),
                f.evidence().get("reasons")));
        assertThat(reasons).containsEntry("E01", "SELF_FUNDED_RD").containsEntry("E06", "SELF_FUNDED_RD")
                .containsEntry("E04", "RD_RATIO").containsEntry("E02", "RD_RATIO").hasSize(8);
        assertThat(result.findingsWithCode("R7-PRIORITY")).filteredOn(f -> number(f.subject().id()).equals("E04"))
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("rdExpense", "5000000.01")
                        .containsEntry("operatingRevenue", "100000000.00"));
    }

    @Test
    void statisticsAnomaliesCarryTheirEvidence() {
        Map<String, Map<String, String>> e = new LinkedHashMap<>();
        result.list(NoticeList.RD_STATISTICS_ANOMALIES).forEach(f -> e.put(number(f.subject().id()), f.evidence()));
        assertThat(e.get("E25")).containsEntry("scienceDepartmentProjects", "2")
                .containsEntry("statisticsRdExpenditure", "0.00").containsEntry("rdExpense", "2600000.00");
        assertThat(e.get("E26")).containsEntry("statisticsProjectCount", "0")
                .containsEntry("statisticsRdExpenditure", "4100000.00");
        assertThat(e.get("E27")).containsEntry("statisticsProjectCount", "3")
                .containsEntry("statisticsRdExpenditure", "0.00");
    }

    @Test
    void coverageFigures() {
        long aboveScale = county.enterprises().stream().filter(Enterprise::aboveScale).count();
        long reserveFund = tags.entrySet().stream().filter(t -> t.getValue().contains("R9:Y")).count();
        long highTech = tags.values().stream().filter(t -> t.stream().anyMatch(x -> x.startsWith("R11:HT"))).count();
        long ledger = tags.values().stream().filter(t -> t.contains("R11:HT")).count();
        assertThat(result.findingsWithCode("R9-COVERAGE")).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsEntry("aboveScaleEnterprises", Long.toString(aboveScale))
                .containsEntry("aboveScaleWithReserveFund", Long.toString(reserveFund))
                .containsEntry("highTechEnterprises", Long.toString(highTech))
                .containsEntry("highTechWithReserveFund", "4"));
        assertThat(aboveScale).isEqualTo(46);
        assertThat(highTech).isEqualTo(11);
        assertThat(result.findingsWithCode("R11-COVERAGE")).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsEntry("highTechEnterprises", "11").containsEntry("withAuxiliaryLedger", Long.toString(ledger))
                .containsEntry("usingTaxReduction", "10").containsEntry("usingSuperDeduction", "11"));
        // 全覆盖两提升, as the document's data-set section states: R&D 37/43 → 39/45, institutions 36/43 → 40/45.
        assertThat(result.findingsWithCode("FC-COVERAGE")).extracting(f -> f.subject().kind())
                .containsExactly(SubjectKind.CHAIN, SubjectKind.UNIT);
        assertThat(result.findingsWithCode("FC-COVERAGE")).allSatisfy(f -> assertThat(f.evidence())
                .containsEntry("enterprises", "45").containsEntry("withRdActivity", "39")
                .containsEntry("withRdInstitution", "40").containsEntry("enterprisesLastYear", "43")
                .containsEntry("withRdActivityLastYear", "37").containsEntry("withRdInstitutionLastYear", "36")
                .containsEntry("rdActivityPercent", "86.67").containsEntry("rdActivityPercentLastYear", "86.05")
                .containsEntry("rdInstitutionChange", "5.17"));
    }

    @Test
    void cultivationGapsAsInTheCriteriaTable() {
        Map<String, Set<HighTechCriterion>> notMet = new LinkedHashMap<>();
        Map<String, Set<HighTechCriterion>> undecidable = new LinkedHashMap<>();
        for (CultivationEntry e : result.cultivationList()) {
            String n = number(e.enterprise().id());
            notMet.put(n, Set.copyOf(e.criteriaWith(CriterionStatus.NOT_MET)));
            undecidable.put(n, Set.copyOf(e.criteriaWith(CriterionStatus.UNDECIDABLE)));
        }
        assertThat(notMet).containsOnlyKeys("E22", "E33", "E34", "E35", "E36", "E37", "E38", "E39", "E43");
        assertThat(notMet.get("E22")).containsExactly(HighTechCriterion.RD_RATIO);
        assertThat(notMet.get("E33")).containsExactly(HighTechCriterion.SCIENCE_TECH_STAFF);
        assertThat(notMet.get("E34")).isEmpty();
        assertThat(notMet.get("E35")).containsExactly(HighTechCriterion.CORE_IP);
        assertThat(notMet.get("E36")).containsExactly(HighTechCriterion.HIGH_TECH_PRODUCT_REVENUE);
        assertThat(notMet.get("E37")).containsExactlyInAnyOrder(HighTechCriterion.RD_RATIO,
                HighTechCriterion.SCIENCE_TECH_STAFF);
        assertThat(notMet.get("E38")).containsExactlyInAnyOrder(HighTechCriterion.RD_RATIO,
                HighTechCriterion.DOMESTIC_RD_SHARE);
        assertThat(notMet.get("E39")).containsExactly(HighTechCriterion.REGISTERED_ONE_YEAR);
        assertThat(notMet.get("E43")).isEmpty();
        // The document lists E43's core IP as undecidable (count not reported). The rules count its two valid
        // invention patents as core IP (I类知识产权) instead, and judge the domestic R&D share over the same
        // three-year window as the ratio, which the missing 2022 makes undecidable. Still four undecidable.
        assertThat(undecidable.get("E43")).containsExactlyInAnyOrder(HighTechCriterion.RD_RATIO,
                HighTechCriterion.DOMESTIC_RD_SHARE, HighTechCriterion.HIGH_TECH_PRODUCT_REVENUE,
                HighTechCriterion.SCIENCE_TECH_STAFF);
        undecidable.forEach((n, u) -> assertThat(u).as(n).isEqualTo(n.equals("E43") ? u : Set.of()));
        CultivationEntry e36 = result.cultivationList().stream()
                .filter(c -> number(c.enterprise().id()).equals("E36")).findFirst().orElseThrow();
        assertThat(e36.result(HighTechCriterion.RD_RATIO).required()).isEqualTo("4");
        assertThat(e36.result(HighTechCriterion.RD_RATIO).actual()).isEqualTo("4.00");
        CultivationEntry e37 = result.cultivationList().stream()
                .filter(c -> number(c.enterprise().id()).equals("E37")).findFirst().orElseThrow();
        assertThat(e37.result(HighTechCriterion.RD_RATIO).required()).isEqualTo("4");
    }

    @Test
    void unitsTeamsAndPilotChains() {
        assertThat(result.count("R1-NO-REPORT")).isZero();
        assertThat(result.findingsWithCode("R1-CITY-COVERAGE")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("coveragePercent", "100.00"));
        assertThat(result.count("R13-NO-TEAM") + result.count("R13-TEAM-SEVERAL-CHAINS")).isZero();
        RuleEngine withPilots = RuleEngine.builder().builtInRules().pilotRegistry(PilotRegistry.example()).build();
        assertThat(withPilots.screen(county).count("R2-MISSING-CHAIN")).isZero();
    }
}
