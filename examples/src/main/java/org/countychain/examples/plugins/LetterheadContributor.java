package org.countychain.examples.plugins;

import org.countychain.CountyChainVersion;
import org.countychain.export.docx.spi.BodyWriter;
import org.countychain.export.docx.spi.ContributionContext;
import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.export.docx.spi.ParagraphFormat;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.docx.style.TextStyle;

/**
 * Example plug-in of the {@link DocxContributor} SPI: a red letterhead (红头) above the report's title — the issuing
 * authority's name in red 方正小标宋简体 with a red rule under it — naming the reporting unit's S&amp;T bureau.
 * Found through {@code META-INF/services}; an application adds it with
 * {@code DocxExporter.builder().contributor(new LetterheadContributor())}.
 */
public final class LetterheadContributor implements DocxContributor {
    /** The red of GB/T 9704's issuing-authority mark. */
    public static final String RED = "E60000";

    @Override
    public String id() {
        return "letterhead";
    }

    @Override
    public void beforeTitle(ContributionContext context, BodyWriter body) {
        String unit = context.request().report().unitName();
        body.paragraph(new ParagraphFormat(TextStyle.of(StyleSheet.XIAOBIAOSONG, 26), ParagraphFormat.Alignment.CENTRE,
                RED, 0, true), unit + "科学技术局");
    }

    /** The version this plug-in was compiled against: the compiler copies the constant into this class. */
    @Override
    public String builtAgainst() {
        return CountyChainVersion.SPI;
    }
}
