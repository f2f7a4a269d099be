package org.countychain.export.docx.read;

import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/** Attribute helpers for WordprocessingML. */
final class Docx {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Docx() {
    }

    /** A {@code w:} attribute by local name (transitional or strict namespace, or none). */
    static @Nullable String attr(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local)) {
                String ns = r.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty() || ns.equals(W) || ns.equals(W_STRICT)) {
                    return r.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    /** A relationship attribute ({@code r:id}, {@code r:embed}). */
    static @Nullable String relAttr(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local)) {
                String ns = r.getAttributeNamespace(i);
                if (ns != null && ns.contains("relationships")) {
                    return r.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    static int intAttr(XMLStreamReader r, String local, int otherwise) {
        String v = attr(r, local);
        if (v == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** An on/off value: absent means {@code absent}; {@code 0}, {@code false}, {@code off} mean off. */
    static boolean isOn(@Nullable String value, boolean absent) {
        if (value == null) {
            return absent;
        }
        return !(value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off"));
    }
}
