package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.county;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.healthy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.ReferenceDataException;
import org.countychain.dataset.CountyDataset;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Subject;
import org.countychain.rules.notice.NoticeRules;
import org.countychain.rules.notice.R07PriorityRule;
import org.countychain.rules.plugins.TestPlugins;
import org.countychain.rules.spi.PolicyRule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    private static final List<String> BUILT_IN_IDS = List.of("R1", "R2", "R4", "R5", "R6", "R7", "R8", "R9", "R11",
            "R12", "R13", "R14", "R16", "FC");

    private static ClassLoader brokenPlugins() throws Exception {
        URL dir = RuleEngineTest.class.getResource("/plugin-sets/broken/");
        return new URLClassLoader(new URL[] {dir}, RuleEngineTest.class.getClassLoader());
    }

    private static CountyDataset sample() {
        return county(enterprise(1, healthy(YEAR).rdExpense(Fixtures.yuan("9000000")).build()).build(),
                enterprise(2, healthy(YEAR).inventionPatents(0).build()).build());
    }

    @Test
    void defaultsAreTheBuiltInRulesInIdOrder() {
        RuleEngine engine = RuleEngine.defaults();
        assertThat(engine.rules()).extracting(PolicyRule::id).containsExactlyElementsOf(BUILT_IN_IDS);
        assertThat(engine.problems()).isEmpty();
        assertThat(engine.rules()).allMatch(NoticeRules::isBuiltIn);
    }

    @Test
    void discoveryFindsTheBuiltInRules() {
        RuleEngine engine = RuleEngine.builder().discover(RuleEngineTest.class.getClassLoader()).build();
        assertThat(engine.rules()).extracting(PolicyRule::id).containsExactlyElementsOf(BUILT_IN_IDS);
        assertThat(engine.problems()).isEmpty();
        // Registering by hand and discovering the same classes is no duplicate.
        assertThat(RuleEngine.builder().builtInRules().discover(RuleEngineTest.class.getClassLoader()).build()
                .problems()).isEmpty();
    }

    @Test
    @Tag("class-path") // the plug-ins are this test's classes: see the parent pom
    void brokenPluginsAreReportedNotFatal() throws Exception {
        RuleEngine engine = RuleEngine.builder().discover(brokenPlugins()).build();
        assertThat(engine.rules()).extracting(PolicyRule::id).contains("XT-COUNT", "XT-THROWS", "R7");
        assertThat(engine.rule("R7")).get().isInstanceOf(R07PriorityRule.class);
        assertThat(engine.problems()).extracting(RuleProblem::kind).containsExactlyInAnyOrder(
                RuleProblemKind.LOAD_FAILED, RuleProblemKind.LOAD_FAILED, RuleProblemKind.DUPLICATE_RULE);
        assertThat(engine.problems()).filteredOn(p -> p.kind() == RuleProblemKind.LOAD_FAILED)
                .extracting(RuleProblem::detail).anySatisfy(d -> assertThat(d).contains("DoesNotExistRule"))
                .anySatisfy(d -> assertThat(d).contains("FailingConstructorRule"));
        RuleProblem duplicate = engine.problems().stream().filter(p -> p.kind() == RuleProblemKind.DUPLICATE_RULE)
                .findFirst().orElseThrow();
        assertThat(duplicate.source()).endsWith("ImpostorR7Rule");
        assertThat(duplicate.message(Locale.SIMPLIFIED_CHINESE)).startsWith("规则 R7（");

        ScreeningResult r = engine.screen(sample());
        assertThat(r.rules()).filteredOn(s -> s.ruleId().equals("XT-THROWS")).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(RuleStatus.FAILED));
        assertThat(r.problems()).extracting(RuleProblem::kind).contains(RuleProblemKind.EVALUATION_FAILED);
        assertThat(r.problems()).filteredOn(p -> p.kind() == RuleProblemKind.EVALUATION_FAILED).singleElement()
                .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).isEqualTo("rule XT-THROWS ("
                        + TestPlugins.ThrowingRule.class.getName() + ") failed and its findings are left out: "
                        + "java.lang.IllegalStateException: boom"));
        assertThat(r.findingsWithCode("XT-COUNT-SEEN")).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).isEqualTo("晋江市: 2 enterprises"));
        assertThat(r.count("R7-PRIORITY")).isEqualTo(1);
    }

    @Test
    void aRuleBuiltAgainstAnotherVersionIsLeftOutNamingBothVersionsNotANoSuchMethodError() {
        RuleEngine engine = RuleEngine.builder().builtInRules()
                .rule(new TestPlugins.FromAnotherVersionRule())
                .rule(new TestPlugins.CannotSayItsVersionRule())
                .rule(new TestPlugins.ThisVersionRule())
                .replace(new TestPlugins.FromAnotherVersionRule())
                .build();
        assertThat(engine.rules()).extracting(PolicyRule::id).contains("XT-THIS-VERSION", "R7")
                .doesNotContain("XT-COUNT");
        assertThat(engine.problems()).extracting(RuleProblem::kind).containsOnly(RuleProblemKind.INCOMPATIBLE_PLUGIN)
                .hasSize(3);
        RuleProblem other = engine.problems().get(0);
        assertThat(other.source()).isEqualTo(TestPlugins.FromAnotherVersionRule.class.getName());
        assertThat(other.ruleId()).isNull();
        assertThat(other.message(Locale.ENGLISH)).startsWith("rule plug-in " + other.source() + " is left out: ")
                .contains("built against CountyChain " + TestPlugins.FromAnotherVersionRule.BUILT_AGAINST)
                .contains("plug-in interfaces are " + org.countychain.CountyChainVersion.SPI)
                .doesNotContain("NoSuchMethodError");
        assertThat(other.message(Locale.SIMPLIFIED_CHINESE)).startsWith("规则插件 " + other.source() + " 未启用，版本不符：")
                .contains("9.0");
        assertThat(engine.problems().get(1).source()).endsWith("CannotSayItsVersionRule");
        assertThat(engine.problems().get(1).detail()).contains("cannot say").contains("AbstractMethodError");

        ScreeningResult r = engine.screen(sample());
        assertThat(r.problems()).extracting(RuleProblem::kind).doesNotContain(RuleProblemKind.EVALUATION_FAILED);
    }

    @Test
    @Tag("class-path") // the plug-ins are this test's classes: see the parent pom
    void discoveryLeavesOutAPluginBuiltAgainstAnotherVersionAndKeepsTheOthers() throws Exception {
        URL dir = RuleEngineTest.class.getResource("/plugin-sets/other-version/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir}, RuleEngineTest.class.getClassLoader())) {
            RuleEngine engine = RuleEngine.builder().discover(loader).build();
            assertThat(engine.rules()).extracting(PolicyRule::id).contains("XT-THIS-VERSION", "R7")
                    .doesNotContain("XT-COUNT");
            assertThat(engine.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(RuleProblemKind.INCOMPATIBLE_PLUGIN);
                assertThat(p.source()).isEqualTo(TestPlugins.FromAnotherVersionRule.class.getName());
                assertThat(p.message(Locale.ENGLISH)).contains("9.0")
                        .contains(org.countychain.CountyChainVersion.SPI);
            });
            assertThat(engine.screen(sample()).problems()).extracting(RuleProblem::kind)
                    .containsExactly(RuleProblemKind.INCOMPATIBLE_PLUGIN);
        }
    }

    @Test
    void disableAndReplaceById() {
        PolicyRule stricter = new TestPlugins.ImpostorR7Rule() {
            @Override
            public List<Finding> evaluate(org.countychain.rules.spi.RuleContext context) {
                return List.of();
            }
        };
        RuleEngine engine = RuleEngine.builder().builtInRules().disable("R12").disable("R99").replace(stricter)
                .build();
        assertThat(engine.rules()).extracting(PolicyRule::id).doesNotContain("R12").contains("R7");
        assertThat(engine.rule("R7")).get().isSameAs(stricter);
        assertThat(engine.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RuleProblemKind.UNKNOWN_RULE);
            assertThat(p.ruleId()).isEqualTo("R99");
        });
        assertThat(engine.screen(sample()).count("R7-PRIORITY")).isZero();
        assertThat(RuleEngine.defaults().screen(sample()).count("R7-PRIORITY")).isEqualTo(1);
    }

    @Test
    void undeclaredFindingsAreLeftOut() {
        RuleEngine engine = RuleEngine.builder().rule(new TestPlugins.UndeclaredRule()).build();
        ScreeningResult r = engine.screen(sample());
        assertThat(r.findings()).isEmpty();
        assertThat(r.problems()).extracting(RuleProblem::kind).containsExactly(RuleProblemKind.UNDECLARED_FINDING);
    }

    @Test
    void typesOfAnotherRuleOrDuplicateCodesLeaveTheRuleOut() {
        PolicyRule foreign = new TestPlugins.CountyCountRule() {
            @Override
            public String id() {
                return "XT-COUNT2";
            }
        };
        PolicyRule sameCode = new TestPlugins.CountyCountRule() {
            @Override
            public String id() {
                return "XT";
            }

            @Override
            public List<FindingType> findingTypes() {
                return List.of(FindingType.builder("XT-COUNT-SEEN", "XT").title("a", "b").message("c", "d").build());
            }
        };
        RuleEngine engine = RuleEngine.builder().rule(new TestPlugins.CountyCountRule()).rule(foreign).rule(sameCode)
                .build();
        // Rules are checked in id order: XT claims the code first, so XT-COUNT is the later one.
        assertThat(engine.rules()).extracting(PolicyRule::id).containsExactly("XT");
        assertThat(engine.problems()).extracting(RuleProblem::kind, RuleProblem::ruleId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(RuleProblemKind.INVALID_RULE, "XT-COUNT2"),
                org.assertj.core.groups.Tuple.tuple(RuleProblemKind.DUPLICATE_CODE, "XT-COUNT"));
    }

    @Test
    void findingTypesAreCheckedWhenBuilt() {
        assertThatThrownBy(() -> FindingType.builder("R7-X", "R8").title("a", "b").message("c", "d").build())
                .isInstanceOfSatisfying(ReferenceDataException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.RULE_DEFINITION));
        assertThatThrownBy(() -> FindingType.builder("R7-X", "R7").title("a", "b").message("{0} {1}", "d").build())
                .hasMessageContaining("only 0 evidence values");
        assertThatThrownBy(() -> FindingType.builder("R7-x", "R7").title("a", "b").message("c", "d").build())
                .hasMessageContaining("upper case");
        assertThatThrownBy(() -> Finding.of(R07PriorityRule.NO_REVENUE, Subject.total(), 1))
                .hasMessageContaining("1 evidence values for 2 names");
    }

    @Test
    void everyBuiltInCodeIsStable() {
        // Codes are never reused or renamed: this list only ever grows.
        assertThat(RuleEngine.defaults().rules().stream().flatMap(r -> r.findingTypes().stream())
                .map(FindingType::code)).containsExactly("R1-NO-REPORT", "R1-CITY-COVERAGE", "R2-MISSING-CHAIN",
                "R4-UNADDRESSED-BOTTLENECK",
                "R5-SERVICE", "R5-NO-FIGURES", "R6-TAX-REDUCTION-UNUSED", "R6-SUPER-DEDUCTION-UNUSED",
                "R6-TECH-LOAN-UNUSED", "R7-PRIORITY", "R7-NO-REVENUE", "R7-ZERO-REVENUE", "R8-PROJECTS-ZERO-RD",
                "R8-HIGH-TECH-ZERO", "R8-NO-STATISTICS", "R9-COVERAGE", "R11-COVERAGE", "R11-NO-LEDGER",
                "R11-CERTIFICATE-EXPIRES", "R11-CULTIVATE", "R11-VISIT", "R12-WATCHED-INTERMEDIARY", "R13-NO-TEAM",
                "R13-TEAM-SEVERAL-CHAINS", "R14-OVERDUE", "R14-LATE", "R14-VERY-LARGE-PENDING", "R16-MISSING",
                "R16-LATE", "FC-COVERAGE");
        for (NoticeList list : NoticeList.values()) {
            assertThat(list.codes()).allSatisfy(code -> assertThat(RuleEngine.defaults().rules().stream()
                    .flatMap(r -> r.findingTypes().stream()).map(FindingType::code)).contains(code));
        }
    }

    @Test
    void titlesAndMessagesExistInBothLanguagesWithoutJvmFallback() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            for (PolicyRule r : RuleEngine.defaults().rules()) {
                assertThat(r.title(Locale.ENGLISH)).isNotBlank().doesNotContainPattern("\\p{IsHan}");
                assertThat(r.title(Locale.SIMPLIFIED_CHINESE)).containsPattern("\\p{IsHan}");
                for (FindingType t : r.findingTypes()) {
                    assertThat(t.title(Locale.ENGLISH)).doesNotContainPattern("\\p{IsHan}");
                    assertThat(t.messagePattern(Locale.ENGLISH)).isNotEqualTo(t.messagePattern(Locale.CHINA));
                }
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void mixedYearsNeedAnExplicitYear() {
        CountyDataset a = CountyDataset.builder("350582", "晋江市", 2024).build();
        CountyDataset b = CountyDataset.builder("350583", "南安市", 2023).build();
        assertThatThrownBy(() -> ScreeningInput.of(a, b)).isInstanceOfSatisfying(
                org.countychain.InvalidInputException.class,
                e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("[2023, 2024]"));
        assertThat(ScreeningInput.builder().counties(List.of(a, b)).reportingYear(2024).build().reportingYear())
                .isEqualTo(2024);
    }

    @Test
    void parallelGivesTheSameResult() {
        ScreeningResult sequential = RuleEngine.defaults().screen(sample());
        ScreeningResult parallel = RuleEngine.builder().builtInRules().parallel(true).build().screen(sample());
        assertThat(parallel.findings()).isEqualTo(sequential.findings());
    }
}
