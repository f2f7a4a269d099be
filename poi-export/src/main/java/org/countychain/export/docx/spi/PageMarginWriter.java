package org.countychain.export.docx.spi;

import org.countychain.Experimental;

/**
 * SPI: writes the page header and footer of a Word report (页眉页脚写入器), handed to
 * {@link DocxContributor#pageMargins(ContributionContext, PageMarginWriter)}. Each call adds one paragraph; what is
 * written shows on every page, odd and even. Once any contributor writes a footer it replaces the exporter's page
 * number footer ({@code — 1 —}), so write {@link #PAGE} where the number belongs. In text, {@link #PAGE} becomes the
 * page number and {@link #PAGES} the number of pages, both as fields Word and LibreOffice update; a line break
 * becomes a line break. Text is made XML-safe as in the {@link BodyWriter}. Carries no POI types.
 *
 * <p>Experimental: may change until a second release has proved it.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public interface PageMarginWriter {
    /** In text, replaced by the page number field ({@code PAGE}): {@code "— {page} —"}. */
    String PAGE = "{page}";
    /** In text, replaced by the number of pages field ({@code NUMPAGES}): {@code "第{page}页 共{pages}页"}. */
    String PAGES = "{pages}";

    /**
     * Adds a paragraph to the page header (页眉).
     *
     * @param format the paragraph's font, alignment and colour; {@code ruleBelow} draws the usual header rule
     * @param text   the text, with {@link #PAGE} and {@link #PAGES} where the numbers go
     */
    void header(ParagraphFormat format, String text);

    /**
     * Adds a paragraph to the page footer (页脚), replacing the exporter's page number footer.
     *
     * @param format the paragraph's font, alignment and colour
     * @param text   the text, with {@link #PAGE} and {@link #PAGES} where the numbers go
     */
    void footer(ParagraphFormat format, String text);
}
