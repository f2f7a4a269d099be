package org.countychain.test;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.AbstractAssert;

import org.countychain.test.docx.InspectedDocument;

/**
 * Assertions on a Word document read back by {@link org.countychain.test.docx.DocxInspector} (文档断言).
 *
 * @since 0.1.0
 */
public class DocxAssert extends AbstractAssert<DocxAssert, InspectedDocument> {
    /**
     * Creates the assertions.
     *
     * @param actual the document
     */
    public DocxAssert(InspectedDocument actual) {
        super(actual, DocxAssert.class);
    }

    /**
     * The document has these headings (the title among them) in this order, others allowed between them.
     *
     * @param headings the headings' texts
     * @return this
     */
    public DocxAssert hasHeadingsInOrder(String... headings) {
        isNotNull();
        List<String> outline = actual.outline();
        int from = 0;
        for (String h : headings) {
            int at = indexOf(outline, h, from);
            if (at < 0) {
                failWithMessage("Expected the heading <%s> after position %d of the outline:%n%s", h, from,
                        String.join("\n", outline));
            }
            from = at + 1;
        }
        return this;
    }

    /**
     * A page header of the document contains this text.
     *
     * @param text the text
     * @return this
     */
    public DocxAssert hasHeaderContaining(String text) {
        isNotNull();
        if (actual.headers().stream().noneMatch(h -> h.contains(text))) {
            failWithMessage("Expected a page header containing <%s> but the headers are %s", text, actual.headers());
        }
        return this;
    }

    /**
     * A page footer of the document contains this text.
     *
     * @param text the text
     * @return this
     */
    public DocxAssert hasFooterContaining(String text) {
        isNotNull();
        if (actual.footers().stream().noneMatch(f -> f.contains(text))) {
            failWithMessage("Expected a page footer containing <%s> but the footers are %s", text, actual.footers());
        }
        return this;
    }

    /**
     * No paragraph outside tables contains this text (a masked phone number must not appear in full).
     *
     * @param text the text
     * @return this
     */
    public DocxAssert doesNotContainText(String text) {
        isNotNull();
        List<String> all = new ArrayList<>(actual.paragraphs());
        actual.tables().forEach(t -> t.rows().forEach(all::addAll));
        all.addAll(actual.headers());
        all.addAll(actual.footers());
        for (String p : all) {
            if (p.contains(text)) {
                failWithMessage("Expected no <%s> in the document but found it in <%s>", text, p);
            }
        }
        return this;
    }

    private static int indexOf(List<String> outline, String heading, int from) {
        for (int i = from; i < outline.size(); i++) {
            if (outline.get(i).equals(heading)) {
                return i;
            }
        }
        return -1;
    }
}
