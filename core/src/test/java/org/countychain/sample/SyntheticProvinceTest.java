package org.countychain.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.talent.TalentTeam;
import org.junit.jupiter.api.Test;

class SyntheticProvinceTest {
    private static final int YEAR = 2024;
    private static final ProvinceDataset PROVINCE = SyntheticProvince.generate(42L, SyntheticProvince.Scale.PROVINCE);

    private static List<Enterprise> enterprises(ProvinceDataset p) {
        return p.counties().stream().flatMap(c -> c.enterprises().stream()).toList();
    }

    private static double share(List<Enterprise> list, Predicate<Enterprise> p) {
        return list.stream().filter(p).count() / (double) list.size();
    }

    @Test
    void sameSeedGivesEqualDataSets() {
        ProvinceDataset again = SyntheticProvince.generate(42L, SyntheticProvince.Scale.PROVINCE);
        assertThat(again).isNotSameAs(PROVINCE).isEqualTo(PROVINCE);
    }

    @Test
    void differentSeedsGiveDifferentFiguresOnTheSameChains() {
        ProvinceDataset a = SyntheticProvince.generate(1L, 3_000);
        ProvinceDataset b = SyntheticProvince.generate(2L, 3_000);
        assertThat(a).isNotEqualTo(b);
        assertThat(enterprises(a).get(0).creditCode()).isNotEqualTo(enterprises(b).get(0).creditCode());
        // The same chains and maps; their scale adds up each seed's enterprises.
        assertThat(a.counties()).extracting(c -> c.chains().stream().map(x -> List.of(x.id(), x.name(), x.map()))
                .toList()).isEqualTo(b.counties().stream().map(c -> c.chains().stream()
                        .map(x -> List.of(x.id(), x.name(), x.map())).toList()).toList());
        assertThat(a.counties().get(0).chains().get(0).scale()).isNotEqualTo(b.counties().get(0).chains().get(0)
                .scale());
    }

    /**
     * Pins one seed's output, so a change that makes generation depend on hash order or the JVM shows up. A
     * deliberate change to the generator updates the expected text.
     */
    @Test
    void outputForAFixedSeedIsStableAcrossRuns() {
        ProvinceDataset p = SyntheticProvince.generate(20240828L, 500);
        List<Enterprise> list = enterprises(p);
        assertThat(list).hasSize(500);
        String fingerprint = list.get(0).creditCode() + " " + list.get(list.size() - 1).creditCode() + " "
                + list.stream().mapToLong(e -> e.latestYear().orElseThrow().operatingRevenue().longValue()).sum();
        assertThat(fingerprint).isEqualTo("9135010233295103X5 91350900177008825Q 33831679000");
    }

