package org.countychain.report;

import java.util.List;

import org.countychain.internal.Checks;

/**
 * A chapter of a report template (模板章节), for example {@code 一、***县域重点产业发展现状}.
 *
 * @param number the chapter number as printed, for example {@code 一}
 * @param title  the title as printed, possibly with the placeholder {@code ***}
 * @param items  the numbered items
 * @since 0.1.0
 */
public record TemplateChapter(String number, String title, List<TemplateItem> items) {
    /**
     * Checks the invariants.
     */
    public TemplateChapter {
        number = Checks.requiredText(number, "number");
        title = Checks.requiredText(title, "title");
        items = Checks.list(items, "items");
    }
}
