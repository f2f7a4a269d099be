package org.countychain.examples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts {@code countychain} prints, from the {@code CliMessages} bundle.
 *
 * <p>The bundle is looked up without falling back to the JVM's default locale, so {@code --lang en} prints
 * English on a Chinese machine and {@code --lang zh} Chinese on an English one; a key missing from one language
 * is an error, not a silent switch to the other.
 */
final class CliMessages {
    static final String BUNDLE = "org.countychain.examples.cli.CliMessages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;

    CliMessages(Language language) {
        this.language = language;
        this.bundle = bundle(language.locale());
    }

    /**
     * The bundle of a locale, without fallback to the default locale.
     *
     * @param locale {@code zh_CN} or {@code en}
     * @return the bundle
     */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, CliMessages.class.getClassLoader(), NO_FALLBACK);
    }

    Language language() {
        return language;
    }

    Locale locale() {
        return language.locale();
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /**
     * Formats a message. Pass numbers as strings (see {@link #count(long)}) so no grouping separator appears.
     *
     * @param key       the key
     * @param arguments the values for {@code {0}}, {@code {1}}, …
     * @return the text
     */
    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale()).format(arguments);
    }

    /**
     * The name of a domain constant in this language, from the bundle's {@code enum.<Type>.<CONSTANT>} keys (the
     * Chinese names are the model's labels; a test keeps them equal).
     *
     * @param constant a constant, for example {@code PlatformType.PILOT_TEST_PLATFORM}
     * @return its name, for example {@code 中试平台} or {@code pilot-test platform}
     */
    String name(Enum<?> constant) {
        return bundle.getString(key(constant));
    }

    static String key(Enum<?> constant) {
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    /**
     * A count as plain digits, the same in every language.
     *
     * @param n the count
     * @return the digits
     */
    static String count(long n) {
        return Long.toString(n);
    }
}
