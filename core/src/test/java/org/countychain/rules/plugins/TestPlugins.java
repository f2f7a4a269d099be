package org.countychain.rules.plugins;

import java.util.List;
import java.util.Locale;

import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Subject;
import org.countychain.rules.spi.PolicyRule;
import org.countychain.rules.spi.RuleContext;

/** Plug-ins for the engine's tests: good ones and broken ones. */
public final class TestPlugins {
    private TestPlugins() {
    }

    /** A working plug-in: one finding per county data set. */
    public static class CountyCountRule implements PolicyRule {
        static final FindingType SEEN = FindingType.builder("XT-COUNT-SEEN", "XT-COUNT").severity(Severity.INFO)
                .title("已检查", "screened").message("{0}：企业 {1} 家", "{0}: {1} enterprises")
                .evidence("enterprises").build();

        @Override
        public String id() {
            return "XT-COUNT";
        }

        @Override
        public String noticeSection() {
            return "—";
        }

        @Override
        public String title(Locale locale) {
            return "test";
        }

        @Override
        public List<FindingType> findingTypes() {
            return List.of(SEEN);
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            return context.counties().stream().map(c -> Finding.of(SEEN, Subject.unit(c.unitId(), c.unitName(), null),
                    c.enterprises().size())).toList();
        }
    }

    /** Throws while screening. */
    public static class ThrowingRule implements PolicyRule {
        @Override
        public String id() {
            return "XT-THROWS";
        }

        @Override
        public String noticeSection() {
            return "—";
        }

        @Override
        public String title(Locale locale) {
            return "throws";
        }

        @Override
        public List<FindingType> findingTypes() {
            return List.of();
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            throw new IllegalStateException("boom");
        }
    }

    /** Cannot even be constructed: ServiceLoader reports a ServiceConfigurationError. */
    public static final class FailingConstructorRule extends ThrowingRule {
        /** Fails. */
        public FailingConstructorRule() {
            throw new IllegalStateException("cannot start");
        }
    }

    /** Claims R7, the id of a built-in rule. */
    public static class ImpostorR7Rule extends ThrowingRule {
        @Override
        public String id() {
            return "R7";
        }
    }

    /** Reports a finding of a type it does not declare. */
    public static final class UndeclaredRule extends ThrowingRule {
        @Override
        public String id() {
            return "XT-UNDECLARED";
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            return List.of(Finding.of(CountyCountRule.SEEN, Subject.total(), 1));
        }
    }
}
