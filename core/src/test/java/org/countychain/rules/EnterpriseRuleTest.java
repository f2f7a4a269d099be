package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.notice.R05ResearchGapRule;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.FindingRows;
import org.countychain.rules.spi.PolicyRule;
import org.countychain.rules.spi.RuleContext;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;

/**
 * Plug-in rules through the {@link EnterpriseRule} SPI: they run in the engine's single blocked pass with the
 * built-in rules, their rows reach the result as the built-in rules' do, and a failure drops only them.
 */
class EnterpriseRuleTest {
    private static final ProvinceDataset PROVINCE = SyntheticProvince.generate(11L, 3000);

    /** Records every block it is given, in a log shared with other instances. */
    private static final class Recording implements EnterpriseRule {
        private final String id;
        private final List<String> log;

        Recording(String id, List<String> log) {
            this.id = id;
            this.log = log;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String noticeSection() {
            return "二";
        }

        @Override
        public String title(Locale locale) {
            return id;
        }

        @Override
        public List<FindingType> findingTypes() {
            return List.of();
        }

        @Override
        public EnterpriseScreening start(RuleContext context) {
            return new EnterpriseScreening() {
                @Override
                public void screen(int county, int from, int to) {
                    log.add(id + " " + county + " " + from + " " + to);
                }

                @Override
                public List<Finding> finish() {
                    return List.of();
                }
            };
        }
    }

    /** R5's service list written as a plug-in would write it: the public SPI only, its own id and code. */
    static final class PluginServiceRule implements EnterpriseRule {
        static final FindingType SERVICE = FindingType.builder("XP-SERVICE-LIST", "XP-SERVICE")
                .severity(Severity.ACTION).title("一对一服务（插件）", "one-on-one service (plug-in)")
                .message("{0}：{1} 项缺口", "{0}: {1} gaps").evidence("name", "gapCount").build();

        @Override
        public String id() {
            return "XP-SERVICE";
        }

        @Override
        public String noticeSection() {
            return "二.1";
        }

        @Override
        public String title(Locale locale) {
            return "XP";
        }

        @Override
        public List<FindingType> findingTypes() {
            return List.of(SERVICE);
        }

        @Override
        public EnterpriseScreening start(RuleContext context) {
            List<Enterprise> enterprises = context.enterprises();
            List<AnnualRdFigures> figures = context.reportingYearFigures();
            FindingRows rows = FindingRows.of(findingTypes(), context,
                    (type, i, payload) -> new Object[] {enterprises.get(i).name(), gaps(figures.get(i))});
            return new EnterpriseScreening() {
                @Override
                public void screen(int county, int from, int to) {
                    for (int i = from; i < to; i++) {
                        Enterprise e = enterprises.get(i);
                        AnnualRdFigures f = figures.get(i);
                        if (e.aboveScale() && e.manufacturing() && f != null && gaps(f) > 0) {
                            rows.add(0, i);
                        }
                    }
                }

                @Override
                public List<Finding> finish() {
                    return rows.build();
                }
            };
        }

        static int gaps(AnnualRdFigures f) {
            return (f.hasRdInvestment() ? 0 : 1) + (f.hasRdInstitution() ? 0 : 1) + (f.hasInventionPatent() ? 0 : 1);
        }
    }

    /** A rule behind a plain list: the engine gets eagerly made findings from its default evaluate and sorts them. */
    private record Eager(PolicyRule rule) implements PolicyRule {
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

