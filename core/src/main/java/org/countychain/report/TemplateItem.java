package org.countychain.report;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A numbered item of a report template (模板条目), for example {@code 1.产业现状} under chapter 一.
 *
 * @param id       a stable id within the edition, for example {@code 1.1} (chapter.item); reports refer to it
 * @param number   the number as printed, for example {@code 1}
 * @param title    the title as printed, possibly with the placeholder {@code ***}
 * @param required whether a submission must fill it
 * @param kind     what it holds
 * @since 0.1.0
 */
public record TemplateItem(String id, String number, String title, boolean required, @Nullable ItemKind kind) {
    /**
     * Checks the invariants.
     */
    public TemplateItem {
        id = Checks.requiredText(id, "id");
        number = Checks.requiredText(number, "number");
        title = Checks.requiredText(title, "title");
        kind = kind == null ? ItemKind.TEXT : kind;
    }
}
