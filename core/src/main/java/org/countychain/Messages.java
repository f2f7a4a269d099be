package org.countychain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;



/**
 * Renders problem messages in Chinese or English. Package-private: the library's own messages only.
 *
 * <p>Bundles are looked up without falling back to the JVM's default locale, so an English caller on a
 * Chinese machine still gets English: English is the base bundle, asked for as {@link Locale#ROOT}, which the
 * lookup returns as it is. They are looked up in the module of the code's own class (no
 * {@link ResourceBundle.Control}, which named modules refuse), so each library module's bundle package is opened to
 * this one.
 */
final class Messages {
    private static final String BUNDLE = "org.countychain.messages";

    private Messages() {
    }

    /**
     * Whether the locale is rendered in Chinese.
     *
     * @param locale a locale
     * @return true for any {@code zh} locale
     */
    static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /**
     * The bundle for the locale: Chinese for zh*, English otherwise.
     *
     * @param locale the reader's locale
     * @return the bundle
     */
    static ResourceBundle bundle(Locale locale) {
        Locale effective = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, effective, Messages.class.getModule());
    }

    /**
     * Formats the message for a code.
     *
     * @param locale    the reader's locale
     * @param code      the problem code
     * @param arguments the values to insert
     * @return the message
     */
    static String format(Locale locale, ProblemCode code, List<Object> arguments) {
        Object[] rendered = arguments.stream()
                .map(a -> a instanceof Labelled term ? term.displayName(locale) : a)
                .toArray();
        ResourceBundle bundle;
        try {
            bundle = bundle(code, locale);
        } catch (MissingResourceException e) {
            return code.code() + " " + List.of(rendered);
        }
        return text(bundle, locale, code.code(), rendered);
    }

    /**
     * The bundle holding a code's message, looked up in the code's own module.
     *
     * @param code   the problem code
     * @param locale the reader's locale
     * @return the bundle
     */
    static ResourceBundle bundle(ProblemCode code, Locale locale) {
        Locale effective = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(code.messageBundle(), effective, code.getClass().getModule());
    }

    /**
     * Formats any message of the bundle by key.
     *
     * @param locale    the reader's locale
     * @param key       the message key
     * @param arguments the values to insert
     * @return the message, or the key and arguments when the key is missing
     */
    static String text(Locale locale, String key, Object... arguments) {
        return text(bundle(locale), locale, key, arguments);
    }

    private static String text(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + " " + List.of(arguments);
        }
        MessageFormat format = new MessageFormat(pattern, isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        return format.format(arguments);
    }
}
