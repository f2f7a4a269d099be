package org.countychain.export.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A {@link Writer} that encodes UTF-8 into one reused buffer, without the lock that {@code BufferedWriter} and
 * {@code OutputStreamWriter} take on every call: SXSSF writes a sheet in several small pieces per cell, and at
 * 500,000 rows the locking and the encoder's per-string arrays were half of the export's time. A surrogate that is
 * not part of a pair becomes {@code ?}, as {@code OutputStreamWriter} makes it. Not thread-safe.
 */
public final class Utf8Writer extends Writer {
    private static final int SIZE = 64 * 1024;

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int pos;
    private char high;

    /**
     * A writer into a stream, which {@link #close()} closes.
     *
     * @param out the stream
     */
    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            put(cbuf[i]);
        }
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && high == 0) {
                if (pos == SIZE) {
                    drain();
                }
                buf[pos++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    /**
     * Writes text content escaped exactly as SXSSF escapes it: the five markup characters, line feed, carriage
     * return, tab and no-break space as references, other control characters and U+FFFE, U+FFFF as {@code ?}.
     *
     * @param s the text
     * @throws IOException when writing fails
     */
    public void writeEscaped(String s) throws IOException {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c < 0x80 && c != '<' && c != '>' && c != '&' && c != '"' && high == 0) {
                if (pos == SIZE) {
                    drain();
                }
                buf[pos++] = (byte) c;
                continue;
            }
            switch (c) {
                case '<' -> write("&lt;");
                case '>' -> write("&gt;");
                case '&' -> write("&amp;");
                case '"' -> write("&quot;");
                case '\n' -> write("&#xa;");
                case '\r' -> write("&#xd;");
                case '\t' -> write("&#x9;");
                case '\u00A0' -> write("&#xa0;");
                default -> put(c < ' ' || c >= '\uFFFE' ? '?' : c);
            }
        }
    }

    /**
     * Writes a non-negative number's decimal digits, with leading zeros up to {@code width} digits.
     *
     * @param value the number, at least 0
     * @param width the fewest digits
     * @throws IOException when writing fails
     */
    public void writeDigits(long value, int width) throws IOException {
        int n = 1;
        for (long x = value; x >= 10; x /= 10) {
            n++;
        }
        n = Math.max(n, width);
        if (high != 0 || n > 20) {
            write(String.format(java.util.Locale.ROOT, "%0" + n + "d", value));
            return;
        }
        if (pos > SIZE - n) {
            drain();
        }
        long v = value;
        for (int i = pos + n - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos += n;
    }

    /**
     * Writes a non-negative number's decimal digits.
     *
     * @param value the number, at least 0
     * @throws IOException when writing fails
     */
    public void writeDigits(long value) throws IOException {
        writeDigits(value, 1);
    }

    private void put(char c) throws IOException {
        if (pos > SIZE - 4) {
            drain();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                buf[pos++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                buf[pos++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[pos++] = '?';
            put(c);
            return;
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | (c >> 6 & 0x3F));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (high != 0) {
                high = 0;
                if (pos == SIZE) {
                    drain();
                }
                buf[pos++] = '?';
            }
            drain();
        } finally {
            out.close();
        }
    }
}
