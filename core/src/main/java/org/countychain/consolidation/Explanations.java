package org.countychain.consolidation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.countychain.internal.Bundles;
import org.jspecify.annotations.Nullable;

/**
 * The consolidation's explanation texts ({@code org/countychain/consolidation/messages*.properties}) in Chinese or
 * English. Package-private: not part of the API.
 */
final class Explanations {
    private static final String BUNDLE = "org.countychain.consolidation.messages";

    private Explanations() {
    }

    /**
     * The display name of a clause or reason constant.
     *
     * @param prefix   the key prefix, {@code clause} or {@code leftAlone}
     * @param constant the constant
     * @param locale   the reader's locale
     * @return the Chinese text for {@code zh*}, the English one otherwise
     */
    static String name(String prefix, Enum<?> constant, Locale locale) {
        return Bundles.text(BUNDLE, prefix + "." + constant.name(), Bundles.isChinese(locale));
    }

    /**
     * A pattern of the bundle, filled in.
     *
     * @param key       the key
     * @param locale    the reader's locale
     * @param arguments the values
     * @return the text
     */
    static String format(String key, Locale locale, @Nullable Object... arguments) {
        return Bundles.format(BUNDLE, key, locale, arguments);
    }

    /**
     * An explanation in both languages, for JSON.
     *
     * @param explain the explanation for a locale
     * @return {@code zh} and {@code en}, in that order
     */
    static Map<String, String> both(Function<Locale, String> explain) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh", explain.apply(Locale.SIMPLIFIED_CHINESE));
        m.put("en", explain.apply(Locale.ENGLISH));
        return Collections.unmodifiableMap(m);
    }
}
