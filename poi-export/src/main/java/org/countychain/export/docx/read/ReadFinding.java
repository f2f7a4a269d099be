package org.countychain.export.docx.read;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.countychain.InvalidInputException;
import org.countychain.Location;

/**
 * Something a {@link ReportReader} noticed while reading a Word report (读取发现): a heading matched within the
 * tolerance, content it could not place, a template item it did not find, tracked changes, comments, a table it
 * padded. Each has a stable code ({@code CC-64xx}), the position in the document and a message in the reader's
 * language. Findings never mean that content was dropped: what could not be placed is in
 * {@link ReadResult#unplaced()}.
 *
 * @param code      the stable code
 * @param position  where in the document
 * @param arguments the message's arguments
 * @since 0.1.0
 */
public record ReadFinding(WordErrorCode code, DocumentPosition position, List<String> arguments) {
    /**
     * Checks the invariants.
     */
    public ReadFinding {
        Objects.requireNonNull(code, "code");
        position = position == null ? DocumentPosition.DOCUMENT : position;
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static ReadFinding of(WordErrorCode code, DocumentPosition position, Object... arguments) {
        return new ReadFinding(code, position, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /**
     * The message without code and position.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the message
     */
    public String reason(Locale locale) {
        // The core's message bundles hold every CC code's text; an exception object renders it.
        return new InvalidInputException(code, Location.NOWHERE, arguments, null).reason(locale);
    }

    /**
     * A one-line description: {@code [CC-6420] 第1页 第5段“1.产业发展现状”: 标题“…”按“…”识别（措辞不同）}.
     *
     * @param locale the reader's locale
     * @return the description
     */
    public String describe(Locale locale) {
        String where = position.describe(locale);
        return "[" + code.code() + "] " + (where.isEmpty() ? "" : where + ": ") + reason(locale);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
