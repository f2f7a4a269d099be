package org.countychain.rules.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.countychain.ErrorCode;
import org.countychain.Location;
import org.countychain.ReferenceDataException;

/**
 * The texts of the built-in rules ({@code org/countychain/rules/messages*.properties}), looked up without
 * falling back to the JVM's locale. Internal: not part of the API.
 */
public final class RuleBundle {
    private static final String BUNDLE = "org.countychain.rules.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                RuleBundle.class.getClassLoader(), NO_FALLBACK);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(BUNDLE, 0, 0, key),
                    java.util.List.of("missing message " + key + (chinese ? " (zh_CN)" : "")), e);
        }
    }

    /**
     * Whether a locale is rendered in Chinese.
     *
     * @param locale a locale, or {@code null}
     * @return true for {@code zh*}
     */
    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
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
