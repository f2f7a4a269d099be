package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code countychain match}, run in-process on the sample county written as JSON. */
class MatchCommandTest {
    @TempDir
    Path tmp;

    private Path county;

    @BeforeEach
    void writeSample() {
        county = tmp.resolve("jinjiang-2024.json");
        CountyChainJson.defaults().write(SampleCounty.jinjiang(), county);
    }

    @Test
    void eachDemandWithItsMatchesInChinese() {
        CliRunner.Result r = CliRunner.run("match", county.toString(), "--top", "2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        // A demand's planned investment in 万元 after its title, where the demand has one; an achievement's
        // maturity and origin after its title.
        assertThat(r.out()).startsWith("技术需求 350582-d01 超临界物理发泡中底尺寸稳定性控制技术（计划投入 300.00 万元）：匹配 2 条\n"
                        + "  1. 350582-a01 超临界氮气发泡TPU中底连续化成型技术（TRL 7，省内）（得分 ")
                .contains("     共同词：中底、尺寸稳定性、", "；加权：同一产业链环节、同一设区市\n",
                        "技术需求 350582-d12 EVA发泡边角料物理回收再利用：匹配 2 条\n  1. 350582-a16 EVA发泡边角料再生利用技术");
        assertThat(r.out().lines().filter(l -> l.startsWith("技术需求 "))).hasSize(12);
        // A demand and an achievement aimed at the same bottleneck say so under the match.
        String top5 = CliRunner.run("match", county.toString()).out();
        assertThat(top5).contains("350582-a02 尼龙弹性体合成与发泡专用料（TRL 6，省外）（得分 ")
                .contains("\n     共同攻关对象：sm-peba-import\n");
        assertThat(top5.lines().filter(l -> l.contains("共同攻关对象"))).allSatisfy(l -> assertThat(l)
                .matches(" {5}共同攻关对象：(sm-peba-import|manufacturing-b1|recycling-t1-b1)"));
        assertThat(CliRunner.run("match", county.toString(), "--top", "2").out()).isEqualTo(r.out());
    }

    @Test
    void reverseInEnglish() {
        CliRunner.Result r = CliRunner.run("--lang", "en", "match", county.toString(), "--reverse",
                "--top", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Achievement 350582-a05 超临界二氧化碳无水染色成套装备与工艺 (TRL 5, out of province): 1 matches\n"
                + "  1. 350582-d04 涤纶面料超临界二氧化碳无水染色工艺放大 (planned investment 200.00 ten thousand yuan) (score ")
                .contains("; boosts: same chain link, same industry class");
        assertThat(r.out().lines().filter(l -> l.startsWith("Achievement "))).hasSize(17);
    }

    @Test
    void jsonOutput() throws Exception {
        CliRunner.Result r = CliRunner.run("match", county.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root).hasSize(12);
        JsonNode first = root.get(0);
        assertThat(first.get("demand").asText()).isEqualTo("350582-d01");
        assertThat(first.get("matches")).hasSizeBetween(1, 5);
        JsonNode best = first.get("matches").get(0);
        assertThat(best.get("id").asText()).isEqualTo("350582-a01");
        assertThat(best.get("boosts").get(0).get("boost").asText()).isEqualTo("SAME_CHAIN_LINK");
        assertThat(best.get("boosts").get(0).get("label").asText()).isEqualTo("同一产业链环节");
        assertThat(best.get("sharedTerms").toString()).contains("中底");
        // The planned investment in yuan, on a demand that has one only.
        assertThat(first.get("plannedInvestment").decimalValue()).isEqualByComparingTo("3000000");
        assertThat(best.has("plannedInvestment")).isFalse();
        assertThat(root.get(2).get("demand").asText()).isEqualTo("350582-d03");
        assertThat(root.get(2).has("plannedInvestment")).isFalse();
        // An achievement's maturity and origin; the bottlenecks both sides are aimed at.
        assertThat(best.get("maturity").asInt()).isEqualTo(7);
        assertThat(best.get("origin").asText()).isEqualTo("IN_PROVINCE");
        assertThat(best.get("sharedTargets")).isEmpty();
        JsonNode peba = null;
        for (JsonNode demand : root) {
            for (JsonNode match : demand.get("matches")) {
                if (demand.get("demand").asText().equals("350582-d02") && match.get("id").asText().equals("350582-a02")) {
                    peba = match;
                }
            }
        }
        assertThat(peba).isNotNull();
        assertThat(peba.get("sharedTargets").toString()).isEqualTo("[\"sm-peba-import\"]");
        assertThat(peba.get("origin").asText()).isEqualTo("OUT_OF_PROVINCE");
    }

    @Test
    void aTopOfZeroIsAUsageErrorWithItsCode() {
        CliRunner.Result r = CliRunner.run("match", county.toString(), "--top", "0");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("CC-6201");
        assertThat(r.out()).isEmpty();
    }
}
