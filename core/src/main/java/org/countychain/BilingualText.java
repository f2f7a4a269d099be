package org.countychain;

import java.util.Locale;

/**
 * A name or title in Chinese and in English (中英文名称). A constant that people read in either language holds one
 * of these instead of two strings and its own test of the reader's language: a {@code zh*} reader gets Chinese, any
 * other reader (and {@code null}) English, whatever the JVM's default locale.
 *
 * @param chinese the Chinese text, for example {@code 无研发投入}
 * @param english the English text, for example {@code no R&D investment}
 * @since 0.1.0
 */
public record BilingualText(String chinese, String english) {
    /**
     * Checks both texts are given.
     *
     * @throws IllegalArgumentException when either text is missing or blank
     */
    public BilingualText {
        if (chinese == null || chinese.isBlank() || english == null || english.isBlank()) {
            throw new IllegalArgumentException("a bilingual text needs both languages: " + chinese + " / " + english);
        }
    }

    /**
     * The text in the reader's language.
     *
     * @param locale the reader's locale, or {@code null}
     * @return the Chinese text for {@code zh*}, the English text otherwise
     */
    public String in(Locale locale) {
        return Messages.isChinese(locale) ? chinese : english;
    }
}
