package org.countychain.export.docx.spi;

import org.countychain.Experimental;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SPI: writes content into the body of a Word report being exported (正文写入器), handed to a
 * {@link DocxContributor}. Text is made XML-safe (characters XML 1.0 forbids are removed and counted); a line break
 * in text becomes a line break in the paragraph. Carries no POI types: the document is streamed.
 *
 * <p>Experimental: may change until a second release has proved it.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public interface BodyWriter {
    /**
     * A heading in the style sheet's heading level: 1 {@code 一、}, 2 {@code （一）}, 3 {@code 1.}, 4 {@code （1）}.
     * The text is written as given, number included.
     *
     * @param level 1 to 4
     * @param text  the heading, for example {@code 四、附录}
     */
    void heading(int level, String text);

    /**
     * A body paragraph (正文), with the style sheet's indent and line spacing.
     *
     * @param text the text
     */
    void paragraph(String text);

    /**
     * A paragraph in its own format.
     *
     * @param format the format
     * @param text   the text
     */
    void paragraph(ParagraphFormat format, String text);

    /**
     * A table with its caption above it; the header row repeats on every page and rows are never split. Column
     * widths are chosen from the content to fill the text width.
     *
     * @param caption the caption, or {@code null}
     * @param header  the column headings
     * @param rows    the rows, each as wide as the header
     */
    void table(@Nullable String caption, List<String> header, List<List<String>> rows);

    /**
     * A picture with its caption under it, scaled to fit the text width.
     *
     * @param pngOrJpeg the image's bytes, PNG or JPEG
     * @param widthMm   the width to print it at; at most the text width
     * @param caption   the caption, or {@code null}
     */
    void image(byte[] pngOrJpeg, double widthMm, String caption);

    /**
     * Starts a new page.
     */
    void pageBreak();
}
