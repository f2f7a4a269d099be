package org.countychain.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.countychain.Term;
import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;

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
 * @param chainName       the chain's name, printed in the subtitle
 * @param templateEdition the template edition it follows, for example {@code fujian-2024}
 * @param year            the year it reports on
 * @param coveredCounties the county-level units it covers: the county itself, or every county of a
 *                        consolidated report
 * @param items           the content per template item, in template order
 * @param advantageUnits  the rows of item 三.3
 * @param preparedBy      who wrote it, or {@code null}
 * @param preparedOn      when it was finished, or {@code null}
 * @since 0.1.0
 */
public record ResearchReport(String id, String unitId, String unitName, String chainId, String chainName,
                             String templateEdition, int year, List<DivisionCode> coveredCounties,
                             List<ReportItem> items, List<AdvantageUnit> advantageUnits, String preparedBy,
                             LocalDate preparedOn) {
    /**
     * Checks the invariants: identity present, item ids unique.
     */
    public ResearchReport {
        id = Checks.requiredText(id, "id");
        unitId = Checks.requiredText(unitId, "unitId");
        unitName = Checks.requiredText(unitName, "unitName");
        chainId = Checks.requiredText(chainId, "chainId");
        chainName = Checks.requiredText(chainName, "chainName");
        templateEdition = templateEdition == null || templateEdition.isBlank()
                ? ReportTemplates.FUJIAN_2024 : templateEdition.strip();
        Checks.year(year, "year");
        coveredCounties = Checks.uniqueList(coveredCounties, "coveredCounties", c -> c, Term.COUNTY);
        items = Checks.uniqueList(items, "items", ReportItem::itemId, Term.ITEM_ID);
        advantageUnits = Checks.list(advantageUnits, "advantageUnits");
        preparedBy = Checks.optionalText(preparedBy);
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
