package org.countychain;

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
 * @since 0.1.0
 */
public class CountyChainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemCode errorCode;
    private final Location location;
    private final transient List<Object> arguments;

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
     * The values the message names (a field, an offending value, an expected character, …).
     *
     * @return an unmodifiable list
     */
    public List<Object> arguments() {
        return arguments == null ? List.of() : arguments;
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
}
