package org.countychain.export.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A minimal streaming XML writer: markup is written as given, text and attribute values are escaped, and characters
 * XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF)
 * are removed and counted, so user text can never make a part unreadable.
 *
 * <p>It encodes UTF-8 itself into one reused buffer: {@code OutputStreamWriter} allocates a new array for every
 * string it is handed, which for a large table was most of the export's garbage.
 */
public final class XmlWriter {
    private static final int SIZE = 32 * 1024;

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int pos;
    private long removed;

    /**
     * A writer that encodes UTF-8 into a stream it never closes.
     *
     * @param stream the stream
     */
    public XmlWriter(OutputStream stream) {
        this.out = stream;
    }

    /**
     * Writes markup as it is.
     *
     * @param markup well-formed markup
     * @return this writer
     */
    public XmlWriter raw(String markup) {
        int n = markup.length();
        for (int i = 0; i < n; i++) {
            char c = markup.charAt(i);
            if (c < 0x80) {
                if (pos == SIZE) {
                    drain();
                }
                buf[pos++] = (byte) c;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(markup.charAt(i + 1))) {
                codePoint(Character.toCodePoint(c, markup.charAt(++i)));
            } else {
                codePoint(c);
            }
        }
        return this;
    }

    /**
     * Writes an integer.
     *
     * @param n the number
     * @return this writer
     */
    public XmlWriter num(long n) {
        if (n < 0 || n >= 1_000_000_000L) {
            return raw(Long.toString(n));
        }
        if (pos > SIZE - 10) {
            drain();
        }
        int digits = 1;
        for (long v = n; v >= 10; v /= 10) {
            digits++;
        }
        long v = n;
        for (int i = pos + digits - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos += digits;
        return this;
    }

    /**
     * Writes text content, escaped.
     *
     * @param text the text
     * @return this writer
     */
    public XmlWriter text(String text) {
        return escape(text, false);
    }

    /**
     * Writes an attribute value (without the quotes), escaped.
     *
     * @param value the value
     * @return this writer
     */
    public XmlWriter attr(String value) {
        return escape(value, true);
    }

    private XmlWriter escape(String s, boolean attribute) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '<' && c != '>' && c != '&' && c != '"') {
                if (pos == SIZE) {
                    drain();
                }
                buf[pos++] = (byte) c;
            } else if (c == '<') {
                raw("&lt;");
            } else if (c == '>') {
                raw("&gt;");
            } else if (c == '&') {
                raw("&amp;");
            } else if (c == '"') {
                raw(attribute ? "&quot;" : "\"");
            } else if (c == '\t' || c == '\n' || c == '\r') {
                raw(attribute ? (c == '\t' ? "&#9;" : c == '\n' ? "&#10;" : "&#13;") : String.valueOf(c));
            } else if (c < 0x20) {
                removed++;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    codePoint(Character.toCodePoint(c, s.charAt(++i)));
                } else {
                    removed++;
                }
            } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                removed++;
            } else {
                codePoint(c);
            }
        }
        return this;
    }

    private void codePoint(int cp) {
        if (pos > SIZE - 4) {
            drain();
        }
        if (cp < 0x80) {
            buf[pos++] = (byte) cp;
        } else if (cp < 0x800) {
            buf[pos++] = (byte) (0xC0 | cp >> 6);
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            buf[pos++] = (byte) (0xE0 | cp >> 12);
            buf[pos++] = (byte) (0x80 | (cp >> 6 & 0x3F));
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            buf[pos++] = (byte) (0xF0 | cp >> 18);
            buf[pos++] = (byte) (0x80 | (cp >> 12 & 0x3F));
            buf[pos++] = (byte) (0x80 | (cp >> 6 & 0x3F));
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
        }
    }

    private void drain() {
        try {
            out.write(buf, 0, pos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pos = 0;
    }

    /**
     * How many forbidden characters were removed so far.
     *
     * @return the count
     */
    public long removedCharacters() {
        return removed;
    }

    /**
     * Writes what is buffered into the stream (the stream itself is neither flushed nor closed).
     */
    public void flush() {
        if (pos > 0) {
            drain();
        }
    }
}
