package org.countychain.validation.internal;

import java.util.Optional;

import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.validation.constraints.ValidReport;

/**
 * {@link ValidReport}: a known template edition, and only its items.
 */
public final class ValidReportValidator extends ReportingValidator<ValidReport, ResearchReport> {
    private static final String K = "ValidReport.";

    @Override
    protected void findProblems(ResearchReport r, Report report) {
        String editionId = r.templateEdition();
        Optional<ReportTemplate> template = editionId == null ? Optional.empty()
                : data().templates().edition(editionId);
        if (template.isEmpty()) {
            report.add(Templates.pieces(K + "unknownEdition", r.templateEdition()), "templateEdition");
            return;
        }
        for (int i = 0; i < r.items().size(); i++) {
            String id = r.items().get(i).itemId();
            if (template.get().item(id).isEmpty()) {
                report.add(Templates.pieces(K + "unknownItem", id, r.templateEdition()), "items", i, "itemId");
            }
        }
    }
}
