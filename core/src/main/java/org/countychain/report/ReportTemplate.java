package org.countychain.report;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Term;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An edition of the research report's format (调研报告格式), as data: the notice's attachment is the edition
 * {@value ReportTemplates#FUJIAN_2024}. Headings carry the placeholder {@link #placeholder()} ({@code ***}), filled
 * with the reporting unit's name (the county's, or the city's for a consolidated report).
 *
 * @param edition     a stable id of the edition, for example {@code fujian-2024}
 * @param source      where the format comes from, for example {@code 闽科高〔2024〕135号 附件}
 * @param title       the report title with the placeholder
 * @param placeholder the placeholder text, {@code ***} in the notice; never {@code null}: the constructor takes
 *                    {@code null} or empty (a JSON document without one) as {@code ***}
 * @param chapters    the chapters in order
 * @since 0.1.0
 */
public record ReportTemplate(String edition, @Nullable String source, String title, String placeholder,
                             List<TemplateChapter> chapters) {
    /**
     * Checks the invariants: at least one chapter, item ids unique across the edition. Written out because its
     * {@code placeholder} may be {@code null} (the notice's {@code ***}) while the component never is.
     *
     * @param edition     a stable id of the edition
     * @param source      where the format comes from, or {@code null}
     * @param title       the report title with the placeholder
     * @param placeholder the placeholder text, or {@code null} (or empty) for {@code ***}
     * @param chapters    the chapters in order
     */
    public ReportTemplate(String edition, @Nullable String source, String title, @Nullable String placeholder,
                          List<TemplateChapter> chapters) {
        this.edition = Checks.requiredText(edition, "edition");
        this.source = Checks.optionalText(source);
        this.title = Checks.requiredText(title, "title");
        this.placeholder = placeholder == null || placeholder.isEmpty() ? "***" : placeholder;
        this.chapters = Checks.list(chapters, "chapters");
        if (this.chapters.isEmpty()) {
            throw new InvalidInputException(ErrorCode.REQUIRED, "chapters");
        }
        Set<String> ids = new HashSet<>();
        for (int c = 0; c < this.chapters.size(); c++) {
            List<TemplateItem> items = this.chapters.get(c).items();
            for (int i = 0; i < items.size(); i++) {
                if (!ids.add(items.get(i).id())) {
                    throw new InvalidInputException(ErrorCode.DUPLICATE, "chapters[" + c + "].items[" + i + "].id",
                            Term.ITEM_ID, items.get(i).id());
                }
            }
        }
    }

    /**
     * Every item of every chapter, in order.
     *
     * @return the items
     */
    public List<TemplateItem> items() {
        return chapters.stream().flatMap(c -> c.items().stream()).toList();
    }

    /**
     * An item by id.
     *
     * @param id the item's id, for example {@code 3.3}
     * @return the item, or empty
     */
    public Optional<TemplateItem> item(String id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * The ids of the items a submission must fill.
     *
     * @return the required ids, in order
     */
    public List<String> requiredItemIds() {
        return items().stream().filter(TemplateItem::required).map(TemplateItem::id).toList();
    }

    /**
     * Fills the placeholder of a heading with a unit's name.
     *
     * @param heading  a title of this template
     * @param unitName the reporting unit's name, for example {@code 晋江市}
     * @return the filled heading
     */
    public String fill(String heading, String unitName) {
        return heading.replace(placeholder, unitName);
    }

    /**
     * The report title for a unit, for example {@code 晋江市县域重点产业创新链调研报告}.
     *
     * @param unitName the reporting unit's name
     * @return the title
     */
    public String titleFor(String unitName) {
        return fill(title, unitName);
    }
}
