package org.countychain.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.countychain.ErrorCode;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.jspecify.annotations.Nullable;

/**
 * The library's text bundles ({@code messages.properties} in English, {@code messages_zh_CN.properties} in
 * Chinese), looked up without falling back to the JVM's locale: a {@code zh*} reader gets Chinese, anyone else
 * English, whatever the machine. Internal: not part of the API.
 */
public final class Bundles {

    private Bundles() {
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
     * A text in Chinese or English.
     *
     * @param bundle  the bundle's base name, for example {@code org.countychain.rules.messages}
     * @param key     the key
     * @param chinese true for the Chinese text
     * @return the text
     * @throws ReferenceDataException when the key is missing (a packaging error)
     */
    public static String text(String bundle, String key, boolean chinese) {
        // English is the base bundle, asked for as ROOT: the lookup returns it without trying the JVM's locale.
        // No ResourceBundle.Control: named modules refuse one.
        ResourceBundle b = ResourceBundle.getBundle(bundle, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                Bundles.class.getModule());
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(bundle, 0, 0, key),
                    List.of("missing message " + key + (chinese ? " (zh_CN)" : "")), e);
        }
    }

    /**
     * A {@link MessageFormat} pattern of the bundle, filled in for a reader.
     *
     * @param bundle    the bundle's base name
     * @param key       the key
     * @param locale    the reader's locale: Chinese for {@code zh*}, English otherwise
     * @param arguments the values to insert
     * @return the text
     * @throws ReferenceDataException when the key is missing (a packaging error)
     */
    public static String format(String bundle, String key, Locale locale, @Nullable Object... arguments) {
        boolean chinese = isChinese(locale);
        return new MessageFormat(text(bundle, key, chinese), chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
                .format(arguments);
    }
}
