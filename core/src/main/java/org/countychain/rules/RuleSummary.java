package org.countychain.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.countychain.internal.Checks;
import org.countychain.rules.internal.RuleBundle;
import org.jspecify.annotations.Nullable;

/**
 * What one rule did in a screening (规则执行摘要): how many findings of each code.
 *
 * @param ruleId        the rule's id
 * @param noticeSection the notice's section it implements
 * @param titleZh       its title in Chinese
 * @param titleEn       its title in English
 * @param status        whether it ran
 * @param findings      the number of its findings
 * @param countsByCode  the number of findings per code, every declared code in declaration order (zero included)
 * @since 0.1.0
 */
public record RuleSummary(String ruleId, @Nullable String noticeSection, @Nullable String titleZh,
                          @Nullable String titleEn, RuleStatus status, int findings,
                          Map<String, Integer> countsByCode) {
    /**
     * Checks the invariants and keeps the code order.
     */
    public RuleSummary {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(status, "status");
        Checks.nonNegative(findings, "findings");
        countsByCode = Collections.unmodifiableMap(new LinkedHashMap<>(countsByCode));
    }

    /**
     * The title for a reader.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the title
     */
    public @Nullable String title(Locale locale) {
        return RuleBundle.isChinese(locale) ? titleZh : titleEn;
    }
}
