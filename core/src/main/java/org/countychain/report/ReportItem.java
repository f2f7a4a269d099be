package org.countychain.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.countychain.internal.Checks;

/**
 * The content a report gives for one template item (报告条目内容).
 *
 * @param itemId the template item's id, for example {@code 1.1}
 * @param blocks the paragraphs, tables and figures, in order
 * @since 0.1.0
 */
public record ReportItem(String itemId, List<ContentBlock> blocks) {
    /**
     * Checks the invariants.
     */
    public ReportItem {
        itemId = Checks.requiredText(itemId, "itemId");
        blocks = Checks.list(blocks, "blocks");
    }

    /**
     * An item made of paragraphs.
     *
     * @param itemId     the template item's id
     * @param paragraphs the paragraphs' texts
     * @return the item
     */
    public static ReportItem ofParagraphs(String itemId, String... paragraphs) {
        return new ReportItem(itemId, java.util.Arrays.stream(paragraphs)
                .map(p -> (ContentBlock) new ContentBlock.Paragraph(p)).toList());
    }

    /**
     * Whether the item has no content: no block, or only empty blocks.
     *
     * @return true when empty
     */
    @JsonIgnore
    public boolean isEmpty() {
        return blocks.stream().allMatch(ContentBlock::isEmpty);
    }
}
