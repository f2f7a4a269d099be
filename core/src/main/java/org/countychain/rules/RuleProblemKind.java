package org.countychain.rules;

import org.countychain.Labelled;

/**
 * What went wrong with a rule (规则问题类型). None of these stops the engine: the rule concerned is left out and
 * the others run.
 *
 * @since 0.1.0
 */
public enum RuleProblemKind implements Labelled {
    /** A plug-in could not be loaded (a {@link java.util.ServiceConfigurationError}: missing class, no public
     * constructor, its constructor threw). */
    LOAD_FAILED("插件加载失败"),
    /**
     * A plug-in rule was built against a CountyChain version whose plug-in interfaces this library cannot run
     * ({@link org.countychain.rules.spi.PolicyRule#builtAgainst()}); it is left out before any other method of it is
     * called, and the problem names both versions.
     */
    INCOMPATIBLE_PLUGIN("插件版本不符"),
    /** A rule's definition is broken (bad id, finding types of another rule, a method threw). */
    INVALID_RULE("规则定义有误"),
    /** Two different rules have the same id; the first one is kept. */
    DUPLICATE_RULE("规则编号重复"),
    /** Two rules declare the same finding code; the later rule is left out. */
    DUPLICATE_CODE("问题代码重复"),
    /** A rule id given to disable or replace is not registered. */
    UNKNOWN_RULE("规则编号不存在"),
    /** A rule threw while screening; its findings are left out. */
    EVALUATION_FAILED("规则执行失败"),
    /** A rule reported findings of a type it did not declare; those findings are left out. */
    UNDECLARED_FINDING("未声明的问题类型");

    private final String label;

    RuleProblemKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
