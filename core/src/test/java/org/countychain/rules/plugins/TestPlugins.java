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

    /**
     * A plug-in as if compiled against CountyChain 9.0: every other method fails the way a plug-in built against
     * another version's interfaces fails at run time, with a linkage error.
     */
    public static final class FromAnotherVersionRule extends CountyCountRule {
        /** The version it says it was built against. */
        public static final String BUILT_AGAINST = "9.0";

        @Override
        public String builtAgainst() {
            return BUILT_AGAINST;
        }

        @Override
        public String id() {
            throw new NoSuchMethodError("'java.lang.String org.countychain.rules.spi.PolicyRule.code()'");
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            throw new NoSuchMethodError("'org.countychain.rules.spi.RuleContext.county()'");
        }
    }

    /** A plug-in whose builtAgainst() itself fails. */
    public static final class CannotSayItsVersionRule extends CountyCountRule {
        @Override
        public String builtAgainst() {
            throw new AbstractMethodError("builtAgainst");
        }
    }

    /** A plug-in built against this very version: it runs. */
    public static final class ThisVersionRule extends CountyCountRule {
        @Override
        public String id() {
            return "XT-THIS-VERSION";
        }

        @Override
        public String builtAgainst() {
            return org.countychain.CountyChainVersion.SPI;
        }

        @Override
        public List<FindingType> findingTypes() {
            return List.of();
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            return List.of();
        }
    }
}
