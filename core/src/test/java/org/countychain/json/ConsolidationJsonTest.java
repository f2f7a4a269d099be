package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.countychain.consolidation.ConsolidationDecisions;
import org.countychain.consolidation.ConsolidationResult;
import org.countychain.consolidation.Consolidator;
import org.countychain.fixtures.Shishi;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;
import org.countychain.fixtures.FormatSchemas;

/**
 * The consolidation's decisions as JSON: deterministic, in both languages, valid against
 * {@code docs/schema/consolidation-groups.schema.json}.
 */
class ConsolidationJsonTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();

    private static ConsolidationDecisions quanzhou(CountyDataset... datasets) {
        return Consolidator.defaults().consolidate("350500", List.of(datasets)).decisions();
    }

    @Test
    void aGroupIsWrittenWithItsReasonsInBothLanguages() {
        ConsolidationDecisions d = quanzhou(SampleCounty.jinjiang(), Shishi.dataset());
        String text = JSON.writeToString(d);
        // The same bytes again, and whatever the order of the counties.
        assertThat(JSON.writeToString(quanzhou(SampleCounty.jinjiang(), Shishi.dataset()))).isEqualTo(text);
        assertThat(JSON.writeToString(quanzhou(Shishi.dataset(), SampleCounty.jinjiang()))).isEqualTo(text);
        assertThat(FormatSchemas.validate(FormatSchemas.of(ConsolidationDecisions.class), text)).isEmpty();
        assertThat(text).startsWith("{\n  \"cityUnitId\" : \"350500\",\n  \"cityName\" : \"泉州市\",\n  \"year\" : 2024,");
        JsonNode reason = FormatSchemas.tree(text).get("groups").get(0).get("reasons").get(0);
        assertThat(reason.get("decision").get("clause").asText()).isEqualTo(d.groups().get(0).reasons().get(0)
                .decision().clause().name());
        assertThat(reason.get("decision").get("same").asBoolean()).isTrue();
        assertThat(reason.get("explanation").get("zh").asText()).isEqualTo(d.groups().get(0).reasons().get(0).explain());
        assertThat(reason.get("explanation").get("en").asText())
                .isEqualTo(d.groups().get(0).reasons().get(0).explain(java.util.Locale.ENGLISH));
    }

    @Test
    void leftAloneChainsVetoesAndUnknownChainsAreWrittenAndValid() {
        CountyDataset shishi = Shishi.datasetWithConflictingCode();
        ResearchReport orphan = new ResearchReport("orphan-2024", "350581", "石狮市", "no-such-chain", "石材", null, 2024,
                List.of(shishi.chains().get(0).county()), List.of(ReportItem.ofParagraphs("1.1", "x")), List.of(), null,
                null);
        CountyDataset coded = shishi.toBuilder().reports(List.of(orphan)).build();
        ConsolidationDecisions d = quanzhou(SampleCounty.jinjiang(), coded);
        assertThat(d.groups()).isEmpty();
        String text = JSON.writeToString(d);
        assertThat(FormatSchemas.validate(FormatSchemas.of(ConsolidationDecisions.class), text)).isEmpty();
        assertThat(text).contains("\"groups\" : [ ]", "\"reason\" : \"UNKNOWN_CHAIN\"", "\"reason\" : \"NO_REPEAT\"",
                "\"clause\" : \"INDUSTRY_CODE_CONFLICT\"", "\"same\" : false", "industry codes conflict: ");
    }

    @Test
    void everyCityOfTheSyntheticProvinceIsValid() {
        ProvinceDataset province = SyntheticProvince.generate(7L, 3_000);
        Divisions fujian = Divisions.fujian();
        Map<String, List<CountyDataset>> byCity = province.counties().stream().collect(Collectors.groupingBy(
                d -> fujian.cityLevelUnitOf(DivisionCode.of(d.unitId())).orElseThrow().id()));
        int groups = 0;
        for (ReportingUnit city : fujian.cityLevelUnits()) {
            ConsolidationResult r = Consolidator.defaults().consolidate(city.id(), 2024,
                    byCity.getOrDefault(city.id(), List.of()));
            groups += r.groups().size();
            String text = JSON.writeToString(r.decisions());
            assertThat(FormatSchemas.validate(FormatSchemas.of(ConsolidationDecisions.class), text))
                    .as(r.cityUnitId()).isEmpty();
        }
        assertThat(groups).isPositive();
    }
}
