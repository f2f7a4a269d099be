package org.countychain.export.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.Submission;
import org.countychain.validation.ValidationResult;
import org.countychain.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The check of a report for submission, through the validation module's facade and its {@link Submission} group:
 * completeness against the report's own template edition and everything a draft must satisfy. The model's own
 * list of empty required items is added, so the exception names them even when a validator is configured
 * differently.
 */
final class SubmissionCheck {
    private SubmissionCheck() {
    }

    static void requireComplete(ResearchReport report, ReportTemplate template,
                                 @Nullable CountyChainValidator validator) {
        ValidationResult result = (validator != null ? validator : Shared.VALIDATOR)
                .validate(report, Locale.SIMPLIFIED_CHINESE, Submission.class);
        List<String> missing = report.missingRequiredItems(template);
        if (result.isValid() && missing.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Violation v : result.errors()) {
            problems.add(v.toString());
        }
        for (String id : missing) {
            String title = template.item(id).map(i -> template.fill(i.title(), report.unitName())).orElse("");
            if (problems.stream().noneMatch(p -> p.contains(id))) {
                problems.add(id + " " + title);
            }
        }
        throw new IncompleteReportException(report.id(), missing, problems, result);
    }

    /** One validator for every export that brings none: Hibernate Validator is bootstrapped once, when first needed. */
    private static final class Shared {
        static final CountyChainValidator VALIDATOR = CountyChainValidator.create();
    }
}
