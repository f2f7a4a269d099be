package org.countychain.consolidation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.countychain.internal.Checks;

/**
 * A county's chain (with its reports) that the consolidation left alone, and why (未合并的产业链). Its county's
 * own data set still holds it; nothing of it is in the city data set.
 *
 * @param chain  the chain (for {@link LeftAloneReason#UNKNOWN_CHAIN}, the chain id and name the report gives)
 * @param reason why it stayed alone
 * @param vetoes the near misses: chains of other counties that an override kept apart, or that conflicting
 *               industry codes kept apart although the names match, so a reader sees why they were not merged
 * <p>JSON (written, in the consolidation's decisions): <code>{"chain", "reason", "vetoes",
 * "explanation": {"zh", "en"}}</code>.
 *
 * @since 0.1.0
 */
@JsonPropertyOrder({"chain", "reason", "vetoes", "explanation"})
public record LeftAlone(ChainMember chain, LeftAloneReason reason, List<GroupReason> vetoes) {
    /**
     * Checks the invariants.
     */
    public LeftAlone {
        Checks.required(chain, "chain");
        Checks.required(reason, "reason");
        vetoes = Checks.list(vetoes, "vetoes");
    }

    /**
     * A one-line explanation in Chinese, for example {@code 德化县 陶瓷：本市无其他县（市、区）有相同产业链}; the same
     * as {@code explain(Locale.SIMPLIFIED_CHINESE)}. Each veto explains itself.
     *
     * @return the explanation
     */
    public String explain() {
        return explain(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A one-line explanation for a reader, for example
     * {@code 德化县 陶瓷: no other county of the city has the same chain}.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise (never the JVM's default)
     * @return the explanation
     */
    public String explain(Locale locale) {
        return Explanations.format("leftAlone", locale, chain.unitName(), chain.chainName(),
                reason.displayName(locale));
    }

    /**
     * The explanation in both languages.
     *
     * @return {@code zh} and {@code en}, in that order
     */
    @JsonProperty("explanation")
    public Map<String, String> explanations() {
        return Explanations.both(this::explain);
    }
}
