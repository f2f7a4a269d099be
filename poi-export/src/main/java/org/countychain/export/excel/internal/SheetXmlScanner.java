package org.countychain.export.excel.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * A small XML scanner for worksheet parts, several times faster than the JDK's Xerces on them: a sheet of 500,000
 * rows is about half a gigabyte of XML, and Xerces' general machinery (symbol tables, augmentations, namespace
 * contexts) was three quarters of an import's time. It reports elements, attributes and text to a SAX
 * {@link ContentHandler} as Xerces would (local names; prefixes are not resolved, as the sheet handler ignores
 * namespaces anyway), and refuses what a secure parser refuses: a document type declaration, an undefined entity,
 * unbalanced or unclosed elements, characters XML does not allow, bytes that are not UTF-8.
 *
 * <p>It reads UTF-8 only: {@link #isUtf8(BufferedInputStream)} tells the caller when to use a full parser
 * instead (a part in UTF-16, or declared in another encoding).
 */
public final class SheetXmlScanner {
    private static final int CACHE = 256;
    /** The longest attribute value read (a cell reference or a style index is a few characters). */
    static final int MAX_ATTRIBUTE_CHARS = 1 << 16;
    /** The longest element or attribute name read. */
    static final int MAX_NAME_CHARS = 1 << 10;

    private final Reader in;
    private final ContentHandler handler;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int end;
    private char[] text = new char[1024];
    private int textLength;
    private boolean inAttribute;
    private char[] name = new char[64];
    private final AttributesImpl atts = new AttributesImpl();
    private String[] stack = new String[16];
    private int depth;
    private boolean rootSeen;
    private final String[] cached = new String[CACHE];
    private final String[] cachedLocal = new String[CACHE];
    private String lastLocal;

    private SheetXmlScanner(Reader in, ContentHandler handler) {
        this.in = in;
        this.handler = handler;
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
     * @param in      the document
     * @param handler receives the events (start and end of elements, text; no start or end of document)
     * @throws IOException  when reading fails or the bytes are not UTF-8
     * @throws SAXException when the document is not well-formed XML, or from the handler
     */
    public static void scan(InputStream in, ContentHandler handler) throws IOException, SAXException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
        new SheetXmlScanner(reader, handler).document();
    }

    private int next() throws IOException {
        if (pos == end && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == end && !fill()) {
            return -1;
        }
        return buf[pos];
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
        if (peek() == '\uFEFF') {
            next();
        }
        int c;
        while ((c = next()) >= 0) {
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
                append('\n');
            } else {
                if ((c < 0x20 && c != '\t' && c != '\n') || c >= 0xFFFE) {
                    throw error("character U+" + Integer.toHexString(c) + " is not allowed in XML");
                }
                append((char) c);
            }
        }
        flushText();
        if (depth != 0 || !rootSeen) {
            throw error("XML document structures must start and end within the same entity");
        }
    }

    private void append(char c) throws SAXException {
        if (textLength == text.length) {
            if (inAttribute) {
                if (text.length >= MAX_ATTRIBUTE_CHARS) {
                    throw error("an attribute value is longer than " + MAX_ATTRIBUTE_CHARS + " characters");
                }
                text = Arrays.copyOf(text, text.length * 2);
            } else {
                // Text is handed on in pieces (as SAX parsers do), so a huge text node is never held whole.
                flushText();
            }
        }
        text[textLength++] = c;
    }

    private void flushText() throws SAXException {
        if (textLength > 0) {
            handler.characters(text, 0, textLength);
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
            handler.endElement("", local, qName);
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
                handler.startElement("", local, qName, atts);
                if (c == '/') {
                    handler.endElement("", local, qName);
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
            if (atts.getIndex(attribute) >= 0) {
                throw error("attribute " + attribute + " given twice");
            }
            atts.addAttribute("", attributeLocal, attribute, "CDATA", attributeValue(quote));
        }
    }

    private String attributeValue(int quote) throws IOException, SAXException {
        flushText();
        inAttribute = true;
        int start = textLength;
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
                append(' ');
            } else if (c == '\t' || c == '\n') {
                append(' ');
            } else if (c < 0x20 || c >= 0xFFFE) {
                throw error("character U+" + Integer.toHexString(c) + " is not allowed in XML");
            } else {
                append((char) c);
            }
        }
        String v = intern(text, start, textLength - start, false);
        textLength = start;
        inAttribute = false;
        return v;
    }

    /** An entity or numeric character reference, after its {@code &}: appends the character(s). */
    private void reference() throws IOException, SAXException {
        int length = 0;
        int c;
        while ((c = next()) != ';') {
            if (c < 0 || length == name.length || c == '<' || c == '&') {
                throw error("entity reference not closed");
            }
            name[length++] = (char) c;
        }
        String ref = new String(name, 0, length);
        switch (ref) {
            case "lt" -> append('<');
            case "gt" -> append('>');
            case "amp" -> append('&');
            case "quot" -> append('"');
            case "apos" -> append('\'');
            default -> {
                int cp;
                try {
                    cp = ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16)
                            : ref.startsWith("#") ? Integer.parseInt(ref.substring(1)) : -1;
                } catch (NumberFormatException e) {
                    cp = -1;
                }
                if (cp < 0 && !ref.startsWith("#")) {
                    throw error("the entity \"" + ref + "\" was referenced, but not declared");
                }
                if (!(cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF))) {
                    throw error("the character reference &" + ref + "; is not a legal XML character");
                }
                for (char x : Character.toChars(cp)) {
                    append(x);
                }
            }
        }
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
                c = '\n';
            }
            append((char) c);
        }
        throw error("CDATA section not closed");
    }

    /** Reads a name whose first character is given; sets {@link #lastLocal} to its local part. */
    private String name(int first) throws IOException, SAXException {
        int length = 0;
        int c = first;
        while (c >= 0 && c != '>' && c != '/' && c != '=' && c != ' ' && c != '\t' && c != '\n' && c != '\r'
                && c != '<' && c != '"' && c != '\'') {
            if (length == name.length) {
                if (length >= MAX_NAME_CHARS) {
                    throw error("a name is longer than " + MAX_NAME_CHARS + " characters");
                }
                name = Arrays.copyOf(name, length * 2);
            }
            name[length++] = (char) c;
            c = next();
        }
        if (length == 0) {
            throw error("a name was expected");
        }
        if (c >= 0) {
            pos--; // give back the character that ended the name
        }
        return intern(name, 0, length, true);
    }

    /**
     * A string for these characters: the same instance each time for names and for short values that repeat
     * (cell types such as {@code s} or {@code inlineStr}, style numbers), kept in a small table indexed by their
     * hash (one comparison per look-up); cell references such as {@code A2} are made anew.
     */
    private String intern(char[] chars, int offset, int length, boolean isName) {
        if (length > 16 || !(isName || repeats(chars, offset, length))) {
            String s = new String(chars, offset, length);
            lastLocal = local(s);
            return s;
        }
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        int slot = (h ^ h >>> 7) & (CACHE - 1);
        String s = cached[slot];
        if (s != null && s.length() == length && regionEquals(s, chars, offset)) {
            lastLocal = cachedLocal[slot];
            return s;
        }
        s = new String(chars, offset, length);
        lastLocal = local(s);
        cached[slot] = s;
        cachedLocal[slot] = lastLocal;
        return s;
    }

    private static String local(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** Lower-case letters only, or at most three digits. */
    private static boolean repeats(char[] chars, int offset, int length) {
        boolean letters = true;
        boolean digits = length <= 3;
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            letters &= c >= 'a' && c <= 'z';
            digits &= c >= '0' && c <= '9';
        }
        return length > 0 && (letters || digits);
    }

    private static boolean regionEquals(String s, char[] chars, int offset) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != chars[offset + i]) {
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

    /** Whether the next characters are these; consumes them when they are, and nothing otherwise. */
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

    private void skipPast(String terminator) throws IOException, SAXException {
        int c;
        while ((c = next()) >= 0) {
            if (c == terminator.charAt(0) && startsWith(terminator.substring(1))) {
                return;
            }
        }
        throw error("\"" + terminator + "\" expected before the end of the document");
    }

    private static SAXException error(String message) {
        return new SAXException(message);
    }
}
