package org.countychain.export.walk;

import java.util.List;

import org.countychain.Experimental;
import org.countychain.export.model.AppendixTable;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ReportWalker} hands over as it walks a report (报告遍历回调), in document order. Every method has a
 * default that does nothing, so an exporter implements only what it writes. Texts are plain: escape them for the
 * target format ({@link TextEscaping}).
 *
 * <p>Experimental: may change until a second release has proved it.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public interface ReportVisitor {
    /**
     * The report's title, for example {@code 晋江市县域重点产业创新链调研报告}.
     *
     * @param text the title
     */
    default void title(String text) {
    }

    /**
     * A line under the title: the chain's name, and for a city's consolidated report the counties it covers.
     *
     * @param text the line
     */
    default void subtitle(String text) {
    }

    /**
     * A chapter begins.
     *
     * @param chapter the template's chapter
     * @param heading its heading with the number, for example {@code 一、晋江市县域重点产业发展现状}
     */
    default void chapter(TemplateChapter chapter, String heading) {
    }

    /**
     * An item begins.
     *
     * @param item    the template's item
     * @param heading its heading with the number, for example {@code 1.产业现状}
     */
    default void item(TemplateItem item, String heading) {
    }

    /**
     * The item has no content (the Word export prints the style sheet's placeholder there in draft mode).
     *
     * @param item the template's item
     */
    default void emptyItem(TemplateItem item) {
    }

    /**
     * A body paragraph; never empty. A line feed is a line break within the paragraph.
     *
     * @param text the text
     */
    default void paragraph(String text) {
    }

    /**
     * A subheading inside an item (the Word export's level 4, {@code （1）}).
     *
     * @param text the subheading, number included
     */
    default void subheading(String text) {
    }

    /**
     * A table: one of the item's tables, or the advantage units (三.3) numbered {@code 表n} as in the Word export,
     * with their contacts shown as the request's {@link org.countychain.privacy.PersonalData} says.
     *
     * @param caption the caption, or {@code null}
     * @param header  the column headings
     * @param rows    the rows, each as wide as the header
     */
    default void table(@Nullable String caption, List<String> header, List<List<String>> rows) {
    }

    /**
     * A figure with what it is drawn from.
     *
     * @param figure the figure
     */
    default void figure(WalkedFigure figure) {
    }

    /**
     * An item ends.
     *
     * @param item the template's item
     */
    default void endItem(TemplateItem item) {
    }

    /**
     * An appendix, after the last chapter: the notice's lists (personal data shown as the request says) and the
     * caller's own tables.
     *
     * @param appendix the appendix
     */
    default void appendix(AppendixTable appendix) {
    }
}
