package org.countychain.export.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A minimal streaming XML writer: markup is written as given, text and attribute values are escaped, and characters
 * XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF)
 * are removed and counted, so user text can never make a part unreadable.
 */
public final class XmlWriter {
    private final Writer out;
    private long removed;

    /**
     * A writer that encodes UTF-8 into a stream it never closes.
     *
     * @param stream the stream
     */
    public XmlWriter(OutputStream stream) {
        this.out = new OutputStreamWriter(new NonClosing(stream), StandardCharsets.UTF_8);
    }

    /**
     * Writes markup as it is.
     *
     * @param markup well-formed markup
     * @return this writer
     */
    public XmlWriter raw(String markup) {
        try {
            out.write(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        return raw(Long.toString(n));
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
        try {
            int n = s.length();
            int start = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                String replacement;
                if (c >= 0x20 && c < 0xD800 && c != '<' && c != '>' && c != '&' && c != '"') {
                    continue;
                }
                if (c == '<') {
                    replacement = "&lt;";
                } else if (c == '>') {
                    replacement = "&gt;";
                } else if (c == '&') {
                    replacement = "&amp;";
                } else if (c == '"') {
                    replacement = attribute ? "&quot;" : null;
                    if (replacement == null) {
                        continue;
                    }
                } else if (c == '\t' || c == '\n' || c == '\r') {
                    if (!attribute) {
                        continue;
                    }
                    replacement = c == '\t' ? "&#9;" : c == '\n' ? "&#10;" : "&#13;";
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                } else if (c >= 0xE000 && c <= 0xFFFD) {
                    continue;
                } else {
                    // A forbidden control character, a lone surrogate, U+FFFE or U+FFFF.
                    removed++;
                    replacement = "";
                }
                out.write(s, start, i - start);
                out.write(replacement);
                start = i + 1;
            }
            out.write(s, start, n - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
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
     * Flushes the encoder into the stream (the stream itself stays open).
     */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a zip stream open when the writer of one entry is flushed. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream target;

        NonClosing(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
        }

        @Override
        public void flush() {
            // The zip stream is flushed once, at the end.
        }

        @Override
        public void close() {
            // Never closes the zip stream.
        }
    }
}
