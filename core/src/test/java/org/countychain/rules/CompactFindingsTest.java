package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.notice.NoticeRules;
import org.countychain.rules.spi.PolicyRule;
import org.countychain.rules.spi.RuleContext;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The built-in rules keep findings as rows and run in one blocked pass; the result must be exactly what finding
 * objects made at once and sorted, rule by rule, give. A rule that wraps a built-in one ({@link Eager}) gets its
 * findings, never the engine's placeholder.
 */
class CompactFindingsTest {
    /** A built-in rule behind a plain list: the engine gets ordinary, eagerly made findings and sorts them. */
    private static final class Eager implements PolicyRule {
        private final PolicyRule rule;

        Eager(PolicyRule rule) {
            this.rule = rule;
        }

        @Override
        public String id() {
            return rule.id();
        }

        @Override
        public String noticeSection() {
            return rule.noticeSection();
        }

        @Override
        public String title(Locale locale) {
            return rule.title(locale);
        }

        @Override
        public List<FindingType> findingTypes() {
            return rule.findingTypes();
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            return new ArrayList<>(rule.evaluate(context));
        }
    }

    private static RuleEngine eagerEngine() {
        RuleEngine.Builder b = RuleEngine.builder();
        NoticeRules.all().forEach(r -> b.rule(new Eager(r)));
        return b.build();
    }

    private static void assertSameAsEager(ScreeningInput input) {
        ScreeningResult eager = eagerEngine().screen(input);
        ScreeningResult compact = RuleEngine.defaults().screen(input);
        ScreeningResult parallel = RuleEngine.builder().builtInRules().parallel(true).build().screen(input);
        assertThat(eager.findings()).isNotEmpty();
        assertThat(compact.findings()).isEqualTo(eager.findings());
        assertThat(parallel.findings()).isEqualTo(eager.findings());
        for (int i = 0; i < eager.findings().size(); i++) {
            Finding e = eager.findings().get(i);
            Finding c = compact.findings().get(i);
            assertThat(c.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(e.message(Locale.SIMPLIFIED_CHINESE));
            assertThat(c.message(Locale.ENGLISH)).isEqualTo(e.message(Locale.ENGLISH));
            assertThat(c.evidence()).isEqualTo(e.evidence());
        }
        assertThat(compact.rules()).isEqualTo(eager.rules());
        assertThat(compact.serviceList()).isEqualTo(eager.serviceList());
        assertThat(compact.cultivationList()).isEqualTo(eager.cultivationList());
        assertThat(CountyChainJson.defaults().writeToString(compact))
                .isEqualTo(CountyChainJson.defaults().writeToString(eager));
    }

    @Property(tries = 8)
    void rowsAndTheBlockedPassGiveTheEagerResult(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1500) int n) {
        ProvinceDataset province = SyntheticProvince.generate(seed, n);
        assertSameAsEager(ScreeningInput.of(province));
    }

    @Test
    void enterprisesOutOfSubjectOrderAreSortedAsBefore() {
        // The same enterprises in a second data set of another unit: the canonical order is the first data set,
        // then the second, which is not subject order (and every enterprise is there twice).
        CountyDataset jinjiang = SampleCounty.jinjiang();
        CountyDataset copy = CountyDataset.builder("350583", "南安市", jinjiang.year())
                .enterprises(jinjiang.enterprises()).build();
        ScreeningInput input = ScreeningInput.builder().counties(List.of(jinjiang, copy)).build();
        assertSameAsEager(input);
        List<Finding> service = RuleEngine.defaults().screen(input).findingsWithCode("R5-SERVICE");
        assertThat(service).isSortedAccordingTo(RuleExecutor.FINDING_ORDER);
        assertThat(service.get(0).subject()).isEqualTo(service.get(1).subject());
    }

    @Test
    void theSampleCountyGivesTheEagerResult() {
        assertSameAsEager(ScreeningInput.of(SampleCounty.jinjiang()));
    }

    @Test
    void aPassThatThrowsIsReportedAndTheOthersRun() {
        ProvinceDataset province = SyntheticProvince.generate(5L, 2000);
        ScreeningResult plain = RuleEngine.defaults().screen(province);
        for (boolean parallel : new boolean[] {false, true}) {
            ScreeningResult withFailure = RuleEngine.builder().builtInRules().rule(new FailingPassRule(2))
                    .parallel(parallel).build().screen(province);
            assertThat(withFailure.findings()).isEqualTo(plain.findings());
            assertThat(withFailure.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(RuleProblemKind.EVALUATION_FAILED);
                assertThat(p.ruleId()).isEqualTo("XT-PASS");
                assertThat(p.detail()).contains("block 2");
            });
            assertThat(withFailure.rules()).filteredOn(s -> s.ruleId().equals("XT-PASS"))
                    .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(RuleStatus.FAILED));
        }
    }
}
