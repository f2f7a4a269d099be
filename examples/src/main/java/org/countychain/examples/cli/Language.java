package org.countychain.examples.cli;

import java.util.List;
import java.util.Locale;

/**
 * The language of everything {@code countychain} prints (界面语言), chosen with {@code --lang}.
 */
public enum Language {
    /** Simplified Chinese, the default. */
    ZH(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    EN(Locale.ENGLISH);

    /** The option that chooses the language. */
    static final String OPTION = "--lang";

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * The locale messages are rendered in.
     *
     * @return {@code zh_CN} or {@code en}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Finds the language a command line asks for, before it is parsed, so that help and usage errors are
     * already in that language. The last {@code --lang} before {@code --} wins; a value that is not a language
     * is left for the parser to reject.
     *
     * @param args the command line
     * @return the language asked for, {@link #ZH} when none is
     */
    static Language of(List<String> args) {
        Language found = ZH;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            if ("--".equals(arg)) {
                break;
            } else if (OPTION.equals(arg) && i + 1 < args.size()) {
                value = args.get(++i);
            } else if (arg.startsWith(OPTION + "=")) {
                value = arg.substring(OPTION.length() + 1);
            }
            if (value != null) {
                for (Language l : values()) {
                    if (l.name().equalsIgnoreCase(value.strip())) {
                        found = l;
                    }
                }
            }
        }
        return found;
    }
}