    @Test
    void pluginEnterpriseRulesShareTheBuiltInRulesBlockedPass() {
        // large enough for counties of more than one block
        ProvinceDataset province = SyntheticProvince.generate(11L, 30_000);
        List<String> log = new ArrayList<>();
        RuleEngine.builder().builtInRules().rule(new Recording("XA", log)).rule(new Recording("XB", log)).build()
                .screen(province);
        assertThat(log).hasSizeGreaterThan(2 * province.counties().size());
        int covered = 0;
        for (int i = 0; i < log.size(); i += 2) {
            String[] a = log.get(i).split(" ");
            String[] b = log.get(i + 1).split(" ");
            // one block, then the next: every enterprise rule sees each block before any rule sees the next one
            assertThat(a[0]).isEqualTo("XA");
            assertThat(b[0]).isEqualTo("XB");
            assertThat(a[1] + a[2] + a[3]).isEqualTo(b[1] + b[2] + b[3]);
            int size = Integer.parseInt(a[3]) - Integer.parseInt(a[2]);
            assertThat(size).isBetween(0, RuleExecutor.BLOCK);
            assertThat(Integer.parseInt(a[2])).isEqualTo(covered);
            covered += size;
        }
        assertThat(covered).isEqualTo(province.counties().stream().mapToInt(c -> c.enterprises().size()).sum());
    }

    @Test
    void inParallelAnEnterpriseRuleScreensEachCountyAsOneBlock() {
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        RuleEngine.builder().rule(new Recording("XA", log)).parallel(true).build().screen(PROVINCE);
        assertThat(log).hasSize(PROVINCE.counties().size());
    }

    @Test
    void aPluginRuleFindsWhatTheBuiltInRuleFindsAndItsRowsGiveTheEagerResult() {
        ScreeningInput input = ScreeningInput.of(PROVINCE);
        ScreeningResult builtIn = RuleEngine.builder().rule(new R05ResearchGapRule()).build().screen(input);
        ScreeningResult plugin = RuleEngine.builder().builtInRules().rule(new PluginServiceRule()).build()
                .screen(input);
        ScreeningResult parallel = RuleEngine.builder().builtInRules().rule(new PluginServiceRule()).parallel(true)
                .build().screen(input);
        ScreeningResult eager = RuleEngine.builder().builtInRules().rule(new Eager(new PluginServiceRule())).build()
                .screen(input);
        List<Finding> mine = plugin.findingsWithCode("XP-SERVICE-LIST");
        List<Finding> r5 = builtIn.findingsWithCode("R5-SERVICE");
        assertThat(mine).isNotEmpty().hasSameSizeAs(r5);
        for (int i = 0; i < mine.size(); i++) {
            assertThat(mine.get(i).subject()).isEqualTo(r5.get(i).subject());
            assertThat(mine.get(i).values().get(1)).isEqualTo(r5.get(i).values().get(1));
        }
        assertThat(parallel.findings()).isEqualTo(plugin.findings());
        assertThat(eager.findings()).isEqualTo(plugin.findings());
        assertThat(CountyChainJson.defaults().writeToString(plugin))
                .isEqualTo(CountyChainJson.defaults().writeToString(eager));
        assertThat(plugin.problems()).isEmpty();
    }

    @Test
    void aRuleWhoseStartFailsIsReportedAndTheOthersRun() {
        ScreeningResult plain = RuleEngine.defaults().screen(PROVINCE);
        for (boolean nullScreening : new boolean[] {false, true}) {
            ScreeningResult result = RuleEngine.builder().builtInRules().rule(new EnterpriseRuleFailingToStart(
                    nullScreening)).build().screen(PROVINCE);
            assertThat(result.findings()).isEqualTo(plain.findings());
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(RuleProblemKind.EVALUATION_FAILED);
                assertThat(p.ruleId()).isEqualTo("XSTART");
                assertThat(p.detail()).contains(nullScreening ? "start returned null" : "cannot start");
            });
        }
    }

    private record EnterpriseRuleFailingToStart(boolean returnNull) implements EnterpriseRule {
        @Override
        public String id() {
            return "XSTART";
        }

        @Override
        public String noticeSection() {
            return "二";
        }

        @Override
        public String title(Locale locale) {
            return "XSTART";
        }

        @Override
        public List<FindingType> findingTypes() {
            return List.of();
        }

        @Override
        public EnterpriseScreening start(RuleContext context) {
            if (returnNull) {
                return null;
            }
            throw new IllegalStateException("cannot start");
        }
    }
}
