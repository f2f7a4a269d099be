package org.countychain.export.excel.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the two parts an import takes cells from, a worksheet and the shared strings, straight from their inflated
 * UTF-8 bytes. A sheet of 500,000 rows is about half a gigabyte of XML of which the import keeps a few per cent:
 * this scanner recognises the few elements that matter by their bytes ({@code row}, {@code c}, {@code v},
 * {@code is}, {@code t}, {@code si}, {@code rPh}, with or without a namespace prefix such as {@code x:}), reads only
 * the {@code r}, {@code t} and {@code s} attributes of rows and cells (in any order), and decodes characters only
 * where the receiver keeps them. Everything else is stepped over: no name becomes a string, no attribute is
 * copied, no event is made for an element nobody reads.
 *
 * <p>Stepping over is not taking on trust. What a secure parser refuses is refused here too: a document type
 * declaration, any entity but the five XML predefines, a character reference to a character XML does not allow,
 * control characters, unbalanced or unclosed elements, an attribute given twice, a value not quoted or not
 * closed, bytes that are not UTF-8 where characters are kept, and a truncated document. Every refusal is a
 * {@link SAXException} (or, for bytes that are not UTF-8, a {@link MalformedInputException}). Comments, processing
 * instructions and the XML declaration are skipped; CDATA sections are read as text.
 *
 * <p>It reads UTF-8 only: {@link #isUtf8(BufferedInputStream)} tells the caller when to use a full
 * parser instead, through {@link #handler(Receiver)}, which hands that parser's events to the same receiver.
 */
final class SheetScanner {
    /** An element nobody reads. */
    static final int OTHER = 0;
    /** {@code row}. */
    static final int ROW = 1;
    /** {@code c}: a cell. */
    static final int CELL = 2;
    /** {@code v}: a cell's value. */
    static final int VALUE = 3;
    /** {@code is}: a cell's inline string. */
    static final int INLINE_STRING = 4;
    /** {@code t}: text of an inline or shared string. */
    static final int TEXT = 5;
    /** {@code si}: a shared string. */
    static final int STRING_ITEM = 6;
    /** {@code rPh}: a phonetic run, left out of a string's text. */
    static final int PHONETIC = 7;

    /** The longest {@code r}, {@code t} or {@code s} value read (a cell reference or a style index is a few characters). */
    static final int MAX_ATTRIBUTE_CHARS = 1 << 16;
    /** The most attributes one element may have. */
    static final int MAX_ATTRIBUTES = 256;
    /** The longest element or attribute name, in bytes. */
    static final int MAX_NAME_BYTES = 1 << 10;
    /** The deepest nesting of elements (a worksheet has six levels). */
    static final int MAX_DEPTH = 1 << 12;
    /** The longest entity or character reference read, {@code &} and {@code ;} left out. */
    private static final int MAX_REFERENCE_CHARS = 64;
    private static final int TEXT_CHUNK = 8192;

    /** Receives the elements that matter and the text it keeps, in document order. */
    interface Receiver {
        /**
         * One of the elements that matter starts.
         *
         * @param kind       {@link #ROW}, {@link #CELL}, …
         * @param attributes its {@code r}, {@code t} and {@code s} (only of a row or a cell), valid until this
         *                   method returns
         * @throws SAXException to stop with an error
         */
        void start(int kind, CellAttributes attributes) throws SAXException;

        /**
         * One of the elements that matter ends.
         *
         * @param kind its kind
         * @throws SAXException to stop with an error
         */
        void end(int kind) throws SAXException;

        /**
         * Whether the text from here to the next element's start or end is kept; asked after each of them.
         *
         * @return true to receive it through {@link #text(char[], int, int)}
         */
        boolean collecting();

        /**
         * Kept text, possibly in several pieces.
         *
         * @param ch     the characters, valid until this method returns
         * @param start  where they start
         * @param length how many
         * @throws SAXException to stop with an error
         */
        void text(char[] ch, int start, int length) throws SAXException;
    }

    /** The {@code r}, {@code t} and {@code s} attributes of a row or a cell, as characters. */
    static final class CellAttributes {
        /** {@code r}: a row's number or a cell's reference. */
        static final int R = 0;
        /** {@code t}: a cell's type. */
        static final int T = 1;
        /** {@code s}: a cell's style index. */
        static final int S = 2;
        private final char[][] values = {new char[16], new char[16], new char[16]};
        private final int[] lengths = {-1, -1, -1};

        void clear() {
            lengths[R] = -1;
            lengths[T] = -1;
            lengths[S] = -1;
        }

        /** Whether the attribute is there. */
        boolean has(int a) {
            return lengths[a] >= 0;
        }

        /** The characters of its value (valid while {@link #length(int)} says). */
        char[] chars(int a) {
            return values[a];
        }

        /** The length of its value; -1 when it is not there. */
        int length(int a) {
            return lengths[a];
        }

        /** Its value as a string. */
        String value(int a) {
            return new String(values[a], 0, lengths[a]);
        }

        /** Whether its value is these characters. */
        boolean is(int a, String s) {
            if (lengths[a] != s.length()) {
                return false;
            }
            char[] v = values[a];
            for (int k = 0; k < s.length(); k++) {
                if (v[k] != s.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        void set(int a, String value) {
            begin(a);
            for (int i = 0; i < value.length(); i++) {
                append(a, value.charAt(i));
            }
        }

        void begin(int a) {
            lengths[a] = 0;
        }

        /** Appends bytes that are printable ASCII, one character each. */
        void appendAscii(int a, byte[] b, int from, int to) {
            int n = lengths[a];
            int needed = n + to - from;
            if (needed > values[a].length) {
                values[a] = Arrays.copyOf(values[a], Math.max(needed, n * 2));
            }
            char[] v = values[a];
            for (int i = from; i < to; i++) {
                v[n++] = (char) b[i];
            }
            lengths[a] = n;
        }

        void append(int a, char c) {
            int n = lengths[a];
            if (n == values[a].length) {
                values[a] = Arrays.copyOf(values[a], n * 2);
            }
            values[a][n] = c;
            lengths[a] = n + 1;
        }
    }

    private final InputStream in;
    private final Receiver receiver;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private final char[] text = new char[TEXT_CHUNK];
    private int textLength;
    private final char[] reference = new char[MAX_REFERENCE_CHARS];
    private final CellAttributes attributes = new CellAttributes();
    /** The names of the open elements, as bytes one after the other. */
    private byte[] names = new byte[256];
    private int namesUsed;
    private int[] nameStarts = new int[16];
    private int[] kinds = new int[16];
    private int depth;
    private boolean rootSeen;
    /** The attribute names of the element being read, for the check that none is given twice. */
    private byte[] attributeNames = new byte[64];
    private int[] attributeNameStarts = new int[MAX_ATTRIBUTES + 1];
    private final byte[] endName = new byte[MAX_NAME_BYTES];

    private SheetScanner(InputStream in, Receiver receiver) {
        this.in = in;
        this.receiver = receiver;
    }

    /**
     * Whether a part is UTF-8 XML this scanner reads: no UTF-16 byte-order mark or first bytes, and no XML
     * declaration naming another encoding. The stream is left where it was.
     *
     * @param in the part, buffered
     * @return true when the scanner can read it
     * @throws IOException when reading fails
     */
    static boolean isUtf8(BufferedInputStream in) throws IOException {
        in.mark(256);
        byte[] head = in.readNBytes(200);
        in.reset();
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || head[0] == 0 || head[1] == 0)) {
            return false;
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) {
            start = start.substring(3); // the UTF-8 byte-order mark, read as Latin-1
        }
        int declEnd = start.indexOf("?>");
        if (start.startsWith("<?xml") && declEnd > 0) {
            String decl = start.substring(0, declEnd).toLowerCase(Locale.ROOT);
            int at = decl.indexOf("encoding");
            if (at >= 0) {
                String rest = decl.substring(at + "encoding".length()).replaceAll("[\\s=\"']", " ").strip();
                String encoding = rest.split(" ")[0];
                return encoding.equals("utf-8") || encoding.equals("utf8");
            }
        }
        return true;
    }

    /**
     * Scans a UTF-8 part.
     *
     * @param in       the part's bytes
     * @param receiver receives the elements that matter and the text it keeps
     * @throws IOException  when reading fails or kept characters are not UTF-8
     * @throws SAXException when the part is not well-formed XML, or from the receiver
     */
    static void scan(InputStream in, Receiver receiver) throws IOException, SAXException {
        new SheetScanner(in, receiver).document();
    }

    /**
     * A SAX handler that hands what a full parser reports on to a receiver, as {@link #scan} would: for parts
     * this scanner does not read (UTF-16, or declared in another encoding).
     *
     * @param receiver the receiver
     * @return the handler
     */
    static DefaultHandler handler(Receiver receiver) {
        CellAttributes cell = new CellAttributes();
        return new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts)
                    throws SAXException {
                int kind = kind(localName.isEmpty() ? qName : localName);
                if (kind != OTHER) {
                    cell.clear();
                    if (kind == ROW || kind == CELL) {
                        copy(atts, "r", CellAttributes.R);
                        copy(atts, "t", CellAttributes.T);
                        copy(atts, "s", CellAttributes.S);
                    }
                    receiver.start(kind, cell);
                }
            }

            private void copy(Attributes atts, String name, int slot) {
                String v = atts.getValue(name);
                if (v != null) {
                    cell.set(slot, v);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) throws SAXException {
                int kind = kind(localName.isEmpty() ? qName : localName);
                if (kind != OTHER) {
                    receiver.end(kind);
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                if (receiver.collecting()) {
                    receiver.text(ch, start, length);
                }
            }
        };
    }

    /** The kind of an element by its name, a prefix before the first colon left out. */
    static int kind(String name) {
        int colon = name.indexOf(':');
        String local = colon < 0 ? name : name.substring(colon + 1);
        return switch (local) {
            case "row" -> ROW;
            case "c" -> CELL;
            case "v" -> VALUE;
            case "is" -> INLINE_STRING;
            case "t" -> TEXT;
            case "si" -> STRING_ITEM;
            case "rPh" -> PHONETIC;
            default -> OTHER;
        };
    }

    /** As {@link #kind(String)}, for a name's bytes. */
    private static int kind(byte[] b, int from, int length) {
        int start = from;
        int stop = from + length;
        for (int i = from; i < stop; i++) {
            if (b[i] == ':') {
                start = i + 1;
                break;
            }
        }
        int n = stop - start;
        if (n == 1) {
            return switch (b[start]) {
                case 'c' -> CELL;
                case 'v' -> VALUE;
                case 't' -> TEXT;
                default -> OTHER;
            };
        } else if (n == 2) {
            if (b[start] == 'i' && b[start + 1] == 's') {
                return INLINE_STRING;
            }
            return b[start] == 's' && b[start + 1] == 'i' ? STRING_ITEM : OTHER;
        } else if (n == 3) {
            if (b[start] == 'r' && b[start + 1] == 'o' && b[start + 2] == 'w') {
                return ROW;
            }
            return b[start] == 'r' && b[start + 1] == 'P' && b[start + 2] == 'h' ? PHONETIC : OTHER;
        }
        return OTHER;
    }

    private int next() throws IOException {
        if (pos == end && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos == end && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    private void document() throws IOException, SAXException {
        if (peek() == 0xEF) {
            next();
            if (next() != 0xBB || next() != 0xBF) {
                throw error("content is not allowed outside the root element");
            }
        }
        while (true) {
            if (depth > 0) {
                if (receiver.collecting()) {
                    keptText();
                } else {
                    skippedText();
                }
            }
            int c = next();
            if (c < 0) {
                break;
            }
            if (c == '<') {
                flushText();
                markup();
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                throw error("content is not allowed outside the root element");
            }
        }
        if (depth != 0 || !rootSeen) {
            throw error("XML document structures must start and end within the same entity");
        }
    }

    /** Text that is kept, up to the next {@code <} (left unread) or the end. */
    private void keptText() throws IOException, SAXException {
        while (true) {
            // printable ASCII straight from the buffer: nearly all of a sheet's text
            int p = pos;
            int e = end;
            byte[] b = buf;
            char[] t = text;
            int n = textLength;
            while (p < e) {
                int c = b[p];
                if (c < 0x20 || c == '<' || c == '&') { // negative: not ASCII
                    break;
                }
                if (n == t.length) {
                    textLength = n;
                    flushText();
                    n = 0;
                }
                t[n++] = (char) c;
                p++;
            }
            pos = p;
            textLength = n;
            int c = peek();
            if (c < 0 || c == '<') {
                return;
            }
            pos++;
            if (c == '&') {
                putCodePoint(reference());
            } else if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                put('\n');
            } else if (c < 0x80) {
                if (c < 0x20 && c != '\t' && c != '\n') {
                    throw notAllowed(c);
                }
                put((char) c);
            } else {
                putCodePoint(codePoint(c));
            }
        }
    }

    /** Text nobody reads, up to the next {@code <} (left unread) or the end: checked, not decoded. */
    private void skippedText() throws IOException, SAXException {
        while (true) {
            int p = pos;
            int e = end;
            byte[] b = buf;
            while (p < e) {
                int c = b[p];
                if (c == '<' || c == '&' || (c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                    break;
                }
                p++;
            }
            pos = p;
            int c = peek();
            if (c < 0 || c == '<') {
                return;
            }
            if (c == '&') {
                pos++;
                reference();
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw notAllowed(c);
            } // else the buffer ran out and was filled again: scan on
        }
    }

    private void put(char c) throws SAXException {
        if (textLength == text.length) {
            // Text is handed on in pieces (as SAX parsers do), so a huge text node is never held whole.
            flushText();
        }
        text[textLength++] = c;
    }

    private void putCodePoint(int cp) throws SAXException {
        if (cp < 0x10000) {
            put((char) cp);
        } else {
            put(Character.highSurrogate(cp));
            put(Character.lowSurrogate(cp));
        }
    }

    private void flushText() throws SAXException {
        if (textLength > 0) {
            receiver.text(text, 0, textLength);
            textLength = 0;
        }
    }

    /** The code point of a UTF-8 sequence whose first byte (not ASCII) is given; refuses what is not UTF-8. */
    private int codePoint(int first) throws IOException, SAXException {
        int cp;
        if (first >= 0xC2 && first <= 0xDF) {
            cp = (first & 0x1F) << 6 | continuation(0x80, 0xBF);
        } else if (first >= 0xE0 && first <= 0xEF) {
            int b1 = continuation(first == 0xE0 ? 0xA0 : 0x80, first == 0xED ? 0x9F : 0xBF);
            cp = (first & 0x0F) << 12 | b1 << 6 | continuation(0x80, 0xBF);
        } else if (first >= 0xF0 && first <= 0xF4) {
            int b1 = continuation(first == 0xF0 ? 0x90 : 0x80, first == 0xF4 ? 0x8F : 0xBF);
            int b2 = continuation(0x80, 0xBF);
            cp = (first & 0x07) << 18 | b1 << 12 | b2 << 6 | continuation(0x80, 0xBF);
        } else {
            throw new MalformedInputException(1);
        }
        if (cp == 0xFFFE || cp == 0xFFFF) {
            throw error("character U+" + Integer.toHexString(cp) + " is not allowed in XML");
        }
        return cp;
    }

    private int continuation(int low, int high) throws IOException {
        int b = next();
        if (b < low || b > high) {
            throw new MalformedInputException(1);
        }
        return b & 0x3F;
    }

    private void markup() throws IOException, SAXException {
        int c = next();
        if (c == '?') {
            skipPast("?>");
        } else if (c == '!') {
            if (startsWith("--")) {
                skipPast("-->");
            } else if (startsWith("[CDATA[")) {
                if (depth == 0) {
                    throw error("CDATA outside the root element");
                }
                cdata(receiver.collecting());
            } else {
                throw error(startsWith("DOCTYPE") ? "DOCTYPE is disallowed" : "markup not understood");
            }
        } else if (c == '/') {
            endTag();
        } else {
            startTag(c);
        }
    }

    /**
     * Reads a name whose first byte is given into {@code into} at {@code at}, leaving the byte after it unread.
     *
     * @return its length
     */
    private int name(int first, byte[] into, int at) throws IOException, SAXException {
        int length = 0;
        int c = first;
        while (c >= 0 && !endsName(c)) {
            if (length == MAX_NAME_BYTES) {
                throw error("a name is longer than " + MAX_NAME_BYTES + " bytes");
            }
            into[at + length++] = (byte) c;
            // the rest of the name straight from the buffer, where it usually is whole
            int p = pos;
            int e = Math.min(end, p + MAX_NAME_BYTES - length);
            while (p < e && !endsName(buf[p])) {
                into[at + length++] = buf[p++];
            }
            pos = p;
            c = next();
        }
        if (length == 0) {
            throw error("a name was expected");
        }
        if (c >= 0) {
            pos--; // give back the byte that ended the name
        }
        return length;
    }

    private static boolean endsName(int c) {
        return c == '>' || c == '/' || c == '=' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<'
                || c == '"' || c == '\'' || c == '?' || c == '&';
    }

    private void startTag(int first) throws IOException, SAXException {
        if (depth == 0 && rootSeen) {
            throw error("markup after the root element");
        }
        if (depth == MAX_DEPTH) {
            throw error("elements are nested deeper than " + MAX_DEPTH + " levels");
        }
        if (namesUsed + MAX_NAME_BYTES > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesUsed + MAX_NAME_BYTES));
        }
        int length = name(first, names, namesUsed);
        int kind = kind(names, namesUsed, length);
        boolean cellAttributes = kind == ROW || kind == CELL;
        attributes.clear();
        int count = 0;
        int attributeBytes = 0;
        while (true) {
            int c = skipSpace(next());
            if (c == '>' || c == '/') {
                if (c == '/' && next() != '>') {
                    throw error("element " + nameText(names, namesUsed, length) + " not closed");
                }
                rootSeen = true;
                if (kind != OTHER) {
                    receiver.start(kind, attributes);
                }
                if (c == '/') {
                    if (kind != OTHER) {
                        receiver.end(kind);
                    }
                } else {
                    if (depth == nameStarts.length) {
                        nameStarts = Arrays.copyOf(nameStarts, depth * 2);
                        kinds = Arrays.copyOf(kinds, depth * 2);
                    }
                    nameStarts[depth] = namesUsed;
                    kinds[depth] = kind;
                    depth++;
                    namesUsed += length;
                }
                return;
            }
            if (c < 0) {
                throw error("element " + nameText(names, namesUsed, length) + " not closed");
            }
            if (count == MAX_ATTRIBUTES) {
                throw error("an element has more than " + MAX_ATTRIBUTES + " attributes");
            }
            if (attributeBytes + MAX_NAME_BYTES > attributeNames.length) {
                attributeNames = Arrays.copyOf(attributeNames, attributeBytes + MAX_NAME_BYTES);
            }
            int nameLength = name(c, attributeNames, attributeBytes);
            for (int i = 0; i < count; i++) {
                if (sameBytes(attributeNames, attributeNameStarts[i], attributeNameStarts[i + 1] - attributeNameStarts[i],
                        attributeNames, attributeBytes, nameLength)) {
                    throw error("attribute " + nameText(attributeNames, attributeBytes, nameLength) + " given twice");
                }
            }
            int slot = -1;
            if (cellAttributes && nameLength == 1) {
                byte a = attributeNames[attributeBytes];
                slot = a == 'r' ? CellAttributes.R : a == 't' ? CellAttributes.T : a == 's' ? CellAttributes.S : -1;
            }
            attributeNameStarts[count] = attributeBytes;
            attributeBytes += nameLength;
            attributeNameStarts[++count] = attributeBytes;
            if (skipSpace(next()) != '=') {
                throw error("attribute " + nameText(attributeNames, attributeBytes - nameLength, nameLength)
                        + " without a value");
            }
            int quote = skipSpace(next());
            if (quote != '"' && quote != '\'') {
                throw error("attribute " + nameText(attributeNames, attributeBytes - nameLength, nameLength)
                        + " value not quoted");
            }
            if (slot >= 0) {
                attributeValue(quote, slot);
            } else {
                skipAttributeValue(quote);
            }
        }
    }

    private void endTag() throws IOException, SAXException {
        if (depth > 0) {
            // the usual case, the open element's name and '>' straight from the buffer
            int start = nameStarts[depth - 1];
            int length = namesUsed - start;
            if (end - pos > length && buf[pos + length] == '>'
                    && Arrays.equals(buf, pos, pos + length, names, start, namesUsed)) {
                pos += length + 1;
                depth--;
                namesUsed = start;
                if (kinds[depth] != OTHER) {
                    receiver.end(kinds[depth]);
                }
                return;
            }
        }
        int c = next();
        int length = name(c, endName, 0);
        if (skipSpace(next()) != '>') {
            throw error("end tag " + nameText(endName, 0, length) + " not closed");
        }
        if (depth == 0) {
            throw error("end tag " + nameText(endName, 0, length) + " does not match its start tag");
        }
        int start = nameStarts[depth - 1];
        if (!sameBytes(names, start, namesUsed - start, endName, 0, length)) {
            throw error("end tag " + nameText(endName, 0, length) + " does not match its start tag "
                    + nameText(names, start, namesUsed - start));
        }
        depth--;
        namesUsed = start;
        if (kinds[depth] != OTHER) {
            receiver.end(kinds[depth]);
        }
    }

    private static boolean sameBytes(byte[] a, int aFrom, int aLength, byte[] b, int bFrom, int bLength) {
        return aLength == bLength && Arrays.equals(a, aFrom, aFrom + aLength, b, bFrom, bFrom + bLength);
    }

    /** A name for a message: its bytes as UTF-8, at most 40 characters of it. */
    private static String nameText(byte[] b, int from, int length) {
        String s = new String(b, from, length, StandardCharsets.UTF_8);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A value that is read: normalised as XML says (tabs and line breaks become spaces), references replaced. */
    private void attributeValue(int quote, int slot) throws IOException, SAXException {
        attributes.begin(slot);
        while (true) {
            // printable ASCII straight from the buffer (a reference, a type, a style: nearly every value whole)
            int p = pos;
            int e = Math.min(end, p + MAX_ATTRIBUTE_CHARS - attributes.length(slot));
            byte[] b = buf;
            while (p < e) {
                int x = b[p];
                if (x == quote || x < 0x20 || x == '&' || x == '<') { // negative: not ASCII
                    break;
                }
                p++;
            }
            if (p > pos) {
                attributes.appendAscii(slot, b, pos, p);
                pos = p;
            }
            int c = next();
            if (c == quote) {
                return;
            }
            if (attributes.length(slot) >= MAX_ATTRIBUTE_CHARS) {
                throw error("an attribute value is longer than " + MAX_ATTRIBUTE_CHARS + " characters");
            }
            if (c < 0 || c == '<') {
                throw error("attribute value not closed");
            } else if (c == '&') {
                int cp = reference();
                if (cp < 0x10000) {
                    attributes.append(slot, (char) cp);
                } else {
                    attributes.append(slot, Character.highSurrogate(cp));
                    attributes.append(slot, Character.lowSurrogate(cp));
                }
            } else if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                attributes.append(slot, ' ');
            } else if (c == '\t' || c == '\n') {
                attributes.append(slot, ' ');
            } else if (c < 0x20) {
                throw notAllowed(c);
            } else if (c < 0x80) {
                attributes.append(slot, (char) c);
            } else {
                int cp = codePoint(c);
                if (cp < 0x10000) {
                    attributes.append(slot, (char) cp);
                } else {
                    attributes.append(slot, Character.highSurrogate(cp));
                    attributes.append(slot, Character.lowSurrogate(cp));
                }
            }
        }
    }

    /** A value nobody reads: checked, not kept. */
    private void skipAttributeValue(int quote) throws IOException, SAXException {
        while (true) {
            int p = pos;
            int e = end;
            byte[] b = buf;
            while (p < e) {
                int x = b[p];
                if (x == quote || x == '&' || x == '<' || (x >= 0 && x < 0x20)) {
                    break;
                }
                p++;
            }
            pos = p;
            int c = next();
            if (c == quote) {
                return;
            }
            if (c < 0 || c == '<') {
                throw error("attribute value not closed");
            } else if (c == '&') {
                reference();
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw notAllowed(c);
            }
        }
    }

    /** An entity or numeric character reference, after its {@code &}: the code point it stands for. */
    private int reference() throws IOException, SAXException {
        int length = 0;
        int c;
        while ((c = next()) != ';') {
            if (c < 0 || length == reference.length || c == '<' || c == '&') {
                throw error("entity reference not closed");
            }
            reference[length++] = (char) c;
        }
        if (is("lt", length)) {
            return '<';
        } else if (is("gt", length)) {
            return '>';
        } else if (is("amp", length)) {
            return '&';
        } else if (is("quot", length)) {
            return '"';
        } else if (is("apos", length)) {
            return '\'';
        }
        String ref = new String(reference, 0, length);
        if (length < 2 || reference[0] != '#') {
            throw error("the entity \"" + ref + "\" was referenced, but not declared");
        }
        boolean hex = reference[1] == 'x';
        int from = hex ? 2 : 1;
        long cp = from < length ? 0 : -1;
        for (int i = from; i < length && cp >= 0 && cp <= 0x10FFFF; i++) {
            int d = Character.digit(reference[i], hex ? 16 : 10);
            cp = d < 0 || reference[i] > 'f' ? -1 : cp * (hex ? 16 : 10) + d;
        }
        if (!(cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF))) {
            throw error("the character reference &" + ref + "; is not a legal XML character");
        }
        return (int) cp;
    }

    private boolean is(String s, int length) {
        if (length != s.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (reference[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void cdata(boolean keep) throws IOException, SAXException {
        int c;
        while ((c = next()) >= 0) {
            if (c == ']' && startsWith("]>")) {
                return;
            }
            if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                if (keep) {
                    put('\n');
                }
            } else if (c < 0x80) {
                if (c < 0x20 && c != '\t' && c != '\n') {
                    throw notAllowed(c);
                }
                if (keep) {
                    put((char) c);
                }
            } else if (keep) {
                putCodePoint(codePoint(c));
            }
        }
        throw error("CDATA section not closed");
    }

    private int skipSpace(int c) throws IOException {
        int x = c;
        while (x == ' ' || x == '\t' || x == '\n' || x == '\r') {
            x = next();
        }
        return x;
    }

    /** Whether the next bytes are these ASCII characters; consumes them when they are, and nothing otherwise. */
    private boolean startsWith(String s) throws IOException {
        if (end - pos < s.length()) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
            int n;
            while (end < s.length() && (n = in.read(buf, end, buf.length - end)) > 0) {
                end += n;
            }
        }
        if (end - pos < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        pos += s.length();
        return true;
    }

    /** Skips a comment or a processing instruction. */
    private void skipPast(String terminator) throws IOException, SAXException {
        int c;
        while ((c = next()) >= 0) {
            if (c == terminator.charAt(0) && startsWith(terminator.substring(1))) {
                return;
            }
        }
        throw error("\"" + terminator + "\" expected before the end of the document");
    }

    private static SAXException notAllowed(int c) {
        return error("character U+" + Integer.toHexString(c) + " is not allowed in XML");
    }

    private static SAXException error(String message) {
        return new SAXException(message);
    }
}
