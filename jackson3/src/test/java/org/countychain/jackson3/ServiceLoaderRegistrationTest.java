package org.countychain.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ServiceLoader;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import org.countychain.chain.BottleneckKind;
import org.countychain.chain.StageKind;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Incentive;
import org.countychain.platform.PlatformType;
import org.countychain.talent.TeamMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The module as a Spring Boot 4 application gets it: found by {@link ServiceLoader} through
 * {@code findAndAddModules()}, on a mapper configured with nothing else.
 */
class ServiceLoaderRegistrationTest {
    private static final String DOCUMENT = """
            {
              "unitId": "350582", "unitName": "晋江市", "year": 2024,
              "chains": [ { "id": "c1", "name": "纺织鞋服", "county": "350582",
                  "map": { "stages": [ { "kind": "上游", "links": [ { "id": "l1", "name": "化纤原料",
                    "bottlenecks": [ { "kind": "断点", "description": "无高端纤维产能" } ] } ] } ] } } ],
              "enterprises": [ { "creditCode": "91350582MA2Y00010W", "name": "示例化纤有限公司", "county": "350582",
                  "registeredOn": "2015-03-18",
                  "years": [ { "year": 2024, "rdExpense": 12345678901234567.01,
                    "incentivesUsed": ["科技贷", "RD_SUPER_DEDUCTION"] } ] } ],
              "teams": [ { "id": "t1", "name": "特派团", "county": "350582", "mode": "一链一团" } ],
              "platforms": [ { "id": "p1", "name": "中试平台", "type": "中试平台", "level": "县级", "county": "350582" } ]
            }
            """;

    /** The META-INF/services entry a class-path application finds; module-path-tests checks the module's provides. */
    @Test
    @Tag("class-path") // looks the service up from this module, which on the module path would need a "uses"
    void isListedForServiceLoader() {
        assertThat(ServiceLoader.load(JacksonModule.class).stream().map(p -> (Object) p.type()).toList())
                .contains(CountyChainJacksonModule.class);
    }

    @Test
    void aMapperThatFindsModulesReadsChineseLabelsAndIsoDates() {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertThat(found.registeredModules()).anyMatch(m -> m instanceof CountyChainJacksonModule);
        CountyDataset d = found.readValue(DOCUMENT, CountyDataset.class);
        assertThat(d.chains().get(0).map().stages().get(0).kind()).isEqualTo(StageKind.UPSTREAM);
        assertThat(d.chains().get(0).map().bottlenecks().get(0).kind()).isEqualTo(BottleneckKind.BREAKPOINT);
        assertThat(d.enterprises().get(0).registeredOn()).isEqualTo(LocalDate.of(2015, 3, 18));
        assertThat(d.enterprises().get(0).years().get(0).rdExpense())
                .isEqualTo(new BigDecimal("12345678901234567.01"));
        assertThat(d.enterprises().get(0).years().get(0).incentivesUsed())
                .containsExactlyInAnyOrder(Incentive.TECH_LOAN, Incentive.RD_SUPER_DEDUCTION);
        assertThat(d.teams().get(0).mode()).isEqualTo(TeamMode.ONE_CHAIN_ONE_TEAM);
        assertThat(d.platforms().get(0).type()).isEqualTo(PlatformType.PILOT_TEST_PLATFORM);
    }

    @Test
    void withoutTheModuleJackson3RefusesTheLabels() {
        JsonMapper bare = JsonMapper.builder().build();
        assertThatThrownBy(() -> bare.readValue("\"断点\"", BottleneckKind.class))
                .isInstanceOf(DatabindException.class);
    }

    @Test
    void anAbsentFlagOfTheModelReadsFalseAsOnJackson2ButTheIntegratorsOwnTypesKeepJackson3sDefault() {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        AnnualRdFigures figures = found.readValue("{\"year\":2024}", AnnualRdFigures.class);
        assertThat(figures.rdAboveRevenueExplained()).isFalse();
        assertThat(found.readValue("{\"year\":2024,\"rdAboveRevenueExplained\":null}", AnnualRdFigures.class)
                .rdAboveRevenueExplained()).isFalse();
        assertThatThrownBy(() -> found.readValue("{}", com.example.integrator.OwnType.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("boolean");
    }

    @Test
    void anUnknownLabelNamesTheAllowedOnes() {
        JsonMapper found = JsonMapper.builder().addModule(new CountyChainJacksonModule()).build();
        assertThatThrownBy(() -> found.readValue("\"中间游\"", StageKind.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("UPSTREAM/上游");
    }

    @Test
    void labelledEnumsAreWrittenAsTheirConstantsWhateverTheEnumFeatures() {
        JsonMapper toString = JsonMapper.builder().addModule(new CountyChainJacksonModule())
                .enable(EnumFeature.WRITE_ENUMS_USING_TO_STRING).enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE).build();
        assertThat(toString.writeValueAsString(BottleneckKind.BREAKPOINT)).isEqualTo("\"BREAKPOINT\"");
        assertThat(toString.writeValueAsString(LocalDate.of(2024, 6, 30))).isEqualTo("\"2024-06-30\"");
        // Other enums are the mapper's business.
        assertThat(toString.writeValueAsString(java.time.DayOfWeek.MONDAY)).isEqualTo("\"monday\"");
    }

    @Test
    void registeringTwiceIsANoOp() {
        JsonMapper twice = JsonMapper.builder().addModule(new CountyChainJacksonModule())
                .addModule(new CountyChainJacksonModule()).build();
        assertThat(twice.registeredModules()).filteredOn(m -> m instanceof CountyChainJacksonModule).hasSize(1);
    }
}
