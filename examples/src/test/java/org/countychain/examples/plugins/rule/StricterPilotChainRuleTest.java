package org.countychain.examples.plugins.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningResult;
import org.countychain.rules.model.Finding;
import org.countychain.rules.spi.PolicyRule;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

class StricterPilotChainRuleTest {
    @Test
    void serviceLoaderFindsThePlugin() {
        assertThat(ServiceLoader.load(PolicyRule.class, getClass().getClassLoader()).stream()
                .map(ServiceLoader.Provider::type)).contains(StricterPilotChainRule.class);
    }

    @Test
    void discoveredNextToTheBuiltInRulesAndShowsItsFindings() {
        RuleEngine engine = RuleEngine.builder().discover(getClass().getClassLoader()).build();
        assertThat(engine.problems()).isEmpty();
        assertThat(engine.rules()).extracting(PolicyRule::id).startsWith("R1", "R2").endsWith("FC", "QZ-PILOT");

        ScreeningResult r = engine.screen(SampleCounty.jinjiang());
        List<Finding> below = r.findingsWithCode("QZ-PILOT-BELOW-CITY-BAR");
        // 晋江 is in 泉州; its 纺织鞋服 enterprises above 5% but not above 6%: 5.50%, 5.00000001%, 5.50%, 6.00%, 6.00%.
        assertThat(below).extracting(f -> f.evidence().get("rdRatioPercent"))
                .containsExactlyInAnyOrder("5.50", "5.00", "5.50", "6.00", "6.00");
        assertThat(below).allSatisfy(f -> assertThat(r.findingsWithCode("R7-PRIORITY"))
                .anyMatch(p -> p.subject().equals(f.subject())));
        Finding first = below.get(0);
        assertThat(first.message(Locale.SIMPLIFIED_CHINESE)).contains("纺织鞋服产业链企业", "未高于本市要求的 6%");
        assertThat(first.message(Locale.ENGLISH)).contains("above the province's 5% but not above the city's 6%");
        assertThat(r.rules()).filteredOn(s -> s.ruleId().equals("QZ-PILOT")).singleElement()
                .satisfies(s -> assertThat(s.title(Locale.ENGLISH)).contains("example plug-in"));
    }

    @Test
    void otherCitiesAndThresholdsByHand() {
        RuleEngine fuzhou = RuleEngine.builder()
                .rule(new StricterPilotChainRule("350100", "纺织鞋服", new BigDecimal("6"))).build();
        assertThat(fuzhou.screen(SampleCounty.jinjiang()).findings()).isEmpty();
        RuleEngine lower = RuleEngine.builder()
                .rule(new StricterPilotChainRule("350500", "鞋服纺织", new BigDecimal("5.5"))).build();
        assertThat(lower.screen(SampleCounty.jinjiang()).findings()).extracting(f -> f.evidence().get("rdRatioPercent"))
                .containsExactlyInAnyOrder("5.00", "5.50", "5.50");
    }
}
