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
 * @param kind     what it holds; never {@code null}: the constructor takes {@code null} (a JSON document without
 *                 one) as {@link ItemKind#TEXT}
 * @since 0.1.0
 */
public record TemplateItem(String id, String number, String title, boolean required, ItemKind kind) {
    /**
     * Checks the invariants.
     */
    public TemplateItem(String id, String number, String title, boolean required, @Nullable ItemKind kind) {
        this.id = Checks.requiredText(id, "id");
        this.number = Checks.requiredText(number, "number");
        this.title = Checks.requiredText(title, "title");
        this.required = required;
        this.kind = kind == null ? ItemKind.TEXT : kind;
    }
}
