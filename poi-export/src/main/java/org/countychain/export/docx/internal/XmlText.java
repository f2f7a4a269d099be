package org.countychain.export.docx.internal;

/** Removes the characters XML 1.0 forbids from text that is assembled outside the streaming writer. */
final class XmlText {
    private XmlText() {
    }

    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 0x20 && c < 0xD800) || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
