package org.countychain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The data handed to the library is wrong (输入数据错误): a value breaks a model invariant, a JSON document is
 * malformed, a credit code's check character is wrong. The caller can fix the input and try again.
 *
 * @since 0.1.0
 */
public class InvalidInputException extends CountyChainException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param errorCode the stable code
     * @param location  where the bad value is
     * @param arguments the values the message names
     * @param cause     the underlying cause, or {@code null}
     */
    public InvalidInputException(ProblemCode errorCode, @Nullable Location location, List<?> arguments,
            @Nullable Throwable cause) {
        super(errorCode, location, arguments, cause);
    }

    /**
     * Creates the exception for a field of a model object.
     *
     * @param errorCode the stable code
     * @param field     the field's name (or path)
     * @param arguments the values the message names
     */
    public InvalidInputException(ProblemCode errorCode, String field, Object... arguments) {
        super(errorCode, Location.ofPath(field), List.of(arguments), null);
    }

    /**
     * This exception with its location under an enclosing path ({@code enterprises[3]}).
     *
     * @param prefix the enclosing path
     * @return a new exception with the same code and arguments
     */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(errorCode(), location().under(prefix), arguments(), getCause());
    }

    /**
     * This exception with the given location.
     *
     * @param where the new location
     * @return a new exception with the same code and arguments
     */
    public InvalidInputException at(Location where) {
        return new InvalidInputException(errorCode(), where, arguments(), this);
    }
}
