package org.countychain.export.docx.internal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an export takes from a reference document (an integrator's letterhead .docx): its styles, its section
 * properties (paper, margins, grid) with their header and footer references, and the header and footer parts with
 * what they embed. Read by {@link ReferenceReader}; plain bytes and text, nothing of the reference is executed.
 *
 * @param styles            the reference's {@code word/styles.xml}, or {@code null}
 * @param styleIds          the style ids it defines
 * @param sectionProperties the {@code w:sectPr} to write, relationship ids renamed to those of {@link #parts()}
 * @param evenAndOddHeaders whether the reference has different odd and even headers
 * @param parts             header and footer parts and what they embed, renamed under {@code word/}
 */
public record ReferenceParts(@Nullable String styles, Set<String> styleIds, String sectionProperties, boolean evenAndOddHeaders,
                             List<Part> parts) {
    /**
     * Copies the collections.
     */
    public ReferenceParts {
        styleIds = Set.copyOf(styleIds);
        parts = List.copyOf(parts);
    }

    /**
     * A part copied from the reference.
     *
     * @param name             the part's name in the new package, for example {@code word/ref-footer1.xml}
     * @param bytes            its content
     * @param contentType      its content type when an override is needed, or {@code null}
     * @param relationshipId   its relationship id from the document part, or {@code null} when another part
     *                         refers to it
     * @param relationshipType the last segment of the relationship type, for example {@code footer}, or {@code null}
     *                         when the part has no relationship from the document part
     */
    public record Part(String name, byte[] bytes, @Nullable String contentType, @Nullable String relationshipId,
                       @Nullable String relationshipType) {
    }

    /**
     * The reference's styles, with ours added for every style id it lacks, so the report's paragraphs always
     * find a style.
     *
     * @param ours our styles part
     * @return the merged styles part
     */
    String mergedStyles(String ours) {
        return styles == null ? ours : ReferenceReader.mergeStyles(styles, ours);
    }
}