    @Test
    void provinceHasThe83CountiesInDivisionOrderWithTwoOrMoreChainsEach() {
        List<ReportingUnit> units = Divisions.fujian().countyLevelUnits();
        assertThat(PROVINCE.year()).isEqualTo(YEAR);
        assertThat(PROVINCE.counties()).hasSize(83).extracting(CountyDataset::unitId)
                .containsExactlyElementsOf(units.stream().map(ReportingUnit::id).toList());
        assertThat(PROVINCE.counties()).allSatisfy(c -> {
            assertThat(c.chains()).as(c.unitId()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(c.chains()).allMatch(ch -> ch.county().value().equals(c.unitId()) && ch.map() != null);
            assertThat(Divisions.fujian().isCounted(DivisionCode.of(c.unitId()))).isTrue();
        });
        assertThat(PROVINCE.chainCount()).isGreaterThanOrEqualTo(164);
        CountyDataset jinjiang = PROVINCE.counties().stream().filter(c -> c.unitId().equals("350582")).findFirst()
                .orElseThrow();
        assertThat(jinjiang.chains()).extracting(IndustryChain::name).contains("纺织鞋服", "集成电路");
    }

    @Test
    void chainNamesRepeatInsideEveryCityWithSeveralCounties() {
        Map<String, List<String>> namesByCity = new HashMap<>();
        for (CountyDataset c : PROVINCE.counties()) {
            String city = Divisions.fujian().cityLevelUnitOf(DivisionCode.of(c.unitId())).orElseThrow().id();
            c.chains().forEach(ch -> namesByCity.computeIfAbsent(city, k -> new java.util.ArrayList<>())
                    .add(ch.name()));
        }
        for (ReportingUnit city : Divisions.fujian().cityLevelUnits()) {
            if (city.covers().size() > 1) {
                List<String> names = namesByCity.get(city.id());
                assertThat(new HashSet<>(names)).as(city.name()).hasSizeLessThan(names.size());
            }
        }
    }

    @Test
    void provinceHas20167EnterprisesWithUniqueValidCreditCodes() {
        List<Enterprise> list = enterprises(PROVINCE);
        assertThat(PROVINCE.enterpriseCount()).isEqualTo(20_167);
        assertThat(list).extracting(Enterprise::creditCode).doesNotHaveDuplicates()
                .allMatch(CreditCode::isCheckCharacterValid)
                .allMatch(CreditCode::isOrganisationCodeValid)
                .allMatch(c -> c.registrationCategory().orElseThrow().isEnterprise());
        // Some division parts are not the county itself: prefecture, retired (沙县 350427, …) or another province.
        assertThat(list).filteredOn(e -> !e.creditCode().divisionPart().orElseThrow().equals(e.county()))
                .isNotEmpty()
                .anyMatch(e -> Divisions.fujian().successorOf(e.creditCode().divisionPart().orElseThrow())
                        .isPresent())
                .anyMatch(e -> !e.creditCode().value().startsWith("9135"));
        assertThat(list).allMatch(e -> e.name().endsWith("（合成）"));
    }

    @Test
    void everyReferenceResolvesInsideItsCounty() {
        for (CountyDataset c : PROVINCE.counties()) {
            Set<String> chainIds = new HashSet<>();
            c.chains().forEach(ch -> chainIds.add(ch.id()));
            assertThat(c.enterprises()).as(c.unitId()).allMatch(e -> e.county().value().equals(c.unitId())
                    && !e.chainIds().isEmpty() && chainIds.containsAll(e.chainIds()));
            assertThat(c.teams()).allMatch(t -> chainIds.containsAll(t.chainIds())
                    && t.county().value().equals(c.unitId()));
            assertThat(c.platforms()).allMatch(p -> chainIds.containsAll(p.chainIds()));
            assertThat(c.demands()).allMatch(d -> chainIds.contains(d.chainId())
                    && c.chain(d.chainId()).orElseThrow().map().link(d.linkId()).isPresent());
            assertThat(c.demands()).filteredOn(d -> d.proposerCode() != null)
                    .allMatch(d -> c.enterprise(d.proposerCode()).isPresent());
            assertThat(c.achievements()).allMatch(a -> c.chain(a.chainId()).orElseThrow().map().link(a.linkId())
                    .isPresent());
            assertThat(c.reports()).hasSameSizeAs(c.chains())
                    .allMatch(r -> chainIds.contains(r.chainId()) && r.unitId().equals(c.unitId()));
        }
    }

    @Test
    void everyChainHasAFilledReportAndMostHaveATeam() {
        List<ResearchReport> reports = PROVINCE.counties().stream().flatMap(c -> c.reports().stream()).toList();
        assertThat(reports).hasSize(PROVINCE.chainCount())
                .allMatch(r -> r.missingRequiredItems(ReportTemplates.fujian2024()).isEmpty());
        List<TalentTeam> teams = PROVINCE.counties().stream().flatMap(c -> c.teams().stream()).toList();
        assertThat(teams.size()).isLessThan(PROVINCE.chainCount()).isGreaterThan(PROVINCE.chainCount() * 3 / 4);
        assertThat(teams).allMatch(t -> t.leader() != null && t.members().size() >= 4);
        assertThat(PROVINCE.counties()).allMatch(c -> c.platforms().size() >= 2);
        assertThat(PROVINCE.counties().stream().flatMap(c -> c.platforms().stream()))
                .anyMatch(p -> p.isEnclave());
        assertThat(PROVINCE.counties().stream().flatMap(c -> c.chains().stream())
                .flatMap(ch -> ch.map().bottlenecks().stream()).map(Bottleneck::kind))
                .contains(BottleneckKind.values());
        assertThat(PROVINCE.investmentNeeds()).isNotEmpty();
    }

    @Test
    void distributionsArePlausible() {
        List<Enterprise> list = enterprises(PROVINCE);
        assertThat(share(list, e -> e.latestYear().orElseThrow().hasRdInvestment())).isBetween(0.25, 0.45);
        assertThat(share(list, e -> e.latestYear().orElseThrow().hasRdInstitution())).isBetween(0.05, 0.15);
        assertThat(share(list, e -> e.isHighTechDuring(YEAR))).isBetween(0.20, 0.30);
        assertThat(share(list, Enterprise::aboveScale)).isGreaterThan(0.9);
        assertThat(share(list, e -> e.years().size() == 3)).isBetween(0.9, 0.99);
        assertThat(list).anyMatch(e -> e.years().size() == 1);
        // 全覆盖两提升: the shares move between the years.
        assertThat(share(list, e -> e.year(YEAR - 1).map(AnnualRdFigures::hasRdInvestment).orElse(false)))
                .isNotEqualTo(share(list, e -> e.year(YEAR).map(AnnualRdFigures::hasRdInvestment).orElse(false)));
    }

    @Test
    void statisticsAnomaliesWatchListedIntermediariesAndContactsArePlanted() {
        List<Enterprise> list = enterprises(PROVINCE);
        assertThat(list).anyMatch(e -> {
            AnnualRdFigures f = e.latestYear().orElseThrow();
            return f.scienceDepartmentProjects() > 0 && f.statisticsReport() != null
                    && f.statisticsReport().rdExpenditure().signum() == 0;
        });
        assertThat(list).anyMatch(e -> {
            RdStatisticsReport r = e.latestYear().orElseThrow().statisticsReport();
            return e.isHighTechDuring(YEAR) && r != null && r.projectCount() == 0;
        });
        assertThat(list).anyMatch(e -> {
            RdStatisticsReport r = e.latestYear().orElseThrow().statisticsReport();
            return e.isHighTechDuring(YEAR) && r != null && r.rdExpenditure().signum() == 0;
        });
        assertThat(list).anyMatch(e -> PROVINCE.watchList().inForce(PROVINCE.year()).orElseThrow()
                .find(e.latestYear().orElseThrow().intermediary(), e.latestYear().orElseThrow().intermediaryCode())
                .isPresent());
        assertThat(list).anyMatch(e -> e.serviceContact() != null);
    }

    @Test
    void aSmallRunTakesTheSamePathAsTheLargeScales() {
        ProvinceDataset small = SyntheticProvince.generate(5L, 5_000);
        assertThat(small.enterpriseCount()).isEqualTo(5_000);
        assertThat(small.counties()).hasSize(83);
        assertThat(small.chainCount()).isEqualTo(PROVINCE.chainCount());
        assertThat(SyntheticProvince.Scale.PROVINCE.enterpriseCount()).isEqualTo(20_167);
        assertThat(SyntheticProvince.Scale.NATIONAL.enterpriseCount()).isEqualTo(500_000);
        ProvinceDataset empty = SyntheticProvince.generate(5L, 0);
        assertThat(empty.enterpriseCount()).isZero();
        assertThat(empty.chainCount()).isEqualTo(PROVINCE.chainCount());
    }

    @Test
    void rejectsCountsOutOfRangeAndAMissingScale() {
        assertThatThrownBy(() -> SyntheticProvince.generate(1L, -1)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThatThrownBy(() -> SyntheticProvince.generate(1L, SyntheticProvince.MAX_ENTERPRISES + 1))
                .isInstanceOf(InvalidInputException.class);
        // A caller's null is a programming error, not data: the JDK's exception naming the parameter.
        assertThatThrownBy(() -> SyntheticProvince.generate(1L, (SyntheticProvince.Scale) null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("scale");
    }

    @Test
    void aGeneratedDataSetSurvivesAJsonRoundTrip() {
        ProvinceDataset p = SyntheticProvince.generate(3L, 400);
        CountyChainJson json = CountyChainJson.defaults();
        assertThat(json.read(json.writeToString(p), ProvinceDataset.class)).isEqualTo(p);
    }
}
