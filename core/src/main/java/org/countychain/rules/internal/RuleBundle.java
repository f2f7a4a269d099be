package org.countychain.rules.internal;

import java.util.Locale;

import org.countychain.ReferenceDataException;
import org.countychain.internal.Bundles;

/**
 * The texts of the built-in rules ({@code org/countychain/rules/messages*.properties}), looked up without
 * falling back to the JVM's locale. Internal: not part of the API.
 */
public final class RuleBundle {
    private static final String BUNDLE = "org.countychain.rules.messages";

    private RuleBundle() {
    }

    /**
     * A text in Chinese or English.
     *
     * @param key     the key
     * @param chinese true for the Chinese text
     * @return the text
     * @throws ReferenceDataException when the key is missing (a packaging error)
     */
    public static String text(String key, boolean chinese) {
        return Bundles.text(BUNDLE, key, chinese);
    }

    /**
     * Whether a locale is rendered in Chinese.
     *
     * @param locale a locale, or {@code null}
     * @return true for {@code zh*}
     */
    public static boolean isChinese(Locale locale) {
        return Bundles.isChinese(locale);
    }

    /**
     * A text for a reader.
     *
     * @param key    the key
     * @param locale the reader's locale
     * @return the Chinese text for {@code zh*}, the English one otherwise
     */
    public static String text(String key, Locale locale) {
        return text(key, isChinese(locale));
    }
}
