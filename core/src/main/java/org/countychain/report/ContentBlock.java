package org.countychain.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A block of a report item's content (报告内容块): a paragraph, a table, a figure or a sub-heading. In JSON each
 * block has a {@code "type"} of {@code paragraph}, {@code table}, {@code figure} or {@code subheading}.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ContentBlock.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = ContentBlock.Table.class, name = "table"),
        @JsonSubTypes.Type(value = ContentBlock.Figure.class, name = "figure"),
        @JsonSubTypes.Type(value = ContentBlock.Subheading.class, name = "subheading")
})
public sealed interface ContentBlock {

    /**
     * Whether the block carries no content (a blank paragraph, a table with no rows).
     *
     * @return true when empty
     */
    @JsonIgnore
    boolean isEmpty();

    /**
     * A paragraph of text (段落).
     *
     * @param text the text; may be empty in a draft
     * @since 0.1.0
     */
    record Paragraph(String text) implements ContentBlock {
        /**
         * Checks the invariants.
         */
        public Paragraph {
            text = text == null ? "" : text.strip();
        }

        @JsonIgnore
        @Override
        public boolean isEmpty() {
            return text.isEmpty();
        }
    }

    /**
     * A table (表格), its caption printed above it.
     *
     * @param caption the caption, or {@code null}
     * @param header  the column headings
     * @param rows    the rows; each has as many cells as the header
     * @since 0.1.0
     */
    record Table(@Nullable String caption, List<String> header, List<List<String>> rows) implements ContentBlock {
        /**
         * Checks the invariants: a header, and every row as wide as the header.
         */
        public Table {
            caption = Checks.optionalText(caption);
            header = Checks.list(header, "header");
            if (header.isEmpty()) {
                throw new InvalidInputException(ErrorCode.REQUIRED, "header");
            }
            List<List<String>> copy = Checks.list(rows, "rows").stream()
                    .map(r -> Checks.list(r, "rows[]")).toList();
            for (int i = 0; i < copy.size(); i++) {
                if (copy.get(i).size() != header.size()) {
                    throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "rows[" + i + "]",
                            copy.get(i).size() + " cells", header.size() + " cells, as the header");
                }
            }
            rows = copy;
        }

        @JsonIgnore
        @Override
        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /**
     * A figure (图), its caption printed under it. The chain map and the R&amp;D intensity chart are drawn by
     * the exporter from the report's data; an {@link FigureKind#IMAGE} names an image the caller supplies.
     *
     * @param kind    what it shows
     * @param caption the caption
     * @param image   for {@link FigureKind#IMAGE}, the name of the image resource; otherwise {@code null}
     * @since 0.1.0
     */
    record Figure(FigureKind kind, String caption, @Nullable String image) implements ContentBlock {
        /**
         * Checks the invariants.
         */
        public Figure {
            Checks.required(kind, "kind");
            caption = Checks.requiredText(caption, "caption");
            image = Checks.optionalText(image);
            if (kind == FigureKind.IMAGE && image == null) {
                throw new InvalidInputException(ErrorCode.REQUIRED, "image");
            }
        }

        @JsonIgnore
        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /**
     * A sub-heading inside an item (小标题), printed as a heading below the item's own ({@code （1）晋江市}). In a
     * consolidated report (R3) it attributes the blocks that follow it, up to the next sub-heading, to one county.
     *
     * @param text   the heading as printed, for example {@code （1）晋江市}
     * @param county the county whose content follows, or {@code null} for a plain sub-heading
     * @since 0.1.0
     */
    record Subheading(String text, @Nullable DivisionCode county) implements ContentBlock {
        /**
         * Checks the invariants.
         */
        public Subheading {
            text = Checks.requiredText(text, "text");
        }

        /**
         * A sub-heading carries no content of its own; an item of sub-headings only is empty.
         *
         * @return always true
         */
        @JsonIgnore
        @Override
        public boolean isEmpty() {
            return true;
        }
    }
}
