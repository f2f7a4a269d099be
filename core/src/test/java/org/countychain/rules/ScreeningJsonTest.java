package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.county;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.healthy;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import org.countychain.json.CountyChainJson;
import org.junit.jupiter.api.Test;

class ScreeningJsonTest {
    @Test
    void resultSerialisesDeterministically() throws Exception {
        var data = county(enterprise(1, healthy(YEAR).rdExpense(Fixtures.yuan("5000000.01")).inventionPatents(0)
                .build()).build());
        ScreeningInput input = ScreeningInput.builder().county(data).asOf(LocalDate.of(2024, 11, 1)).build();
        String json = CountyChainJson.defaults().writeToString(RuleEngine.defaults().screen(input));
        assertThat(CountyChainJson.defaults().writeToString(RuleEngine.defaults().screen(input))).isEqualTo(json);
        JsonNode root = CountyChainJson.newMapper().readTree(json);
        assertThat(root.fieldNames()).toIterable().containsExactly("reportingYear", "asOf", "settings", "rules",
                "problems", "findings");
        assertThat(root.get("asOf").asText()).isEqualTo("2024-11-01");
        assertThat(root.get("settings").get("prioritySelfFundedRdMinimum").toString()).isEqualTo("20000000");
        JsonNode priority = null;
        for (JsonNode f : root.get("findings")) {
            if (f.get("code").asText().equals("R7-PRIORITY")) {
                priority = f;
            }
        }
        assertThat(priority).isNotNull();
        assertThat(priority.fieldNames()).toIterable().containsExactly("ruleId", "code", "severity", "subject",
                "message", "evidence");
        assertThat(priority.get("subject").get("kind").asText()).isEqualTo("ENTERPRISE");
        assertThat(priority.get("evidence").get("rdExpense").asText()).isEqualTo("5000000.01");
        assertThat(priority.get("evidence").get("rdExpense").isTextual()).isTrue();
        assertThat(priority.get("message").get("zh").asText()).startsWith("企业1：");
        assertThat(priority.get("message").get("en").asText()).startsWith("企业1: ");
        assertThat(root.get("rules").get(0).get("countsByCode").fieldNames()).toIterable()
                .containsExactly("R1-NO-REPORT", "R1-CITY-COVERAGE");
    }
}
