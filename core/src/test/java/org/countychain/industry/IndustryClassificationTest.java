package org.countychain.industry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.countychain.chain.Achievement;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.countychain.sample.SyntheticTwoLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndustryClassificationTest {
    private static final IndustryClassification GBT4754 = IndustryClassification.builtIn();

    @Test
    void hasEveryLevelComplete() {
        assertThat(GBT4754.level(IndustryLevel.SECTION)).hasSize(20);
        assertThat(GBT4754.level(IndustryLevel.DIVISION)).hasSize(97);
        assertThat(GBT4754.level(IndustryLevel.GROUP)).hasSize(473);
        // 1,380 at publication; both independent transcriptions hold the same 1,381 (see docs/validation.md).
        assertThat(GBT4754.level(IndustryLevel.CLASS)).hasSize(1381);
        for (IndustryClass c : GBT4754.all()) {
            assertThat(c.name()).as(c.code()).isNotBlank().doesNotContain("(", ")").isEqualTo(c.name().strip());
            if (c.level() != IndustryLevel.SECTION) {
                String parent = c.code().substring(0, c.code().length() - (c.level() == IndustryLevel.DIVISION ? 2 : 1));
                assertThat(GBT4754.find(parent)).as("parent of " + c.code()).isPresent();
            }
            if (c.level() != IndustryLevel.CLASS) {
                assertThat(GBT4754.all()).as("children of " + c.code())
                        .anyMatch(k -> k.code().length() > c.code().length() && k.code().startsWith(c.code()));
            }
        }
    }

    @Test
    void sectionsCoverTheirDivisions() {
        Map<String, List<Integer>> divisions = new TreeMap<>();
        for (IndustryClass c : GBT4754.level(IndustryLevel.DIVISION)) {
            divisions.computeIfAbsent(c.code().substring(0, 1), k -> new ArrayList<>())
                    .add(Integer.parseInt(c.code().substring(1)));
        }
        assertThat(divisions.get("C")).hasSize(31).allMatch(d -> d >= 13 && d <= 43);
        assertThat(divisions.get("A")).containsExactly(1, 2, 3, 4, 5);
        assertThat(divisions.get("T")).containsExactly(97);
        assertThat(divisions.values().stream().mapToInt(List::size).sum()).isEqualTo(97);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "C1951, 纺织面料鞋制造",
            "C2831, 生物基化学纤维制造",
            "C2821, 锦纶纤维制造",
            "I6431, 互联网生产服务平台",
            "I6432, 互联网生活服务平台",
            "M7491, 工业设计服务",
            "C3741, 飞机制造",
            "C374, 航空、航天器及设备制造",
            "C339, 铸造及其他金属制品制造",
            "R87, 广播、电视、电影和录音制作业",
            "C, 制造业",
            "T9700, 国际组织"
    })
    void namesAreTheStandards(String code, String name) {
        assertThat(GBT4754.find(code)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(name));
    }

    @Test
    void readsTheWrittenForms() {
        assertThat(GBT4754.normalise(" c1951 ")).isEqualTo("C1951");
        assertThat(GBT4754.normalise("1951")).as("digits alone, as statistical forms write them").isEqualTo("C1951");
        assertThat(GBT4754.normalise("6431")).isEqualTo("I6431");
        assertThat(GBT4754.normalise("ＣＡ")).isEqualTo("CA");
        assertThat(GBT4754.isKnown("C4499")).isFalse();
        assertThat(GBT4754.isKnown("ZZ")).isFalse();
        assertThat(GBT4754.isKnown("C6431")).as("a class under the wrong section").isFalse();
        assertThat(GBT4754.isManufacturing("C1951")).isTrue();
        assertThat(GBT4754.isManufacturing("C43")).isTrue();
        assertThat(GBT4754.isManufacturing("M7491")).isFalse();
        assertThat(GBT4754.isManufacturing("D4411")).isFalse();
        assertThat(GBT4754.isManufacturing("C1810")).as("a 2011 class, judged by its division").isTrue();
    }

    @Test
    void knowsTheClassesOnly2011Had() {
        assertThat(GBT4754.isKnown("C1810")).isFalse();
        assertThat(GBT4754.edition2011Only("C1810")).hasValue("机织服装制造");
        assertThat(GBT4754.edition2011Only("I6510")).hasValue("软件开发");
        assertThat(GBT4754.edition2011Only("C1951")).isEmpty();
        assertThat(GBT4754.edition2011Only("C4499")).isEmpty();
    }

    /** Every industry code of the built-in sample and of the synthetic data exists in the shipped classification. */
    @Test
    void everyCodeOfTheSampleAndTheSyntheticDataExists() {
        List<String> codes = new ArrayList<>();
        List<CountyDataset> datasets = new ArrayList<>();
        datasets.add(SampleCounty.jinjiang());
        datasets.addAll(SyntheticProvince.generate(42, 2_000).counties());
        for (CountyDataset d : datasets) {
            d.chains().stream().map(IndustryChain::industryCode).forEach(codes::add);
            d.enterprises().stream().map(Enterprise::industryCode).forEach(codes::add);
            d.demands().stream().map(TechnologyDemand::industryCode).forEach(codes::add);
            d.achievements().stream().map(Achievement::industryCode).forEach(codes::add);
        }
        SyntheticTwoLists lists = SyntheticTwoLists.generate(7, 200, 200);
        lists.demands().stream().map(TechnologyDemand::industryCode).forEach(codes::add);
        lists.achievements().stream().map(Achievement::industryCode).forEach(codes::add);
        List<String> present = codes.stream().filter(c -> c != null).toList();
        assertThat(present).hasSizeGreaterThan(1000);
        assertThat(present.stream().filter(c -> !GBT4754.isKnown(c)).collect(Collectors.toSet())).isEmpty();
        // The two codes the sample had wrong are now the right ones.
        assertThat(SampleCounty.jinjiang().achievements()).extracting(Achievement::industryCode)
                .contains("C2831", "I6431").doesNotContain("C2821", "I6432");
    }
}
