package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.countychain.chain.BottleneckKind;
import org.countychain.chain.StageKind;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.Incentive;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.platform.PlatformType;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.talent.TeamMode;
import org.junit.jupiter.api.Test;

/**
 * {@link CountyChainModule} on an integrator's own mapper, configured with nothing but the module (as a Spring
 * Boot application gets it from a {@code @Bean Module}).
 */
class CountyChainModuleTest {
    private static final String DOCUMENT = """
            {
              "unitId": "350582",
              "unitName": "晋江市",
              "year": 2024,
              "chains": [
                { "id": "c1", "name": "纺织鞋服", "county": "350582",
                  "map": { "stages": [ { "kind": "上游", "links": [ { "id": "l1", "name": "化纤原料",
                    "bottlenecks": [ { "kind": "断点", "description": "无高端纤维产能" } ] } ] } ] } }
              ],
              "enterprises": [
                { "creditCode": "91350582MA2Y00010W", "name": "示例化纤有限公司", "county": "350582",
                  "registeredOn": "2015-03-18",
                  "highTechCertificates": [
                    { "number": "GR202235000123", "issuedOn": "2022-12-12", "validUntil": "2025-12-11" } ],
                  "years": [ { "year": 2024, "rdExpense": 12345678901234567.01,
                    "rdInstitutions": [ { "name": "技术中心", "level": "省级" } ],
                    "incentivesUsed": ["科技贷", "研发费用加计扣除"] } ] }
              ],
              "teams": [ { "id": "t1", "name": "特派团", "county": "350582", "mode": "一链一团" } ],
              "platforms": [ { "id": "p1", "name": "中试平台", "type": "中试平台", "level": "县级", "county": "350582" } ],
              "reports": [
                { "id": "r1", "unitId": "350582", "unitName": "晋江市", "chainId": "c1", "chainName": "纺织鞋服",
                  "year": 2024, "preparedOn": "2024-10-15",
                  "items": [ { "itemId": "1.1", "blocks": [
                    { "type": "figure", "kind": "产业创新链图谱", "caption": "图1" } ] } ] }
              ]
            }
            """;

    private final ObjectMapper integrator = JsonMapper.builder().addModule(new CountyChainModule()).build();

    @Test
    void readsChineseLabelsAndIsoDates() throws Exception {
        CountyDataset d = integrator.readValue(DOCUMENT, CountyDataset.class);
        assertThat(d.chains().get(0).map().stages().get(0).kind()).isEqualTo(StageKind.UPSTREAM);
        assertThat(d.chains().get(0).map().bottlenecks().get(0).kind()).isEqualTo(BottleneckKind.BREAKPOINT);
        Enterprise e = d.enterprises().get(0);
        assertThat(e.registeredOn()).isEqualTo(LocalDate.of(2015, 3, 18));
        assertThat(e.highTechCertificates().get(0).validUntil()).isEqualTo(LocalDate.of(2025, 12, 11));
        AnnualRdFigures y = e.years().get(0);
        assertThat(y.rdExpense()).isEqualTo(new BigDecimal("12345678901234567.01"));
        assertThat(y.rdInstitutions().get(0).level()).isEqualTo(InstitutionLevel.PROVINCIAL);
        assertThat(y.incentivesUsed()).containsExactly(Incentive.RD_SUPER_DEDUCTION, Incentive.TECH_LOAN);
        assertThat(d.teams().get(0).mode()).isEqualTo(TeamMode.ONE_CHAIN_ONE_TEAM);
        assertThat(d.platforms().get(0).type()).isEqualTo(PlatformType.PILOT_TEST_PLATFORM);
        assertThat(d.reports().get(0).preparedOn()).isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(((ContentBlock.Figure) d.reports().get(0).items().get(0).blocks().get(0)).kind())
                .isEqualTo(FigureKind.CHAIN_MAP);
        // The library's own reader gives the same value.
        assertThat(CountyChainJson.defaults().read(DOCUMENT, CountyDataset.class)).isEqualTo(d);
    }

    @Test
    void writesConstantsAndIsoDatesThatTheLibraryReadsBack() throws Exception {
        CountyDataset d = integrator.readValue(DOCUMENT, CountyDataset.class);
        String written = integrator.writeValueAsString(d);
        assertThat(written).contains("\"kind\":\"UPSTREAM\"", "\"kind\":\"BREAKPOINT\"", "\"mode\":\"ONE_CHAIN_ONE_TEAM\"",
                "\"registeredOn\":\"2015-03-18\"", "\"preparedOn\":\"2024-10-15\"", "\"type\":\"figure\"",
                "\"incentivesUsed\":[\"RD_SUPER_DEDUCTION\",\"TECH_LOAN\"]")
                .doesNotContain("断点", "\"empty\"", "\"enclave\":true", "\"consolidated\"");
        // A plain mapper writes nulls; the library's reader takes them as absent.
        assertThat(CountyChainJson.defaults().read(written, CountyDataset.class)).isEqualTo(d);
    }

    @Test
    void unknownLabelFailsWithJacksonsExceptionNamingTheAllowedValues() {
        assertThatThrownBy(() -> integrator.readValue(DOCUMENT.replace("\"一链一团\"", "\"一团多链\""),
                CountyDataset.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("一团多链").hasMessageContaining("ONE_CHAIN_ONE_TEAM/一链一团");
    }

    @Test
    void registeringTwiceIsANoOp() {
        ObjectMapper twice = JsonMapper.builder().addModule(new CountyChainModule())
                .addModule(new CountyChainModule()).build();
        assertThat(twice.getRegisteredModuleIds()).containsExactly(CountyChainModule.ID);
        assertThat(List.copyOf(integrator.getRegisteredModuleIds())).containsExactly(CountyChainModule.ID);
    }
}
