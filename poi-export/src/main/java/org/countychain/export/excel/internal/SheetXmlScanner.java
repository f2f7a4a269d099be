package org.countychain.export.excel.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small XML scanner for worksheet parts, several times faster than the JDK's Xerces on them: a sheet of 500,000
 * rows is about half a gigabyte of XML, and Xerces' general machinery (symbol tables, augmentations, namespace
 * contexts) was three quarters of an import's time. It works on the inflated bytes themselves (UTF-8 is decoded
 * as it goes, only inside text and attribute values that are not ASCII), hands names on as the same string
 * instance each time they recur and attribute values as characters in a reused buffer, so a cell costs no object
 * of its own. It reports elements, attributes and text as Xerces would (local names; prefixes are not resolved,
 * as the sheet handler ignores namespaces anyway), and refuses what a secure parser refuses: a document type
 * declaration, an undefined entity, unbalanced or unclosed elements, characters XML does not allow, bytes that are
 * not UTF-8.
 *
 * <p>It reads UTF-8 only: {@link #isUtf8(BufferedInputStream)} tells the caller when to use a full parser
 * instead (a part in UTF-16, or declared in another encoding).
 */
public final class SheetXmlScanner {
    private static final int CACHE = 512;
    /** The longest attribute value read (a cell reference or a style index is a few characters). */
    static final int MAX_ATTRIBUTE_CHARS = 1 << 16;
    /** The most characters all attribute values of one element may hold together. */
    static final int MAX_ELEMENT_ATTRIBUTE_CHARS = 1 << 20;
    /** The most attributes one element may have. */
    static final int MAX_ATTRIBUTES = 256;
    /** The longest element or attribute name read. */
    static final int MAX_NAME_CHARS = 1 << 10;
    /** The longest entity or character reference read, {@code &} and {@code ;} left out. */
    private static final int MAX_REFERENCE_CHARS = 64;
    private static final int TEXT_CHUNK = 8192;

    /** Receives what the scanner reads, in document order. */
    public interface Events {
        /**
         * An element starts.
         *
         * @param local its local name (the same instance each time a name recurs, for most names)
         * @param qName its name as written
         * @param atts  its attributes, valid until this method returns
         * @throws SAXException to stop with an error
         */
        void start(String local, String qName, Atts atts) throws SAXException;

        /**
         * An element ends.
         *
         * @param local its local name
         * @param qName its name as written
         * @throws SAXException to stop with an error
         */
        void end(String local, String qName) throws SAXException;

        /**
         * Text, possibly in several pieces.
         *
         * @param ch     the characters, valid until this method returns
         * @param start  where they start
         * @param length how many
         * @throws SAXException to stop with an error
         */
        void text(char[] ch, int start, int length) throws SAXException;
    }

    /** An element's attributes: names, and values as characters in one reused buffer. */
    public static final class Atts {
        private int count;
        private String[] qNames = new String[8];
        private String[] locals = new String[8];
        private int[] starts = new int[8];
        private int[] lengths = new int[8];
        private char[] chars = new char[256];
        private int used;

        /**
         * The attributes of a SAX event, copied.
         *
         * @param attributes the attributes
         * @return a copy
         */
        public static Atts of(Attributes attributes) {
            Atts a = new Atts();
            a.copy(attributes);
            return a;
        }

        void copy(Attributes attributes) {
            clear();
            for (int i = 0; i < attributes.getLength(); i++) {
                String local = attributes.getLocalName(i);
                begin(attributes.getQName(i), local == null || local.isEmpty() ? attributes.getQName(i) : local);
                String v = attributes.getValue(i);
                for (int k = 0; k < v.length(); k++) {
                    append(v.charAt(k));
                }
                finish();
            }
        }

        void clear() {
            count = 0;
            used = 0;
        }

        void begin(String qName, String local) {
            if (count == qNames.length) {
                int n = count * 2;
                qNames = Arrays.copyOf(qNames, n);
                locals = Arrays.copyOf(locals, n);
                starts = Arrays.copyOf(starts, n);
                lengths = Arrays.copyOf(lengths, n);
            }
            qNames[count] = qName;
            locals[count] = local;
            starts[count] = used;
        }

        void append(char c) {
            if (used == chars.length) {
                chars = Arrays.copyOf(chars, used * 2);
            }
            chars[used++] = c;
        }

        void appendAscii(byte[] bytes, int from, int length) {
            if (used + length > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(used + length, chars.length * 2));
            }
            for (int i = 0; i < length; i++) {
                chars[used + i] = (char) bytes[from + i];
            }
            used += length;
        }

        void finish() {
            lengths[count] = used - starts[count];
            count++;
        }

        /** Characters of the value being read. */
        int pending() {
            return used - starts[count];
        }

        /**
         * How many attributes.
         *
         * @return the count
         */
        public int length() {
            return count;
        }

        /**
         * An attribute's name as written.
         *
         * @param i its index
         * @return the name
         */
        public String qName(int i) {
            return qNames[i];
        }

        /**
         * An attribute's local name.
         *
         * @param i its index
         * @return the name
         */
        public String local(int i) {
            return locals[i];
        }

        /**
         * The index of an attribute by its name as written (as SAX's {@code getValue(qName)} finds it).
         *
         * @param qName the name
         * @return the index, or -1
         */
        public int index(String qName) {
            for (int i = 0; i < count; i++) {
                if (qNames[i] == qName) { // names are interned: the usual case
                    return i;
                }
            }
            for (int i = 0; i < count; i++) {
                if (qNames[i].equals(qName)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * An attribute's value as a string.
         *
         * @param i its index
         * @return the value
         */
        public String value(int i) {
            return new String(chars, starts[i], lengths[i]);
        }

        /**
         * The buffer holding the values.
         *
         * @return the characters; see {@link #start(int)} and {@link #valueLength(int)}
         */
        public char[] chars() {
            return chars;
        }

        /**
         * Where an attribute's value starts in {@link #chars()}.
         *
         * @param i its index
         * @return the offset
         */
        public int start(int i) {
            return starts[i];
        }

        /**
         * The length of an attribute's value.
         *
         * @param i its index
         * @return characters
         */
        public int valueLength(int i) {
            return lengths[i];
        }

        /** Whether the value at {@code i} is these characters. */
        boolean valueEquals(int i, String s) {
            if (lengths[i] != s.length()) {
                return false;
            }
            for (int k = 0; k < s.length(); k++) {
                if (chars[starts[i] + k] != s.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final Events events;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private char[] text = new char[TEXT_CHUNK];
    private int textLength;
    private boolean inAttribute;
    private char[] name = new char[64];
    private final char[] reference = new char[MAX_REFERENCE_CHARS];
    private final Atts atts = new Atts();
    private String[] stack = new String[16];
    private int depth;
    private boolean rootSeen;
    private final String[] cached = new String[CACHE];
    private final String[] cachedLocal = new String[CACHE];
    private final char[][] cachedChars = new char[CACHE][];
    private String lastLocal;

    private SheetXmlScanner(InputStream in, Events events) {
        this.in = in;
        this.events = events;
    }

    /**
     * Whether a part is UTF-8 XML this scanner reads: no UTF-16 byte-order mark or first bytes, and no XML
     * declaration naming another encoding. The stream is left where it was.
     *
     * @param in the part, buffered
     * @return true when the scanner can read it
     * @throws IOException when reading fails
     */
    public static boolean isUtf8(BufferedInputStream in) throws IOException {
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
     * Scans a UTF-8 document.
     *
     * @param in     the document
     * @param events receives the events (start and end of elements, text; no start or end of document)
     * @throws IOException  when reading fails or the bytes are not UTF-8
     * @throws SAXException when the document is not well-formed XML, or from the receiver
     */
    public static void scan(InputStream in, Events events) throws IOException, SAXException {
        new SheetXmlScanner(in, events).document();
    }

    /**
     * Scans a UTF-8 document for a SAX handler.
     *
     * @param in      the document
     * @param handler receives the events (start and end of elements, text; no start or end of document)
     * @throws IOException  when reading fails or the bytes are not UTF-8
     * @throws SAXException when the document is not well-formed XML, or from the handler
     */
    public static void scan(InputStream in, ContentHandler handler) throws IOException, SAXException {
        AttributesImpl sax = new AttributesImpl();
        scan(in, new Events() {
            @Override
            public void start(String local, String qName, Atts a) throws SAXException {
                sax.clear();
                for (int i = 0; i < a.length(); i++) {
                    sax.addAttribute("", a.local(i), a.qName(i), "CDATA", a.value(i));
                }
                handler.startElement("", local, qName, sax);
            }

            @Override
            public void end(String local, String qName) throws SAXException {
                handler.endElement("", local, qName);
            }

            @Override
            public void text(char[] ch, int start, int length) throws SAXException {
                handler.characters(ch, start, length);
            }
        });
    }

    /**
     * A SAX handler that passes what a full parser reports on to a receiver of this scanner's events, for parts
     * the scanner does not read.
     *
     * @param events the receiver
     * @return the handler
     */
    public static DefaultHandler handler(Events events) {
        Atts copy = new Atts();
        return new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes)
                    throws SAXException {
                copy.copy(attributes);
                events.start(localName, qName, copy);
            }

            @Override
            public void endElement(String uri, String localName, String qName) throws SAXException {
                events.end(localName, qName);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                events.text(ch, start, length);
            }
        };
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
        int first = next();
        if (first == 0xEF) {
            if (codePoint(first) != 0xFEFF) {
                throw error("content is not allowed outside the root element");
            }
        } else if (first >= 0) {
            pos--; // give it back
        }
        while (true) {
            if (depth > 0) {
                plainText();
            }
            int c = next();
            if (c < 0) {
                break;
            }
            if (c == '<') {
                flushText();
                markup();
            } else if (depth == 0) {
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    throw error("content is not allowed outside the root element");
                }
            } else if (c == '&') {
                reference();
            } else if (c == '\r') {
                if (peek() == '\n') {
                    next();
                }
                put('\n');
            } else if (c < 0x80) {
                if (c < 0x20 && c != '\t' && c != '\n') {
                    throw error("character U+" + Integer.toHexString(c) + " is not allowed in XML");
                }
                put((char) c);
            } else {
                decode(c);
            }
        }
        flushText();
        if (depth != 0 || !rootSeen) {
            throw error("XML document structures must start and end within the same entity");
        }
    }

    /** Copies printable ASCII text straight from the buffer, up to anything that needs a closer look. */
    private void plainText() throws SAXException {
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
    }

    /** Decodes the character whose first byte is given and appends it. */
    private void decode(int first) throws IOException, SAXException {
        int cp = codePoint(first);
        if (cp < 0x10000) {
            if (cp >= 0xFFFE) {
                throw error("character U+" + Integer.toHexString(cp) + " is not allowed in XML");
            }
            put((char) cp);
        } else {
            put(Character.highSurrogate(cp));
            put(Character.lowSurrogate(cp));
        }
    }

    /** The code point of a UTF-8 sequence whose first byte (not ASCII) is given; refuses what is not UTF-8. */
    private int codePoint(int first) throws IOException {
        if (first >= 0xC2 && first <= 0xDF) {
            return (first & 0x1F) << 6 | continuation(0x80, 0xBF);
        }
        if (first >= 0xE0 && first <= 0xEF) {
            int b1 = continuation(first == 0xE0 ? 0xA0 : 0x80, first == 0xED ? 0x9F : 0xBF);
            return (first & 0x0F) << 12 | b1 << 6 | continuation(0x80, 0xBF);
        }
        if (first >= 0xF0 && first <= 0xF4) {
            int b1 = continuation(first == 0xF0 ? 0x90 : 0x80, first == 0xF4 ? 0x8F : 0xBF);
            int b2 = continuation(0x80, 0xBF);
            return (first & 0x07) << 18 | b1 << 12 | b2 << 6 | continuation(0x80, 0xBF);
        }
        throw new MalformedInputException(1);
    }

    private int continuation(int low, int high) throws IOException {
        int b = next();
        if (b < low || b > high) {
            throw new MalformedInputException(1);
        }
        return b & 0x3F;
    }

    private void put(char c) throws SAXException {
        if (inAttribute) {
            if (atts.pending() >= MAX_ATTRIBUTE_CHARS) {
                throw error("an attribute value is longer than " + MAX_ATTRIBUTE_CHARS + " characters");
            }
            if (atts.used >= MAX_ELEMENT_ATTRIBUTE_CHARS) {
                throw error("the attributes of an element are longer than " + MAX_ELEMENT_ATTRIBUTE_CHARS
                        + " characters");
            }
            atts.append(c);
            return;
        }
        if (textLength == text.length) {
            // Text is handed on in pieces (as SAX parsers do), so a huge text node is never held whole.
            flushText();
        }
        text[textLength++] = c;
    }

    private void flushText() throws SAXException {
        if (textLength > 0) {
            events.text(text, 0, textLength);
            textLength = 0;
        }
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
                cdata();
            } else {
                throw error(startsWith("DOCTYPE") ? "DOCTYPE is disallowed" : "markup not understood");
            }
        } else if (c == '/') {
            String qName = name(next());
            String local = lastLocal;
            c = skipSpace(next());
            if (c != '>') {
                throw error("end tag " + qName + " not closed");
            }
            if (depth == 0 || !stack[depth - 1].equals(qName)) {
                throw error("end tag " + qName + " does not match its start tag");
            }
            depth--;
            events.end(local, qName);
        } else {
            startTag(c);
        }
    }

    private void startTag(int first) throws IOException, SAXException {
        if (depth == 0 && rootSeen) {
            throw error("markup after the root element");
        }
        String qName = name(first);
        String local = lastLocal;
        atts.clear();
        while (true) {
            int c = skipSpace(next());
            if (c == '>' || c == '/') {
                if (c == '/' && next() != '>') {
                    throw error("element " + qName + " not closed");
                }
                rootSeen = true;
                events.start(local, qName, atts);
                if (c == '/') {
                    events.end(local, qName);
                } else {
                    if (depth == stack.length) {
                        stack = Arrays.copyOf(stack, depth * 2);
                    }
                    stack[depth++] = qName;
                }
                return;
            }
            String attribute = name(c);
            String attributeLocal = lastLocal;
            if (skipSpace(next()) != '=') {
                throw error("attribute " + attribute + " without a value");
            }
            int quote = skipSpace(next());
            if (quote != '"' && quote != '\'') {
                throw error("attribute " + attribute + " value not quoted");
            }
            if (atts.index(attribute) >= 0) {
                throw error("attribute " + attribute + " given twice");
            }
            if (atts.length() >= MAX_ATTRIBUTES) {
                throw error("an element has more than " + MAX_ATTRIBUTES + " attributes");
            }
            atts.begin(attribute, attributeLocal);
            attributeValue(quote);
            atts.finish();
        }
    }

    private void attributeValue(int quote) throws IOException, SAXException {
        inAttribute = true;
        plainAttributeValue(quote);
        int c;
        while ((c = next()) != quote) {
            if (c < 0 || c == '<') {
                throw error("attribute value not closed");
            } else if (c == '&') {
                reference();
            } else if (c == '\r') {
                if (peek() == '\n') {
                    next();
                }
                put(' ');
            } else if (c == '\t' || c == '\n') {
                put(' ');
            } else if (c < 0x20) {
                throw error("character U+" + Integer.toHexString(c) + " is not allowed in XML");
            } else if (c < 0x80) {
                put((char) c);
            } else {
                decode(c);
            }
        }
        inAttribute = false;
    }

    /** Copies printable ASCII of an attribute value straight from the buffer, up to anything that needs a closer look. */
    private void plainAttributeValue(int quote) {
        int p = pos;
        int e = end;
        int room = Math.min(MAX_ATTRIBUTE_CHARS - atts.pending(), MAX_ELEMENT_ATTRIBUTE_CHARS - atts.used);
        if (e - p > room) {
            e = p + Math.max(room, 0);
        }
        int from = p;
        while (p < e) {
            int c = buf[p];
            if (c < 0x20 || c == quote || c == '<' || c == '&') { // negative: not ASCII
                break;
            }
            p++;
        }
        atts.appendAscii(buf, from, p - from);
        pos = p;
    }

    /** An entity or numeric character reference, after its {@code &}: appends the character(s). */
    private void reference() throws IOException, SAXException {
        int length = 0;
        int c;
        while ((c = next()) != ';') {
            if (c < 0 || length == reference.length || c == '<' || c == '&') {
                throw error("entity reference not closed");
            }
            reference[length++] = (char) c;
        }
        if (is("lt", length)) {
            put('<');
        } else if (is("gt", length)) {
            put('>');
        } else if (is("amp", length)) {
            put('&');
        } else if (is("quot", length)) {
            put('"');
        } else if (is("apos", length)) {
            put('\'');
        } else {
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
            for (char x : Character.toChars((int) cp)) {
                put(x);
            }
        }
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

    private void cdata() throws IOException, SAXException {
        int c;
        while ((c = next()) >= 0) {
            if (c == ']' && startsWith("]>")) {
                return;
            }
            if (c == '\r') {
                if (peek() == '\n') {
                    next();
                }
                put('\n');
            } else if (c < 0x80) {
                if (c < 0x20 && c != '\t' && c != '\n') {
                    throw error("character U+" + Integer.toHexString(c) + " is not allowed in XML");
                }
                put((char) c);
            } else {
                decode(c);
            }
        }
        throw error("CDATA section not closed");
    }

    /** Reads a name whose first byte is given; sets {@link #lastLocal} to its local part. */
    private String name(int first) throws IOException, SAXException {
        if (first >= 0 && first < 0x80 && !endsName(first) && pos > 0) {
            // the usual case: an ASCII name wholly in the buffer, read without a call per byte
            int p = pos;
            int n = 1;
            int h = first;
            char[] chars = name;
            chars[0] = (char) first;
            while (p < end && n < chars.length) {
                int c = buf[p];
                if (endsName(c)) {
                    pos = p;
                    return intern(h, n);
                }
                if (c < 0) {
                    break;
                }
                chars[n++] = (char) c;
                h = 31 * h + c;
                p++;
            }
        }
        int length = 0;
        int h = 0;
        int c = first;
        while (c >= 0 && !endsName(c)) {
            if (length + 2 > name.length) {
                if (length >= MAX_NAME_CHARS) {
                    throw error("a name is longer than " + MAX_NAME_CHARS + " characters");
                }
                name = Arrays.copyOf(name, name.length * 2);
            }
            if (c < 0x80) {
                name[length++] = (char) c;
                h = 31 * h + c;
            } else {
                int cp = codePoint(c);
                for (char x : Character.toChars(cp)) {
                    name[length++] = x;
                    h = 31 * h + x;
                }
            }
            c = next();
        }
        if (length == 0) {
            throw error("a name was expected");
        }
        if (c >= 0) {
            pos--; // give back the byte that ended the name
        }
        return intern(h, length);
    }

    private static boolean endsName(int c) {
        return c == '>' || c == '/' || c == '=' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<'
                || c == '"' || c == '\'';
    }

    /**
     * A string for the name in {@link #name}: the same instance each time, kept in a small table indexed by its
     * hash (a few comparisons per look-up).
     */
    private String intern(int hash, int length) {
        int slot = (hash ^ hash >>> 9 ^ hash >>> 17) & (CACHE - 1);
        for (int probe = 0; probe < 4; probe++) {
            int i = (slot + probe) & (CACHE - 1);
            String s = cached[i];
            if (s == null) {
                // interned, so that a receiver comparing with a literal finds it equal at the first test
                s = new String(name, 0, length).intern();
                cached[i] = s;
                cachedChars[i] = s.toCharArray();
                cachedLocal[i] = local(s).intern();
                lastLocal = cachedLocal[i];
                return s;
            }
            if (s.length() == length && regionEquals(cachedChars[i], name, length)) {
                lastLocal = cachedLocal[i];
                return s;
            }
        }
        String s = new String(name, 0, length);
        lastLocal = local(s);
        return s;
    }

    private static String local(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    private static boolean regionEquals(char[] a, char[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
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

    /** Skips comments and processing instructions; their characters must still be UTF-8. */
    private void skipPast(String terminator) throws IOException, SAXException {
        int c;
        while ((c = next()) >= 0) {
            if (c == terminator.charAt(0) && startsWith(terminator.substring(1))) {
                return;
            }
            if (c >= 0x80) {
                codePoint(c);
            }
        }
        throw error("\"" + terminator + "\" expected before the end of the document");
    }

    private static SAXException error(String message) {
        return new SAXException(message);
    }
}
