package org.countychain.validation.internal;

import java.util.Optional;

import org.countychain.report.ItemKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateItem;
import org.countychain.validation.constraints.CompleteReport;

/**
 * {@link CompleteReport}: every required item of the report's own edition has content, 三.3 has a unit, and at
 * least one county is covered. An unknown edition is left to {@code @ValidReport}.
 */
public final class CompleteReportValidator extends ReportingValidator<CompleteReport, ResearchReport> {
    private static final String K = "CompleteReport.";

    @Override
    protected void findProblems(ResearchReport r, Report report) {
        String editionId = r.templateEdition();
        Optional<ReportTemplate> edition = editionId == null ? Optional.empty()
                : data().templates().edition(editionId);
        if (edition.isPresent()) {
            ReportTemplate template = edition.get();
            for (TemplateItem t : template.items()) {
                if (!t.required()) {
                    continue;
                }
                if (t.kind() == ItemKind.UNIT_TABLE) {
                    if (r.advantageUnits().isEmpty()) {
                        report.add(Templates.pieces(K + "unitTableEmpty", t.id()), "advantageUnits");
                    }
                    continue;
                }
                int index = indexOf(r, t.id());
                if (index < 0) {
                    report.add(Templates.pieces(K + "requiredItemMissing", t.id(),
                            template.fill(t.title(), r.unitName())), "items");
                } else if (r.items().get(index).isEmpty()) {
                    report.add(Templates.pieces(K + "requiredItemMissing", t.id(),
                            template.fill(t.title(), r.unitName())), "items", index);
                }
            }
        }
        if (r.coveredCounties().isEmpty()) {
            report.add(Templates.key(K + "noCounty"), "coveredCounties");
        }
    }

    private static int indexOf(ResearchReport r, String itemId) {
        for (int i = 0; i < r.items().size(); i++) {
            ReportItem item = r.items().get(i);
            if (item.itemId().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }
}
