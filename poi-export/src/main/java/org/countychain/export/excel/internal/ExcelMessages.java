package org.countychain.export.excel.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders the Excel import's messages in Chinese ({@code zh*}) or English, never falling back to the JVM's
 * default locale.
 */
public final class ExcelMessages {
    private static final String BUNDLE = "org.countychain.export.excel.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ExcelMessages() {
    }

    /**
     * Whether a locale reads Chinese.
     *
     * @param locale a locale, or {@code null}
     * @return true for {@code zh*}
     */
    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /**
     * Formats a message.
     *
     * @param locale    the reader's locale
     * @param key       the key
     * @param arguments the arguments
     * @return the text
     */
    public static String text(Locale locale, String key, List<?> arguments) {
        Locale effective = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective, ExcelMessages.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key + " " + arguments;
        }
        return new MessageFormat(pattern, isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
                .format(arguments.toArray());
    }
}
