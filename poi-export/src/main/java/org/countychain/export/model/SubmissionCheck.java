package org.countychain.export.model;

import java.util.List;

import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;

/**
 * The seam between exporters and the validation of a report for submission. Today it asks the model which required
 * items are empty; it is the one place to switch to the validation module's facade (its {@code Submission} group)
 * once that is available, without changing any exporter.
 */
final class SubmissionCheck {
    private SubmissionCheck() {
    }

    static void requireComplete(ResearchReport report, ReportTemplate template) {
        List<String> missing = report.missingRequiredItems(template);
        if (!missing.isEmpty()) {
            List<String> problems = missing.stream()
                    .map(id -> id + " " + template.item(id).map(i -> template.fill(i.title(), report.unitName()))
                            .orElse(""))
                    .toList();
            throw new IncompleteReportException(report.id(), missing, problems);
        }
    }
}
