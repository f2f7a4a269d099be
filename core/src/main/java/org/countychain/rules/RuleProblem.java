package org.countychain.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

import org.countychain.rules.internal.RuleBundle;
import org.jspecify.annotations.Nullable;

/**
 * A problem with a rule or plug-in (规则问题), reported in the engine and in every result instead of being thrown.
 *
 * @param kind   what went wrong
 * @param ruleId the rule's id, or {@code null} when it is not known (a plug-in that failed to load)
 * @param source the rule's class, or the provider configuration that failed; {@code ""} when not known (the
 *               constructor takes {@code null} as that)
 * @param detail what exactly, for example the exception's message; {@code ""} when there is nothing more ({@code null}
 *               given to the constructor)
 * @since 0.1.0
 */
public record RuleProblem(RuleProblemKind kind, @Nullable String ruleId, String source, String detail) {
    /**
     * Checks the invariants.
     */
    public RuleProblem(RuleProblemKind kind, @Nullable String ruleId, @Nullable String source,
                       @Nullable String detail) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ruleId = ruleId;
        this.source = source == null ? "" : source;
        this.detail = detail == null ? "" : detail;
    }

    /**
     * The message for a reader.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the message
     */
    public String message(Locale locale) {
        boolean zh = RuleBundle.isChinese(locale);
        return new MessageFormat(RuleBundle.text("problem." + kind.name(), zh), zh ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH).format(new Object[] {ruleId == null ? "?" : ruleId, source, detail});
    }
}
