package org.countychain.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.countychain.Term;
import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A 《县域重点产业创新链调研报告》 (research report) for one chain, in the structure of its template edition: one
 * {@link ReportItem} per template item that has content, and the table of item 三.3 as
 * {@link #advantageUnits()}. A county writes its own; a city writes a consolidated one covering several
 * counties whose chains repeat (R3).
 *
 * @param id              a stable id
 * @param unitId          the reporting unit that writes it (a county, or a city-level unit for a consolidated
 *                        report)
 * @param unitName        the name that fills the template's placeholder, for example {@code 晋江市}
 * @param chainId         the chain it covers
 * @param chainName       the chain's name, printed as the subtitle unless {@code subtitle} is given
 * @param templateEdition the template edition it follows, for example {@code fujian-2024}; never {@code null}: the
 *                        constructor takes {@code null} or blank (a JSON document without one) as
 *                        {@link ReportTemplates#FUJIAN_2024}
 * @param year            the year it reports on
 * @param coveredCounties the county-level units it covers: the county itself, or every county of a
 *                        consolidated report
 * @param items           the content per template item, in template order
 * @param advantageUnits  the rows of item 三.3
 * @param preparedBy      who wrote it, or {@code null}
 * @param preparedOn      when it was finished, or {@code null}
 * @param subtitle        the subtitle under the title as the county writes it ({@code ——以陶瓷产业链为例}), or
 *                        {@code null} to print the chain's name; one equal to {@code chainName} is {@code null}
 * @param unitTableCaption the caption of item 三.3's table of advantage units as the county writes it, or
 *                        {@code null} for the one the exporter numbers ({@code 表3 …}, from the item's title)
 * @since 0.1.0
 */
public record ResearchReport(String id, String unitId, String unitName, String chainId, String chainName,
                             String templateEdition, int year, List<DivisionCode> coveredCounties,
                             List<ReportItem> items, List<AdvantageUnit> advantageUnits, @Nullable String preparedBy,
                             @Nullable LocalDate preparedOn, @Nullable String subtitle,
                             @Nullable String unitTableCaption) {
    /**
     * Checks the invariants: identity present, item ids unique. The canonical constructor is written out because its
     * {@code templateEdition} may be {@code null} (the default edition) while the component never is.
     *
     * @param id               a stable id
     * @param unitId           the reporting unit that writes it
     * @param unitName         the name that fills the template's placeholder
     * @param chainId          the chain it covers
     * @param chainName        the chain's name
     * @param templateEdition  the template edition it follows, or {@code null} (or blank) for
     *                         {@link ReportTemplates#FUJIAN_2024}
     * @param year             the year it reports on
     * @param coveredCounties  the county-level units it covers
     * @param items            the content per template item, in template order
     * @param advantageUnits   the rows of item 三.3
     * @param preparedBy       who wrote it, or {@code null}
     * @param preparedOn       when it was finished, or {@code null}
     * @param subtitle         the subtitle as the county writes it, or {@code null}
     * @param unitTableCaption the caption of item 三.3's table as the county writes it, or {@code null}
     */
    public ResearchReport(String id, String unitId, String unitName, String chainId, String chainName,
                          @Nullable String templateEdition, int year, List<DivisionCode> coveredCounties,
                          List<ReportItem> items, List<AdvantageUnit> advantageUnits, @Nullable String preparedBy,
                          @Nullable LocalDate preparedOn, @Nullable String subtitle,
                          @Nullable String unitTableCaption) {
        this.id = Checks.requiredText(id, "id");
        this.unitId = Checks.requiredText(unitId, "unitId");
        this.unitName = Checks.requiredText(unitName, "unitName");
        this.chainId = Checks.requiredText(chainId, "chainId");
        this.chainName = Checks.requiredText(chainName, "chainName");
        this.templateEdition = templateEdition == null || templateEdition.isBlank()
                ? ReportTemplates.FUJIAN_2024 : templateEdition.strip();
        this.year = Checks.year(year, "year");
        this.coveredCounties = Checks.uniqueList(coveredCounties, "coveredCounties", c -> c, Term.COUNTY);
        this.items = Checks.uniqueList(items, "items", ReportItem::itemId, Term.ITEM_ID);
        this.advantageUnits = Checks.list(advantageUnits, "advantageUnits");
        this.preparedBy = Checks.optionalText(preparedBy);
        this.preparedOn = preparedOn;
        String ownSubtitle = Checks.optionalText(subtitle);
        this.subtitle = ownSubtitle != null && ownSubtitle.equals(this.chainName) ? null : ownSubtitle;
        this.unitTableCaption = Checks.optionalText(unitTableCaption);
    }

    /**
     * A report printing the chain's name as its subtitle and numbering 三.3's caption itself.
     *
     * @param id              a stable id
     * @param unitId          the reporting unit that writes it
     * @param unitName        the name that fills the template's placeholder
     * @param chainId         the chain it covers
     * @param chainName       the chain's name, printed as the subtitle
     * @param templateEdition the template edition it follows
     * @param year            the year it reports on
     * @param coveredCounties the county-level units it covers
     * @param items           the content per template item, in template order
     * @param advantageUnits  the rows of item 三.3
     * @param preparedBy      who wrote it, or {@code null}
     * @param preparedOn      when it was finished, or {@code null}
     */
    public ResearchReport(String id, String unitId, String unitName, String chainId, String chainName,
                          String templateEdition, int year, List<DivisionCode> coveredCounties,
                          List<ReportItem> items, List<AdvantageUnit> advantageUnits, @Nullable String preparedBy,
                          @Nullable LocalDate preparedOn) {
        this(id, unitId, unitName, chainId, chainName, templateEdition, year, coveredCounties, items, advantageUnits,
                preparedBy, preparedOn, null, null);
    }

    /**
     * The subtitle as printed under the title: {@link #subtitle()} when the county wrote one, else the chain's
     * name.
     *
     * @return the subtitle's text
     */
    @JsonIgnore
    public String displaySubtitle() {
        return subtitle != null ? subtitle : chainName;
    }

    /**
     * A copy with the county's own subtitle and caption of 三.3's table.
     *
     * @param newSubtitle         the subtitle, or {@code null} to print the chain's name
     * @param newUnitTableCaption the caption of 三.3's table, or {@code null} for the numbered one
     * @return the copy
     */
    public ResearchReport withPresentation(String newSubtitle, String newUnitTableCaption) {
        return new ResearchReport(id, unitId, unitName, chainId, chainName, templateEdition, year, coveredCounties,
                items, advantageUnits, preparedBy, preparedOn, newSubtitle, newUnitTableCaption);
    }

    /**
     * The content of a template item.
     *
     * @param itemId the item's id
     * @return the content, or empty when the report gives none
     */
    public Optional<ReportItem> item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    /**
     * Whether the report consolidates several counties (R3).
     *
     * @return true when it covers more than one county
     */
    @JsonIgnore
    public boolean isConsolidated() {
        return coveredCounties.size() > 1;
    }

    /**
     * The ids of the template's required items this report leaves empty (三.3 counts as empty without units).
     *
     * @param template the report's template edition
     * @return the missing item ids, in template order
     */
    public List<String> missingRequiredItems(ReportTemplate template) {
        return template.items().stream()
                .filter(TemplateItem::required)
                .filter(t -> t.kind() == ItemKind.UNIT_TABLE
                        ? advantageUnits.isEmpty() && item(t.id()).map(ReportItem::isEmpty).orElse(true)
                        : item(t.id()).map(ReportItem::isEmpty).orElse(true))
                .map(TemplateItem::id)
                .toList();
    }
}
