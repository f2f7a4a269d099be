package org.countychain.consolidation;

import java.util.Locale;

import org.countychain.Labelled;

/**
 * Why a chain or report was not consolidated (未合并原因).
 *
 * @since 0.1.0
 */
public enum LeftAloneReason implements Labelled {
    /** No other county of the city has the same chain: the county's own report stands. */
    NO_REPEAT("本市无其他县（市、区）有相同产业链"),
    /** The report names a chain its data set does not hold, so it cannot be grouped. */
    UNKNOWN_CHAIN("报告所属产业链不在数据集中");

    private final String label;

    LeftAloneReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The reason in the reader's language, from the consolidation's message bundles.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise (never the JVM's default)
     * @return for example {@code 本市无其他县（市、区）有相同产业链} or
     *         {@code no other county of the city has the same chain}
     */
    @Override
    public String displayName(Locale locale) {
        return Explanations.name("leftAlone", this, locale);
    }
}
