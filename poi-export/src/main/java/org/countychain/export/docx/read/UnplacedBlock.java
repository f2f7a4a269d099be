package org.countychain.export.docx.read;

import java.util.Objects;

import org.countychain.report.ContentBlock;

/**
 * Content of a Word report that belongs to no template item (未归位内容): text before the first chapter, under a
 * chapter before its first item, under a heading the template does not have (an extra section, an appendix), or a
 * row of the advantage-unit table that is not a unit. Kept in document order so nothing readable is lost.
 *
 * @param position  where it starts
 * @param after     the heading it follows, as written (the chapter, item or extra heading), or {@code ""} before
 *                  the first heading
 * @param block     the content
 * @since 0.1.0
 */
public record UnplacedBlock(DocumentPosition position, String after, ContentBlock block) {
    /**
     * Checks the invariants.
     */
    public UnplacedBlock {
        Objects.requireNonNull(position, "position");
        after = after == null ? "" : after;
        Objects.requireNonNull(block, "block");
    }
}
