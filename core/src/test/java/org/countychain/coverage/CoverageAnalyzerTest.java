package org.countychain.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.report.ResearchReport;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.ScreeningResult;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.rules.notice.R01ReportCoverageRule;
import org.countychain.rules.notice.R02PilotChainRule;
import org.countychain.rules.notice.R13TalentTeamRule;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.countychain.fixtures.PlantedGaps;

/** Coverage per city and for the province, on the sample county and the synthetic province with planted gaps. */
class CoverageAnalyzerTest {
    private static final CoverageAnalyzer ANALYZER =
            CoverageAnalyzer.builder().pilotRegistry(PilotRegistry.example()).build();
    private static ProvinceDataset province;
    private static ProvinceCoverage coverage;

    @BeforeAll
    static void plant() {
        province = PlantedGaps.province();
        coverage = ANALYZER.province(ScreeningInput.of(province));
    }

    @Test
    void jinjiangAloneCoversOnlyJinjiangInQuanzhou() {
        CityCoverage c = ANALYZER.city("350500", ScreeningInput.of(SampleCounty.jinjiang()));
        assertThat(c.unitName()).isEqualTo("泉州市");
        assertThat(c.year()).isEqualTo(2024);
        assertThat(c.units()).hasSize(11);
        assertThat(c.units(CoverageStatus.OWN_REPORT)).singleElement().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo("350582");
            assertThat(u.ownReportIds()).containsExactly("350582-textile-footwear-2024");
            assertThat(u.consolidatedReportIds()).isEmpty();
            assertThat(u.pilotCounty()).isTrue();
        });
        assertThat(c.units(CoverageStatus.NO_REPORT)).hasSize(10).extracting(UnitCoverage::unitId)
                .contains("350583", "350526").doesNotContain("350582");
        // 晋江's 纺织鞋服 report is there; 南安 is a pilot county with no data at all, so its chain is missing
        assertThat(c.missingPilotChains()).extracting(MissingPilotChain::unitId, MissingPilotChain::requiredChain)
                .containsExactly(tuple("350583", "石材建材"));
        assertThat(c.chainsWithoutTeam()).isEmpty();
        assertThat(c.counts()).isEqualTo(new CoverageCounts(11, 1, 0, 10, 1, 0));
        assertThat(c.counts().complete()).isFalse();
    }

    @Test
    void provinceHasTenCityLevelUnitsAndEightyThreeCounties() {
        assertThat(coverage.cities()).hasSize(10);
        assertThat(coverage.cities().get(9).unitId()).isEqualTo(Divisions.PINGTAN_ID);
        assertThat(coverage.counts().units()).isEqualTo(83);
        assertThat(coverage.cities().stream().flatMap(c -> c.units().stream()).map(UnitCoverage::unitId).distinct())
                .hasSize(83).doesNotContain("350527");
        assertThat(coverage.registrySource()).isEqualTo(PilotRegistry.example().source());
        assertThat(coverage.counts()).isEqualTo(new CoverageCounts(83, 81, 1, 1,
                coverage.counts().missingPilotChains(), coverage.counts().chainsWithoutTeam()));
    }

    @Test
    void eachPlantedGapIsFound() {
        CityCoverage q = coverage.city(PlantedGaps.CITY).orElseThrow();
        assertThat(q.unit(PlantedGaps.NO_REPORT).orElseThrow().status()).isEqualTo(CoverageStatus.NO_REPORT);
        UnitCoverage luojiang = q.unit(PlantedGaps.CONSOLIDATED_ONLY).orElseThrow();
        assertThat(luojiang.status()).isEqualTo(CoverageStatus.CONSOLIDATED_ONLY);
        assertThat(luojiang.ownReportIds()).isEmpty();
        assertThat(luojiang.consolidatedReportIds()).containsExactly(PlantedGaps.CONSOLIDATED_REPORT);
        // an own report and a consolidated one: own wins, both listed
        UnitCoverage licheng = q.unit("350502").orElseThrow();
        assertThat(licheng.status()).isEqualTo(CoverageStatus.OWN_REPORT);
        assertThat(licheng.consolidatedReportIds()).containsExactly(PlantedGaps.CONSOLIDATED_REPORT);
        // 晋江's pilot chain 纺织鞋服 is covered by the consolidated 鞋服纺织 (an alias in the registry); 南安's is not
        assertThat(q.missingPilotChains()).extracting(MissingPilotChain::unitId, MissingPilotChain::requiredChain)
                .containsExactly(tuple(PlantedGaps.PILOT_MISSING_CHAIN, "石材建材"));
        assertThat(q.chainsWithoutTeam()).extracting(ChainWithoutTeam::unitId, ChainWithoutTeam::chainId)
                .containsExactly(tuple("350500", "350500-textile-footwear"), tuple("350524", "350524-tea"),
                        tuple("350581", PlantedGaps.CHAIN_WITHOUT_TEAM));
        assertThat(q.chainsWithoutTeam().get(0).unitTeams()).isZero();
        assertThat(q.counts()).isEqualTo(new CoverageCounts(11, 9, 1, 1, 1, 3));
    }

    @Test
    void pingtanIsItsOwnCityLevelUnitWithOneCounty() {
        CityCoverage pingtan = coverage.city(Divisions.PINGTAN_ID).orElseThrow();
        assertThat(pingtan.unitName()).isEqualTo("平潭综合实验区");
        assertThat(pingtan.units()).singleElement().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo("350128");
            assertThat(u.cityLevelUnitId()).isEqualTo(Divisions.PINGTAN_ID);
            // written by the zone for its one county: not consolidated, so 平潭县's own
            assertThat(u.status()).isEqualTo(CoverageStatus.OWN_REPORT);
            assertThat(u.ownReportIds()).containsExactly(PlantedGaps.PINGTAN_REPORT);
        });
        assertThat(coverage.city("350100").orElseThrow().unit("350128")).isEmpty();
    }

    @Test
    void coverageAgreesWithTheRulesFindings() {
        ScreeningResult r = RuleEngine.builder().rule(new R01ReportCoverageRule()).rule(new R02PilotChainRule())
                .rule(new R13TalentTeamRule()).pilotRegistry(PilotRegistry.example()).build().screen(province);
        List<String> noReport = coverage.cities().stream().flatMap(c -> c.units(CoverageStatus.NO_REPORT).stream())
                .map(UnitCoverage::unitId).sorted().toList();
        assertThat(r.findingsWithCode("R1-NO-REPORT")).extracting(f -> f.subject().id())
                .containsExactlyElementsOf(noReport);
        assertThat(r.findingsWithCode("R2-MISSING-CHAIN")).extracting(f -> f.subject().id(), f -> f.values().get(0))
                .containsExactlyInAnyOrderElementsOf(coverage.cities().stream()
                        .flatMap(c -> c.missingPilotChains().stream())
                        .map(m -> tuple(m.unitId(), m.requiredChain())).toList());
        assertThat(r.findingsWithCode("R13-NO-TEAM")).extracting(f -> f.subject().id())
                .containsExactlyInAnyOrderElementsOf(coverage.cities().stream()
                        .flatMap(c -> c.chainsWithoutTeam().stream()).map(ChainWithoutTeam::chainId).toList());
        assertThat(coverage.counts().missingPilotChains()).isEqualTo(r.count("R2-MISSING-CHAIN"));
        assertThat(coverage.counts().chainsWithoutTeam()).isEqualTo(r.count("R13-NO-TEAM"));
        assertThat(noReport).containsExactly(PlantedGaps.NO_REPORT);
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<CountyDataset> shuffled = new ArrayList<>(province.counties());
        Collections.shuffle(shuffled, new Random(7));
        ProvinceCoverage again = ANALYZER.province(ScreeningInput.of(new ProvinceDataset(province.year(), shuffled,
                province.watchList(), province.investmentNeeds())));
        assertThat(again).isEqualTo(coverage);
    }

    @Test
    void reportsSentInACitySubmissionCountToo() {
        CountyDataset dehua = province.counties().stream().filter(c -> c.unitId().equals("350526")).findFirst()
                .orElseThrow();
        assertThat(ANALYZER.city("350500", ScreeningInput.of(dehua)).unit("350526").orElseThrow().status())
                .isEqualTo(CoverageStatus.NO_REPORT);
        CountyDataset anxi = province.counties().stream().filter(c -> c.unitId().equals("350524")).findFirst()
                .orElseThrow();
        ResearchReport a = anxi.reports().get(0);
        ResearchReport forDehua = new ResearchReport("dehua-sent", "350526", "德化县", a.chainId(), a.chainName(),
                a.templateEdition(), a.year(), List.of(DivisionCode.of("350526")), a.items(), a.advantageUnits(),
                null, null);
        CitySubmission sent = new CitySubmission("350500", "泉州市", 2024, List.of(forDehua), List.of(), null);
        CityCoverage c = ANALYZER.city("350500", ScreeningInput.builder().county(dehua).submission(sent).build());
        assertThat(c.unit("350526").orElseThrow().status()).isEqualTo(CoverageStatus.OWN_REPORT);
    }

    @Test
    void onlyReportsOfTheYearCount() {
        CityCoverage c = ANALYZER.city("350500", ScreeningInput.builder().county(SampleCounty.jinjiang())
                .reportingYear(2025).build());
        assertThat(c.year()).isEqualTo(2025);
        assertThat(c.counts().noReport()).isEqualTo(11);
    }

    @Test
    void unknownCityIsRefused() {
        for (String id : new String[] {"350582", "350000", "999999", "pingtan"}) {
            assertThatThrownBy(() -> ANALYZER.city(id, ScreeningInput.of(SampleCounty.jinjiang())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(ErrorCode.CONSOLIDATION_UNKNOWN_CITY);
                        assertThat(e.getMessage(java.util.Locale.SIMPLIFIED_CHINESE)).contains("CC-6001", id);
                    });
        }
    }

    @Test
    void inconsistentRecordsAreRefused() {
        assertThatThrownBy(() -> new UnitCoverage("350582", "晋江市", "350500", CoverageStatus.NO_REPORT,
                List.of("r1"), List.of(), false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new CoverageCounts(2, 1, 0, 0, 0, 0)).isInstanceOf(InvalidInputException.class);
        CityCoverage q = coverage.city("350500").orElseThrow();
        assertThatThrownBy(() -> new CityCoverage(q.unitId(), q.unitName(), q.year(), q.units(),
                q.missingPilotChains(), List.of(), q.counts())).isInstanceOf(InvalidInputException.class);
        assertThat(new CityCoverage(q.unitId(), q.unitName(), q.year(), q.units(), q.missingPilotChains(),
                q.chainsWithoutTeam(), null)).isEqualTo(q);
    }

    @Test
    void findingFromRuleNamesTheSameCountyAsCoverage() {
        Finding f = RuleEngine.builder().rule(new R01ReportCoverageRule()).build()
                .screen(ScreeningInput.of(province)).findingsWithCode("R1-NO-REPORT").get(0);
        assertThat(f.subject().id()).isEqualTo(PlantedGaps.NO_REPORT);
        assertThat(f.subject().unitId()).isEqualTo(PlantedGaps.CITY);
    }
}
