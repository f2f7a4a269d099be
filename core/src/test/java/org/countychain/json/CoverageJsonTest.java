package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.coverage.CityCoverage;
import org.countychain.coverage.CoverageAnalyzer;
import org.countychain.coverage.CoverageStatus;
import org.countychain.fixtures.PlantedGaps;
import org.countychain.coverage.ProvinceCoverage;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.countychain.fixtures.FormatSchemas;

/** Coverage as JSON: deterministic, read back equal, valid against {@code docs/schema/coverage.schema.json}. */
class CoverageJsonTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();
    private static ProvinceCoverage province;

    @BeforeAll
    static void compute() {
        province = CoverageAnalyzer.builder().pilotRegistry(PilotRegistry.example()).build()
                .province(ScreeningInput.of(PlantedGaps.province()));
    }

    @Test
    void provinceRoundTripsAndMatchesTheSchema() {
        String text = JSON.writeToString(province);
        assertThat(JSON.writeToString(province)).isEqualTo(text);
        assertThat(JSON.read(text, ProvinceCoverage.class)).isEqualTo(province);
        assertThat(FormatSchemas.validate(FormatSchemas.of(ProvinceCoverage.class), text)).isEmpty();
        assertThat(text).startsWith("{\n  \"year\" : 2024,\n  \"registrySource\" : ")
                .contains("\"status\" : \"CONSOLIDATED_ONLY\"", "\"unitName\" : \"平潭综合实验区\"");
    }

    @Test
    void cityRoundTripsAndMatchesTheSchema() {
        CityCoverage city = CoverageAnalyzer.defaults().city("350500", ScreeningInput.of(SampleCounty.jinjiang()));
        String text = JSON.writeToString(city);
        assertThat(JSON.read(text, CityCoverage.class)).isEqualTo(city);
        assertThat(FormatSchemas.validate(FormatSchemas.of(CityCoverage.class), text)).isEmpty();
        assertThat(text).contains("\"counts\" : {\n    \"units\" : 11,\n    \"ownReport\" : 1,");
    }

    @Test
    void labelsAndAbsentCountsAreRead() {
        String text = """
                {"unitId": "PINGTAN", "unitName": "平潭综合实验区", "year": 2024,
                 "units": [{"unitId": "350128", "unitName": "平潭县", "cityLevelUnitId": "PINGTAN", "status": "无报告"}]}
                """;
        assertThat(FormatSchemas.validate(FormatSchemas.of(CityCoverage.class), text)).isEmpty();
        CityCoverage c = JSON.read(text, CityCoverage.class);
        assertThat(c.units().get(0).status()).isEqualTo(CoverageStatus.NO_REPORT);
        assertThat(c.counts().noReport()).isEqualTo(1);
    }

    @Test
    void countsThatDisagreeWithTheListsAreRejectedByReaderNotSchema() {
        String text = JSON.writeToString(province).replaceFirst("\"noReport\" : 0", "\"noReport\" : 5");
        assertThatThrownBy(() -> JSON.read(text, ProvinceCoverage.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isIn(ErrorCode.OUT_OF_RANGE, ErrorCode.MALFORMED);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("counts");
                });
    }

    @Test
    void statusThatDisagreesWithTheReportsIsRejected() {
        String text = """
                {"unitId": "PINGTAN", "unitName": "平潭综合实验区", "year": 2024,
                 "units": [{"unitId": "350128", "unitName": "平潭县", "cityLevelUnitId": "PINGTAN",
                            "status": "OWN_REPORT"}]}
                """;
        assertThatThrownBy(() -> JSON.read(text, CityCoverage.class)).isInstanceOf(InvalidInputException.class);
    }
}
