package org.countychain.export.excel.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.jspecify.annotations.Nullable;

/**
 * Renders the Excel import's messages in Chinese ({@code zh*}) or English, never falling back to the JVM's
 * default locale.
 */
public final class ExcelMessages {
    private static final String BUNDLE = "org.countychain.export.excel.messages";
    private static final String EVIDENCE_BUNDLE = "org.countychain.export.excel.evidence";

    private ExcelMessages() {
    }

    /**
     * Whether a locale reads Chinese.
     *
     * @param locale a locale, or {@code null}
     * @return true for {@code zh*}
     */
    public static boolean isChinese(@Nullable Locale locale) {
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
        String pattern = lookUp(BUNDLE, locale, key);
        if (pattern == null) {
            return key + " " + arguments;
        }
        return new MessageFormat(pattern, isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
                .format(arguments.toArray());
    }

    /**
     * The column header for a finding's evidence value, from the evidence bundle (keyed by evidence name; money
     * labels name 元, percentages %).
     *
     * @param locale the reader's locale
     * @param name   the evidence name, as in {@code FindingType.evidenceNames()}
     * @return the header, or {@code null} when the bundle has none (a plugin rule's own evidence)
     */
    public static @Nullable String evidenceLabel(Locale locale, String name) {
        return lookUp(EVIDENCE_BUNDLE, locale, name);
    }

    private static @Nullable String lookUp(String bundle, Locale locale, String key) {
        Locale effective = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        try {
            // English is the base bundle, asked for as ROOT, which the lookup returns without trying the JVM's
            // locale; no ResourceBundle.Control, which named modules refuse.
            return ResourceBundle.getBundle(bundle, effective, ExcelMessages.class.getModule()).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
