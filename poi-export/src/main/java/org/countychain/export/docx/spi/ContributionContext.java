package org.countychain.export.docx.spi;

import org.countychain.Experimental;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.model.ExportRequest;

/**
 * SPI: what a {@link DocxContributor} may know about the export in progress (导出上下文).
 *
 * <p>Experimental: may change until a second release has proved it.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public interface ContributionContext {
    /**
     * The export request: report, data set, template, mode, appendices.
     *
     * @return the request
     */
    ExportRequest request();

    /**
     * The style sheet in effect, after every contributor's {@link DocxContributor#styleSheet(StyleSheet)}.
     *
     * @return the style sheet
     */
    StyleSheet styleSheet();

    /**
     * The width of the text area, for sizing pictures.
     *
     * @return millimetres
     */
    default double textWidthMm() {
        return styleSheet().page().textWidthMm();
    }
}
