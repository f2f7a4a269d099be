package org.countychain;

import java.util.Locale;

/**
 * A {@link Labelled} constant whose English name is worded, not derived from the constant's name (双语常量): it holds
 * one {@link BilingualText}, and its label and display name are read from it, so each such enum states its two names
 * once and none repeats the code that picks the reader's language.
 *
 * @since 0.1.0
 */
public interface BilingualLabelled extends Labelled {
    /**
     * The constant's name in Chinese and English.
     *
     * @return the names, for example {@code 无研发投入} and {@code no R&D investment}
     */
    BilingualText text();

    /**
     * The Chinese name.
     *
     * @return {@code text().chinese()}
     */
    @Override
    default String label() {
        return text().chinese();
    }

    /**
     * The name in the reader's language: Chinese for {@code zh*}, English for any other locale and {@code null}.
     *
     * @param locale the reader's locale, or {@code null}
     * @return {@code text().in(locale)}
     */
    @Override
    default String displayName(Locale locale) {
        return text().in(locale);
    }
}
