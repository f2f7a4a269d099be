package org.countychain.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.countychain.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What {@link LenientJsonReader} read (宽松读取的结果): the value with every usable part, every malformed value it
 * skipped, and the elements it had to leave out.
 *
 * @param value    the value read; {@code null} only when the document's top-level object itself cannot be built
 *                 (its own required fields are malformed)
 * @param problems every malformed value, in document order: its code, field path, line and column
 * @param leftOut  the elements left out (an enterprise without a usable credit code …), in document order; each
 *                 one's cause is also among the problems
 * @param <T>      the type read
 * @since 0.1.0
 */
public record LenientRead<T>(@Nullable T value, List<InvalidInputException> problems, List<LeftOut> leftOut) {
    /**
     * Checks the parts are present.
     */
    public LenientRead {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        leftOut = List.copyOf(Objects.requireNonNull(leftOut, "leftOut"));
    }

    /**
     * The value, when the top-level object could be built.
     *
     * @return the value, or empty
     */
    public Optional<T> result() {
        return Optional.ofNullable(value);
    }

    /**
     * Whether the document was read without any problem: then the value is what the strict reader gives.
     *
     * @return true when nothing was skipped or left out
     */
    public boolean isClean() {
        return problems.isEmpty() && leftOut.isEmpty();
    }

    /**
     * An element the reader left out, and why.
     *
     * @param path  the element's path in the document, {@code enterprises[3]}
     * @param line  the line where it starts, 1-based
     * @param cause the problem that made it unusable (also among the problems)
     * @since 0.1.0
     */
    public record LeftOut(String path, int line, InvalidInputException cause) {
        /**
         * Checks the parts are present.
         */
        public LeftOut {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(cause, "cause");
        }
    }
}
