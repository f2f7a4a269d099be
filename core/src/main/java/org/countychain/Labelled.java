package org.countychain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A constant with a Chinese label for people (中文标签), such as {@code BREAKPOINT} ↔ {@code 断点}. JSON accepts
 * either form and writes the English constant, which is stable.
 *
 * @since 0.1.0
 */
public interface Labelled {
    /**
     * The Chinese label shown to people.
     *
     * @return the label, for example {@code 断点}
     */
    String label();

    /**
     * Finds the constant whose name or Chinese label is {@code text} (case-insensitive for the name, surrounding
     * white space ignored).
     *
     * @param type the enum type
     * @param text the English constant or the Chinese label
     * @param <E>  the enum type
     * @return the constant, or empty when nothing matches
     */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t) || e.label().equals(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #find(Class, String)} but throws when nothing matches.
     *
     * @param type  the enum type
     * @param text  the English constant or the Chinese label
     * @param field the field being read, for the message
     * @param <E>   the enum type
     * @return the constant
     * @throws InvalidInputException {@link ErrorCode#JSON_UNKNOWN_CONSTANT} when nothing matches
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text, String field) {
        return find(type, text).orElseThrow(() -> new InvalidInputException(ErrorCode.JSON_UNKNOWN_CONSTANT,
                field, text, allowed(type)));
    }

    /**
     * Lists the allowed forms of a labelled enum, {@code BREAKPOINT/断点, BLOCKAGE/堵点, …}.
     *
     * @param type an enum type
     * @return the list as text
     */
    static String allowed(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e instanceof Labelled l ? ((Enum<?>) e).name() + "/" + l.label() : String.valueOf(e))
                .collect(Collectors.joining(", "));
    }

    /**
     * A display name in the given language: the Chinese label, or for other languages the constant name in
     * lower case with spaces.
     *
     * @param locale the reader's locale
     * @return the display name
     */
    default String displayName(Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage())) {
            return label();
        }
        return this instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT).replace('_', ' ') : label();
    }
}
