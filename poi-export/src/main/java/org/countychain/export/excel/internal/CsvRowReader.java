package org.countychain.export.excel.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) in UTF-8, with or without a
 * byte-order mark, or GB18030, whichever decodes without error (UTF-8 first).
 */
public final class CsvRowReader {
    /** GB18030, the Chinese national encoding that Excel on Chinese Windows writes CSV in. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private CsvRowReader() {
    }

    /**
     * Decodes the bytes as UTF-8 when they are valid UTF-8, otherwise as GB18030.
     *
     * @param bytes the file's content
     * @return the text, without a byte-order mark; {@code null} when neither decodes
     */
    public static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        for (Charset cs : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                CharBuffer text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
                return text.toString();
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        return null;
    }

    /**
     * Parses CSV text into rows.
     *
     * @param text the text
     * @param sink receives the non-empty rows, numbered by record as Excel numbers a CSV file's rows
     */
    public static void parse(String text, RowSink sink) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int record = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                emit(record, fields, sink);
                fields.clear();
                record++;
            } else {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            emit(record, fields, sink);
        }
    }

    private static void emit(int row, List<String> fields, RowSink sink) {
        for (String f : fields) {
            if (!f.isBlank()) {
                sink.row(row, fields.toArray(new String[0]));
                return;
            }
        }
    }
}
