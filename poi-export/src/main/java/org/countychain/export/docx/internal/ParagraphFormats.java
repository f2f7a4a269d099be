package org.countychain.export.docx.internal;

import org.countychain.export.docx.spi.ParagraphFormat;
import org.countychain.export.docx.style.StyleSheet;

/** Paragraph formats the exporter itself uses. */
final class ParagraphFormats {
    private ParagraphFormats() {
    }

    static ParagraphFormat centred(StyleSheet sheet) {
        return ParagraphFormat.centred(sheet.body());
    }
}
