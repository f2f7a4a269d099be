package org.countychain;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the library throws (所有异常的根类型). Unchecked; each one carries a stable
 * {@link ErrorCode}, where the problem is ({@link #location()}: a field path such as
 * {@code enterprises[3].creditCode}, with file, line and column where known), and a message that can be
 * rendered in Chinese or English.
 *
 * <p>Each module has its own codes ({@link ProblemCode}); they all arrive as this one type. Subtypes say whose
 * fault it is: {@link InvalidInputException} (the data handed in),
 * {@link ReferenceDataException} (built-in or plugged-in reference data or templates), and
 * {@link CountyChainIOException} (the file system).
 *
 * <p>An exception survives Java serialization with its code, location and message: the message's values travel as
 * what the message shows of them (text, numbers, {@code java.time} values, and for a {@link Labelled} value its Chinese and English
 * names), so that the receiving side renders the same message in either language without the sender's classes.
 *
 * @since 0.1.0
 */
public class CountyChainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemCode errorCode;
    private final Location location;
    // Not serialized as they are: a value may be of any type. writeObject sends what the message shows of each.
    private transient List<Object> arguments;

    /**
     * Creates an exception.
     *
     * @param errorCode the stable code, of any module's {@link ProblemCode} enum
     * @param location  where the problem is
     * @param arguments the values the message names, in the order the message key expects
     * @param cause     the underlying cause, or {@code null}
     */
    protected CountyChainException(ProblemCode errorCode, @Nullable Location location, List<?> arguments,
            @Nullable Throwable cause) {
        super(null, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.location = location == null ? Location.NOWHERE : location;
        this.arguments = List.copyOf(arguments.stream().map(a -> a == null ? "null" : a).toList());
    }

    /**
     * The stable problem code: an {@link ErrorCode} of the core, or a constant of another module's
     * {@link ProblemCode} enum.
     *
     * @return the code
     */
    public ProblemCode errorCode() {
        return errorCode;
    }

    /**
     * Where the problem is.
     *
     * @return the location, {@link Location#NOWHERE} when unknown
     */
    public Location location() {
        return location;
    }

    /**
     * The values the message names (a field, an offending value, an expected character, …). After Java
     * deserialization, they are what the message shows of each value: strings, numbers and {@code java.time} values as they were,
     * a {@link Labelled} value as its Chinese and English names, anything else as its text.
     *
     * @return an unmodifiable list
     */
    public List<Object> arguments() {
        return arguments;
    }

    /**
     * The message without code and location, in the given language: Chinese for {@code zh*} locales,
     * English otherwise.
     *
     * @param locale the reader's locale
     * @return the message text
     */
    public String reason(Locale locale) {
        return Messages.format(locale, errorCode, arguments());
    }

    /**
     * The full message: code, location and reason, in the given language, for example
     * {@code [CC-1001] enterprises[3].creditCode: 缺少必填项}.
     *
     * @param locale the reader's locale
     * @return the message text
     */
    public String getMessage(Locale locale) {
        String where = location.describe(locale);
        return "[" + errorCode.code() + "] " + (where.isEmpty() ? "" : where + ": ") + reason(locale);
    }

    /** The full message in the JVM's default display locale. */
    @Override
    public String getMessage() {
        return getMessage(Locale.getDefault(Locale.Category.DISPLAY));
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        ArrayList<Object> shown = new ArrayList<>(arguments.size());
        for (Object argument : arguments) {
            shown.add(asShown(argument));
        }
        out.writeObject(shown);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        List<Object> read = new ArrayList<>();
        if (in.readObject() instanceof List<?> list) {
            for (Object value : list) {
                read.add(value == null ? "null" : value);
            }
        }
        arguments = List.copyOf(read);
    }

    /**
     * What a message shows of a value, as a serializable value of the JDK's (or a {@link ShownLabel}): the message
     * formats numbers and dates by the reader's language, and a {@link Labelled} by its name in that language.
     */
    private static Object asShown(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Character) {
            return value;
        }
        if (value instanceof Number number) {
            if (isJdkType(number)) {
                return number;
            }
            try {
                return new BigDecimal(number.toString());
            } catch (NumberFormatException e) {
                return number.doubleValue();
            }
        }
        if (value instanceof TemporalAccessor && isJdkType(value)) {
            return value;
        }
        if (value instanceof Labelled labelled) {
            return new ShownLabel(labelled.displayName(Locale.SIMPLIFIED_CHINESE),
                    labelled.displayName(Locale.ENGLISH));
        }
        return String.valueOf(value);
    }

    private static boolean isJdkType(Object value) {
        return value.getClass().getName().startsWith("java.");
    }

    /** A {@link Labelled} message value as it travels: its Chinese and English names. */
    private record ShownLabel(String label, String english) implements Labelled, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String displayName(Locale locale) {
            return Messages.isChinese(locale) ? label : english;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
