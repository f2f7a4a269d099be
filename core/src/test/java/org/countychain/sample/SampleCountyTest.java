package org.countychain.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainActor;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.StageKind;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.enterprise.Incentive;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.platform.InnovationPlatform;
import org.countychain.platform.PlatformType;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;
import org.junit.jupiter.api.Test;

class SampleCountyTest {
    private static final CountyDataset D = SampleCounty.jinjiang();
    private static final int YEAR = 2024;

    private static Enterprise e(SampleEnterprise s) {
        return D.enterprise(s.code).orElseThrow();
    }

    private static AnnualRdFigures y(SampleEnterprise s, int year) {
        return e(s).year(year).orElseThrow();
    }

    private static BigDecimal m(String v) {
        return new BigDecimal(v);
    }

    @Test
    void isOneCachedFictionalCountyWithOneMappedChain() {
        assertThat(SampleCounty.jinjiang()).isSameAs(D);
        assertThat(D.unitId()).isEqualTo("350582");
        assertThat(D.unitName()).isEqualTo("晋江市");
        assertThat(D.year()).isEqualTo(2024);
        assertThat(D.note()).contains("样例数据，企业均为虚构");
        assertThat(D.chains()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(SampleCounty.CHAIN_ID);
            assertThat(c.name()).isEqualTo("纺织鞋服");
            assertThat(c.industryCode()).isEqualTo("C19");
            assertThat(c.aliases()).contains("鞋服纺织", "现代纺织服装");
            assertThat(c.map()).isNotNull();
        });
    }

    @Test
    void hasAtLeastFortyFictionalEnterprisesInTheOrderOfTheEnum() {
        assertThat(D.enterprises()).hasSizeGreaterThanOrEqualTo(40).hasSize(SampleEnterprise.values().length);
        for (SampleEnterprise s : SampleEnterprise.values()) {
            Enterprise e = D.enterprises().get(s.ordinal());
            assertThat(e.creditCode()).as(s.name()).isEqualTo(s.code);
            assertThat(e.name()).as(s.name()).isEqualTo(s.name).endsWith("（样例）");
            assertThat(e.county()).isEqualTo(DivisionCode.of("350582"));
            assertThat(e.chainIds()).containsExactly(SampleCounty.CHAIN_ID);
        }
        assertThat(D.enterprises()).filteredOn(e -> e.aboveScale() && e.manufacturing())
                .hasSizeGreaterThan(D.enterprises().size() * 9 / 10);
    }

    @Test
    void creditCodesAreValidUniqueAndExactlyOneHasABadOrganisationCheck() {
        List<CreditCode> codes = D.enterprises().stream().map(Enterprise::creditCode).toList();
        assertThat(codes).allMatch(c -> CreditCode.isValid(c.value())).doesNotHaveDuplicates();
        assertThat(codes).allMatch(c -> c.registrationCategory().orElseThrow().isEnterprise());
        assertThat(codes).filteredOn(c -> !c.isOrganisationCodeValid()).containsExactly(SampleEnterprise.E09.code);
        // The bad one is still a valid GB 32100 code: only character 17 is wrong.
        CreditCode bad = SampleEnterprise.E09.code;
        assertThat(bad.isCheckCharacterValid()).isTrue();
        assertThat(CreditCode.organisationCheckCharacter(bad.value().substring(8, 16)))
                .isNotEqualTo(bad.value().charAt(16));
    }

    @Test
    void divisionPartsAreMostlyJinjiangWithHistoricalAndOutOfProvinceCodes() {
        Map<String, Long> parts = new LinkedHashMap<>();
        D.enterprises().forEach(e -> parts.merge(e.creditCode().divisionPart().orElseThrow().value(), 1L, Long::sum));
        assertThat(parts.get("350582")).isGreaterThan(D.enterprises().size() / 2L);
        assertThat(parts).containsKeys("350427", "330782", "350500");
        Divisions fujian = Divisions.fujian();
        assertThat(fujian.find("350427")).isEmpty();
        assertThat(fujian.current(DivisionCode.of("350427")).orElseThrow().name()).isEqualTo("沙县区");
        assertThat(DivisionCode.of("330782").province()).isNotEqualTo(DivisionCode.of("350000"));
    }

    @Test
    void everyEnterpriseHasFiguresAndSomeMissAYearOnPurpose() {
        assertThat(D.enterprises()).allMatch(e -> e.year(YEAR).isPresent());
        long complete = D.enterprises().stream().filter(e -> e.years().size() == 3).count();
        assertThat(complete).isGreaterThan(40);
        assertThat(e(SampleEnterprise.E17).year(2022)).isEmpty();
        assertThat(e(SampleEnterprise.E23).year(2023)).isEmpty();
        assertThat(e(SampleEnterprise.E39).years()).hasSize(1);
        assertThat(e(SampleEnterprise.E43).year(2022)).isEmpty();
    }

    @Test
    void r7BoundaryValuesArePresentExactly() {
        AnnualRdFigures e03 = y(SampleEnterprise.E03, YEAR);
        assertThat(e03.operatingRevenue()).isEqualByComparingTo(m("100000000.00"));
        assertThat(e03.rdExpense()).isEqualByComparingTo(m("5000000.00"));
        assertThat(e03.rdExpense().multiply(BigDecimal.valueOf(20))).isEqualByComparingTo(e03.operatingRevenue());
        AnnualRdFigures e04 = y(SampleEnterprise.E04, YEAR);
        assertThat(e04.operatingRevenue()).isEqualByComparingTo(m("100000000.00"));
        assertThat(e04.rdExpense()).isEqualByComparingTo(m("5000000.01"));
        assertThat(y(SampleEnterprise.E05, YEAR).selfFundedRdExpense()).isEqualByComparingTo(m("19999999.99"));
        assertThat(y(SampleEnterprise.E06, YEAR).selfFundedRdExpense()).isEqualByComparingTo(m("20000000.00"));
        assertThat(y(SampleEnterprise.E07, YEAR).operatingRevenue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(y(SampleEnterprise.E07, YEAR).rdAboveRevenueExplained()).isTrue();
        assertThat(y(SampleEnterprise.E08, YEAR).operatingRevenue()).isNull();
        assertThat(y(SampleEnterprise.E44, YEAR).rdExpense()).isNull();
    }

    @Test
    void moneyIsAlwaysWrittenWithTwoDecimals() {
        List<BigDecimal> amounts = new ArrayList<>();
        for (Enterprise e : D.enterprises()) {
            for (AnnualRdFigures f : e.years()) {
                Stream.of(f.operatingRevenue(), f.rdExpense(), f.selfFundedRdExpense(), f.domesticRdExpense(),
                        f.highTechProductRevenue()).filter(v -> v != null).forEach(amounts::add);
            }
        }
        assertThat(amounts).isNotEmpty().allMatch(v -> v.scale() == 2);
    }

    @Test
    void highTechCertificateDatesHitTheR11Edges() {
        assertThat(e(SampleEnterprise.E30).highTechCertificates()).singleElement()
                .satisfies(c -> assertThat(c.validUntil()).isEqualTo(LocalDate.of(2024, 6, 30)));
        assertThat(e(SampleEnterprise.E30).isHighTechDuring(YEAR)).isTrue();
        assertThat(e(SampleEnterprise.E30).highTechCertificateOn(LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(e(SampleEnterprise.E31).highTechCertificates()).singleElement()
                .satisfies(c -> assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2024, 7, 1)));
        assertThat(y(SampleEnterprise.E31, 2023).incentivesUsed()).doesNotContain(Incentive.HIGH_TECH_TAX_REDUCTION);
        assertThat(y(SampleEnterprise.E31, YEAR).incentivesUsed()).contains(Incentive.HIGH_TECH_TAX_REDUCTION);
        assertThat(e(SampleEnterprise.E32).highTechCertificates()).hasSize(2);
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == YEAR; day = day.plusDays(1)) {
            assertThat(e(SampleEnterprise.E32).highTechCertificateOn(day)).as(day.toString()).isPresent();
        }
        assertThat(e(SampleEnterprise.E33).isHighTechDuring(YEAR)).isFalse();
        assertThat(e(SampleEnterprise.E33).isHighTechDuring(2023)).isTrue();
        assertThat(e(SampleEnterprise.E39).registeredOn()).isAfter(LocalDate.of(YEAR - 1, 12, 31));
    }

    @Test
    void highTechCriteriaBoundariesArePresentExactly() {
        // E35: 3-year ratio 5 %, domestic 60 %, high-tech products 60 %, S&T staff 10 %, revenue 50,000,000.00.
        assertThat(threeYearRatio(SampleEnterprise.E35)).isEqualByComparingTo(m("0.05"));
        assertThat(threeYearShare(SampleEnterprise.E35)).isEqualByComparingTo(m("0.60"));
        AnnualRdFigures e35 = y(SampleEnterprise.E35, YEAR);
        assertThat(e35.operatingRevenue()).isEqualByComparingTo(m("50000000.00"));
        assertThat(e35.highTechProductRevenue().multiply(BigDecimal.TEN))
                .isEqualByComparingTo(e35.operatingRevenue().multiply(BigDecimal.valueOf(6)));
        assertThat(e35.scienceTechStaff() * 10).isEqualTo(e35.employees());
        assertThat(e35.coreIpCount()).isZero();
        // E36: one fen above 50M moves it to the 4 % band, where its ratio is exactly 4 %.
        assertThat(y(SampleEnterprise.E36, YEAR).operatingRevenue()).isEqualByComparingTo(m("50000000.01"));
        assertThat(threeYearRatio(SampleEnterprise.E36)).isEqualByComparingTo(m("0.04"));
        // E37: exactly 200M stays in the 4 % band; E38: over 200M at 2.99 % and 59 % domestic.
        assertThat(y(SampleEnterprise.E37, YEAR).operatingRevenue()).isEqualByComparingTo(m("200000000.00"));
        assertThat(threeYearRatio(SampleEnterprise.E37)).isEqualByComparingTo(m("0.035"));
        assertThat(threeYearRatio(SampleEnterprise.E38)).isEqualByComparingTo(m("0.0299"));
        assertThat(threeYearShare(SampleEnterprise.E38)).isEqualByComparingTo(m("0.59"));
        AnnualRdFigures e43 = y(SampleEnterprise.E43, YEAR);
        assertThat(Arrays.asList(e43.highTechProductRevenue(), e43.scienceTechStaff(), e43.coreIpCount()))
                .containsOnlyNulls();
    }

    private static BigDecimal threeYearRatio(SampleEnterprise s) {
        BigDecimal rd = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        for (AnnualRdFigures f : e(s).years()) {
            rd = rd.add(f.rdExpense());
            revenue = revenue.add(f.operatingRevenue());
        }
        return rd.divide(revenue, 10, java.math.RoundingMode.UNNECESSARY);
    }

    private static BigDecimal threeYearShare(SampleEnterprise s) {
        BigDecimal rd = BigDecimal.ZERO;
        BigDecimal domestic = BigDecimal.ZERO;
        for (AnnualRdFigures f : e(s).years()) {
            rd = rd.add(f.rdExpense());
            domestic = domestic.add(f.domesticRdExpense());
        }
        return domestic.divide(rd, 10, java.math.RoundingMode.UNNECESSARY);
    }

    @Test
    void statisticsDetailIsConsistent() {
        List<SampleEnterprise> consistent = List.of(SampleEnterprise.E01, SampleEnterprise.E02, SampleEnterprise.E06,
                SampleEnterprise.E20, SampleEnterprise.E29, SampleEnterprise.E30);
        for (SampleEnterprise s : consistent) {
            AnnualRdFigures f = y(s, YEAR);
            assertThat(inconsistencies(f.statisticsReport())).as(s.name()).isEmpty();
            assertThat(f.statisticsReport().rdExpenditure()).as(s.name()).isEqualByComparingTo(f.rdExpense());
        }
        assertThat(D.enterprises()).filteredOn(e -> e.latestYear().orElseThrow().statisticsReport() != null
                        && e.latestYear().orElseThrow().statisticsReport().expenses() != null)
                .extracting(Enterprise::creditCode)
                .containsExactlyInAnyOrder(SampleEnterprise.E01.code, SampleEnterprise.E02.code,
                        SampleEnterprise.E06.code, SampleEnterprise.E20.code, SampleEnterprise.E29.code,
                        SampleEnterprise.E30.code);
    }

    /** The 107-2 checks S1, S3–S9 of docs/rd-statistics.md that a 107-2 report alone can be checked against. */
    private static List<String> inconsistencies(RdStatisticsReport r) {
        List<String> found = new ArrayList<>();
        RdStatisticsReport.Staff s = r.staff();
        RdStatisticsReport.Expenses x = r.expenses();
        if (Stream.of(s.managementAndService(), s.female(), s.fullTime(), s.bachelorOrAbove(), s.external())
                .anyMatch(v -> v > s.total())) {
            found.add("R1 staff");
        }
        BigDecimal items = Stream.of(x.staffCost(), x.directInputs(), x.depreciation(), x.amortisation(), x.design(),
                x.equipmentAndTrials(), x.commissioned(), x.other()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (items.compareTo(r.rdExpenditure()) != 0) {
            found.add("R3 expense items");
        }
        if (r.institutions().expenditure().compareTo(r.rdExpenditure()) > 0) {
            found.add("R3 institution expenditure");
        }
        if ((s.total() > 0) != (x.staffCost().signum() > 0)) {
            found.add("R4 staff vs staff cost");
        }
        BigDecimal commissioned = Stream.of(x.commissionedToInstitutes(), x.commissionedToUniversities(),
                x.commissionedToEnterprises(), x.commissionedAbroad()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (commissioned.compareTo(x.commissioned()) != 0) {
            found.add("R5 commissioned");
        }
        if (r.assets().equipment().compareTo(r.assets().fixedAssetsFormed()) > 0) {
            found.add("R6 assets");
        }
        if (r.institutions().equipmentValue().signum() > 0 && r.institutions().count() == 0) {
            found.add("R7 institutions");
        }
        RdStatisticsReport.Outputs o = r.outputs();
        if (o.inventionApplications() > o.patentApplications()
                || o.implementedInventionPatents() > o.validInventionPatents()
                || o.newProductExports().compareTo(o.newProductRevenue()) > 0
                || r.institutions().doctors() + r.institutions().masters() > r.institutions().staff()
                || r.institutions().staff() > s.total()) {
            found.add("R2/R8 of-which");
        }
        RdStatisticsReport.Funding f = r.funding();
        BigDecimal funding = Stream.of(f.selfFunded(), f.government(), f.bankLoans(), f.ventureCapital(), f.other())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (funding.compareTo(r.rdExpenditure()) != 0) {
            found.add("R9 funding");
        }
        return found;
    }

    @Test
    void watchListNamesTwoIntermediariesServingTwoEnterprises() {
        assertThat(D.watchList().entries()).hasSize(2).allMatch(i -> i.name().endsWith("（样例）"));
        assertThat(D.enterprises()).filteredOn(e -> D.watchList().find(e.latestYear().orElseThrow().intermediary(),
                        e.latestYear().orElseThrow().intermediaryCode()).isPresent())
                .extracting(Enterprise::creditCode)
                .containsExactly(SampleEnterprise.E45.code, SampleEnterprise.E46.code);
        // The 2022 edition is kept but not in force in 2024: it names E23's intermediary.
        assertThat(D.watchList().editions()).extracting(IntermediaryWatchList::year).containsExactly(2023, 2022);
        assertThat(D.watchList().inForce(YEAR)).map(IntermediaryWatchList::year).contains(2023);
        assertThat(D.watchList().earlier().get(0).entries()).singleElement()
                .satisfies(i -> assertThat(i.reason()).isNotBlank());
        assertThat(D.enterprises()).filteredOn(e -> e.latestYear().orElseThrow().intermediary() != null)
                .hasSizeGreaterThan(2);
    }

    @Test
    void rdActivityAndInstitutionSharesChangeBetween2023And2024() {
        assertThat(share(2023, AnnualRdFigures::hasRdInvestment)).isNotEqualTo(share(YEAR, AnnualRdFigures::hasRdInvestment));
        assertThat(share(2023, AnnualRdFigures::hasRdInstitution))
                .isNotEqualTo(share(YEAR, AnnualRdFigures::hasRdInstitution));
        assertThat(y(SampleEnterprise.E18, 2023).hasRdInvestment()).isFalse();
        assertThat(y(SampleEnterprise.E18, YEAR).hasRdInvestment()).isTrue();
        assertThat(y(SampleEnterprise.E19, 2023).hasRdInstitution()).isFalse();
        assertThat(y(SampleEnterprise.E19, YEAR).hasRdInstitution()).isTrue();
    }

    private static BigDecimal share(int year, java.util.function.Predicate<AnnualRdFigures> p) {
        List<AnnualRdFigures> figures = D.enterprises().stream().filter(e -> e.aboveScale() && e.manufacturing())
                .flatMap(e -> e.year(year).stream()).toList();
        long hits = figures.stream().filter(p).count();
        return BigDecimal.valueOf(hits).divide(BigDecimal.valueOf(figures.size()), 6, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void chainMapHasThreeStagesAndEveryBottleneckKindOnLinksAndOnTechnologies() {
        ChainMap map = D.chains().get(0).map();
        assertThat(map.stages()).extracting(s -> s.kind())
                .containsExactly(StageKind.UPSTREAM, StageKind.MIDSTREAM, StageKind.DOWNSTREAM);
        assertThat(map.links()).extracting(ChainLink::name)
                .containsSubsequence("化纤原料", "纺纱织造/面料", "鞋材", "成品制造", "品牌营销");
        assertThat(map.links()).allMatch(l -> !l.technologies().isEmpty() && !l.actors().isEmpty());
        Set<BottleneckKind> onLinks = EnumSet.noneOf(BottleneckKind.class);
        Set<BottleneckKind> onTechnologies = EnumSet.noneOf(BottleneckKind.class);
        for (ChainLink link : map.links()) {
            link.bottlenecks().forEach(b -> onLinks.add(b.kind()));
            link.technologies().forEach(t -> t.bottlenecks().forEach(b -> onTechnologies.add(b.kind())));
        }
        assertThat(onLinks).containsExactlyInAnyOrder(BottleneckKind.values());
        assertThat(onTechnologies).containsExactlyInAnyOrder(BottleneckKind.values());
        assertThat(map.bottlenecks()).extracting(Bottleneck::kind).contains(BottleneckKind.values());
    }

    @Test
    void mapActorsWithCreditCodesAreSampleEnterprisesAndOthersAreInstitutions() {
        List<ChainActor> actors = D.chains().get(0).map().links().stream().flatMap(l -> l.actors().stream()).toList();
        assertThat(actors).filteredOn(a -> a.creditCode() != null).isNotEmpty()
                .allSatisfy(a -> assertThat(D.enterprise(a.creditCode())).get()
                        .extracting(Enterprise::name).isEqualTo(a.name()));
        assertThat(actors).filteredOn(a -> a.creditCode() == null).isNotEmpty()
                .allMatch(a -> a.kind() == org.countychain.chain.ActorKind.UNIVERSITY
                        || a.kind() == org.countychain.chain.ActorKind.RESEARCH_INSTITUTE);
    }

    @Test
    void twoListsReferToLinksOfTheMap() {
        ChainMap map = D.chains().get(0).map();
        assertThat(D.demands()).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(d -> assertThat(map.link(d.linkId())).as(d.id()).isPresent())
                .allMatch(d -> !d.keywords().isEmpty() && SampleCounty.CHAIN_ID.equals(d.chainId()));
        assertThat(D.demands()).filteredOn(d -> d.proposerCode() != null)
                .allSatisfy(d -> assertThat(D.enterprise(d.proposerCode())).isPresent());
        assertThat(D.achievements()).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(a -> assertThat(map.link(a.linkId())).as(a.id()).isPresent())
                .allMatch(a -> !a.keywords().isEmpty());
        // Every demand shares at least one keyword with some achievement, so a matcher has work to do.
        assertThat(D.demands()).allSatisfy(d -> assertThat(D.achievements())
                .anyMatch(a -> a.keywords().stream().anyMatch(d.keywords()::contains)));
    }

    @Test
    void teamIsOneChainOneTeamWithLeaderMembersTasksAndResults() {
        TalentTeam team = D.teams().get(0);
        // The chain's own team, and a city-level team serving 石狮's chain too (一业一团).
        assertThat(D.teams()).hasSize(2);
        assertThat(D.teams().get(1).mode()).isEqualTo(TeamMode.ONE_INDUSTRY_ONE_TEAM);
        assertThat(D.teams().get(1).chainIds()).containsExactly(SampleCounty.CHAIN_ID);
        assertThat(D.teams().get(1).otherChains()).hasSize(1);
        assertThat(team.mode()).isEqualTo(TeamMode.ONE_CHAIN_ONE_TEAM);
        assertThat(team.chainIds()).containsExactly(SampleCounty.CHAIN_ID);
        assertThat(team.leader()).isNotNull();
        assertThat(team.members()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(team.tasks()).isNotEmpty();
        assertThat(team.results()).isNotEmpty();
        assertThat(team.name()).endsWith("（样例）");
    }

    @Test
    void platformsCoverSeveralTypesAndOneEnclaveInShanghai() {
        assertThat(D.platforms()).extracting(InnovationPlatform::type).doesNotHaveDuplicates()
                .contains(PlatformType.PILOT_TEST_PLATFORM, PlatformType.PROOF_OF_CONCEPT_CENTER,
                        PlatformType.ENCLAVE_RD_INSTITUTION);
        assertThat(D.platforms()).filteredOn(InnovationPlatform::isEnclave).singleElement()
                .satisfies(p -> assertThat(p.enclave().place()).isEqualTo("上海市"));
        assertThat(D.platforms()).allMatch(p -> p.name().endsWith("（样例）"));
        assertThat(D.platforms()).filteredOn(p -> p.operator() != null)
                .allSatisfy(p -> assertThat(D.enterprise(p.operator())).isPresent());
    }

    @Test
    void phoneNumbersAreObviouslyFake() {
        Pattern fake = Pattern.compile("0595-8555\\d{4}|1380000\\d{4}");
        List<String> phones = new ArrayList<>();
        D.enterprises().stream().filter(e -> e.serviceContact() != null).forEach(e -> phones.add(e.serviceContact()
                .phone()));
        TalentTeam team = D.teams().get(0);
        phones.add(team.leader().phone());
        team.members().forEach(c -> phones.add(c.phone()));
        assertThat(phones).hasSizeGreaterThan(5).allMatch(p -> fake.matcher(p).matches());
        assertThat(D.reports().get(0).advantageUnits()).filteredOn(u -> u.contact() != null)
                .allSatisfy(u -> assertThat(fake.matcher(u.contact().replaceAll(".* ", "")).matches())
                        .as(u.contact()).isTrue());
    }

    @Test
    void reportFillsEveryTemplateItemWithSeveralBlocksTablesAndFigures() {
        ReportTemplate template = ReportTemplates.fujian2024();
        ResearchReport report = D.reports().get(0);
        assertThat(D.reports()).hasSize(1);
        assertThat(report.templateEdition()).isEqualTo(ReportTemplates.FUJIAN_2024);
        assertThat(report.missingRequiredItems(template)).isEmpty();
        assertThat(report.items()).extracting(ReportItem::itemId)
                .containsExactly("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3");
        for (String id : List.of("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2")) {
            assertThat(report.item(id).orElseThrow().blocks()).as(id)
                    .filteredOn(b -> b instanceof ContentBlock.Paragraph p && p.text().length() > 30)
                    .hasSizeGreaterThanOrEqualTo(3);
        }
        List<ContentBlock> blocks = report.items().stream().flatMap(i -> i.blocks().stream()).toList();
        assertThat(blocks).filteredOn(b -> b instanceof ContentBlock.Table t && !t.isEmpty()).isNotEmpty();
        assertThat(blocks).filteredOn(b -> b instanceof ContentBlock.Figure).extracting(b -> ((ContentBlock.Figure) b)
                .kind()).contains(FigureKind.CHAIN_MAP, FigureKind.RD_INTENSITY_CHART);
        assertThat(report.advantageUnits()).hasSizeGreaterThanOrEqualTo(5)
                .anyMatch(u -> u.name().endsWith("（样例）"));
        assertThat(report.coveredCounties()).containsExactly(DivisionCode.of("350582"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The cases document

    private static final Pattern ROW = Pattern.compile(
            "^\\| (E\\d\\d) \\| ([0-9A-Z]{18}) \\| ([^|]+?) \\| ([^|]+?) \\| ([^|]+?) \\| ([^|]+?) \\|$",
            Pattern.MULTILINE);

    @Test
    void casesDocumentListsEveryEnterpriseWithItsCodeAndName() {
        Map<String, String[]> rows = documentRows();
        assertThat(rows).hasSize(D.enterprises().size());
        for (SampleEnterprise s : SampleEnterprise.values()) {
            String[] row = rows.get(s.name());
            assertThat(row).as(s.name()).isNotNull();
            assertThat(row[0]).as(s.name()).isEqualTo(s.code.value());
            assertThat(row[1]).as(s.name()).isEqualTo(s.name);
            assertThat(row[4]).as(s.name()).isNotBlank();
        }
        assertThat(SampleCounty.casesDocument()).contains("样例数据，企业均为虚构");
    }

    /**
     * The tags of the cases document, recomputed from the data with the notice's rules as docs/notice.md states them:
     * the document and the data cannot drift apart.
     */
    @Test
    void casesDocumentTagsAgreeWithTheData() {
        Map<String, String[]> rows = documentRows();
        for (SampleEnterprise s : SampleEnterprise.values()) {
            Set<String> documented = new TreeSet<>(Arrays.asList(rows.get(s.name())[3].trim().split("\\s+")));
            assertThat(documented).as(s.name()).isEqualTo(new TreeSet<>(tags(e(s))));
        }
    }

    private static Map<String, String[]> documentRows() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(SampleCounty.casesDocument());
        while (m.find()) {
            rows.put(m.group(1), new String[] {m.group(2), m.group(3).trim(), m.group(4).trim(),
                    m.group(5).replace("`", ""), m.group(6).trim()});
        }
        return rows;
    }

    private static List<String> tags(Enterprise e) {
        AnnualRdFigures f = e.year(YEAR).orElseThrow();
        List<String> t = new ArrayList<>();
        boolean inScope = e.aboveScale() && e.manufacturing();
        if (!inScope) {
            t.add("R5:OUT");
        } else {
            List<String> gaps = new ArrayList<>();
            if (!f.hasRdInvestment()) {
                gaps.add("INV");
            }
            if (!f.hasRdInstitution()) {
                gaps.add("INST");
            }
            if (!f.hasInventionPatent()) {
                gaps.add("PAT");
            }
            t.add("R5:" + (gaps.isEmpty() ? "NONE" : String.join("+", gaps)));
            if (!gaps.isEmpty()) {
                t.add(e.serviceContact() == null ? "CONTACT:NO" : "CONTACT:YES");
            }
        }
        boolean highTech = e.isHighTechDuring(YEAR);
        if (highTech && !f.incentivesUsed().contains(Incentive.HIGH_TECH_TAX_REDUCTION)) {
            t.add("R6:HT");
        }
        if (f.hasRdInvestment() && !f.incentivesUsed().contains(Incentive.RD_SUPER_DEDUCTION)) {
            t.add("R6:RD");
        }
        if (e.scienceTechSme() && !f.incentivesUsed().contains(Incentive.TECH_LOAN)) {
            t.add("R6:LOAN");
        }
        t.add("R7:" + r7(f));
        RdStatisticsReport s = f.statisticsReport();
        if (s == null) {
            t.add("R8:NO-REPORT");
        } else {
            List<String> r8 = new ArrayList<>();
            if (inScope && f.scienceDepartmentProjects() != null && f.scienceDepartmentProjects() > 0
                    && s.rdExpenditure().signum() == 0) {
                r8.add("R8:A");
            }
            if (highTech && s.projectCount() == 0) {
                r8.add("R8:B-PROJECTS");
            }
            if (highTech && s.rdExpenditure().signum() == 0) {
                r8.add("R8:B-RD");
            }
            t.addAll(r8.isEmpty() ? List.of("R8:OK") : r8);
            if (s.expenses() != null) {
                t.add("107-2");
            }
        }
        t.add("R9:" + (f.rdReserveFund() == null ? "?" : f.rdReserveFund() ? "Y" : "N"));
        if (highTech) {
            t.add("R11:HT" + (Boolean.TRUE.equals(f.auxiliaryLedger()) ? ""
                    : f.auxiliaryLedger() == null ? "-LEDGER?" : "-NOLEDGER"));
        }
        if (e.aboveScale() && e.scienceTechSme() && e.highTechCertificateOn(LocalDate.of(YEAR, 12, 31)).isEmpty()) {
            t.add("R11:CULTIVATE");
        }
        if (D.watchList().inForce(YEAR).orElseThrow().find(f.intermediary(), f.intermediaryCode()).isPresent()) {
            t.add("R12:LISTED");
        }
        if (!e.creditCode().isOrganisationCodeValid()) {
            t.add("ORG-BAD");
        }
        return t;
    }

    private static String r7(AnnualRdFigures f) {
        BigDecimal revenue = f.operatingRevenue();
        BigDecimal rd = f.rdExpense();
        boolean bySelfFunded = f.selfFundedRdExpense() != null
                && f.selfFundedRdExpense().compareTo(m("20000000")) >= 0;
        if (bySelfFunded) {
            return "P";
        }
        if (revenue == null) {
            return "NO-REVENUE";
        }
        if (revenue.signum() == 0) {
            return "ZERO-REVENUE";
        }
        // 高于 5 %: strictly greater, compared without division.
        return rd != null && rd.multiply(BigDecimal.valueOf(20)).compareTo(revenue) > 0 ? "P" : "N";
    }
}
