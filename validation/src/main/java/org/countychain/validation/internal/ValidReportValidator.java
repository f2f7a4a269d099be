package org.countychain.validation.internal;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.validation.constraints.ValidReport;

/**
 * {@link ValidReport}: a known template edition, and only its items.
 */
public final class ValidReportValidator
        implements ConstraintValidator<ValidReport, ResearchReport>, ReferenceData.Aware {
    private static final String K = "ValidReport.";
    private ReferenceData data = ReferenceData.builtIn();
    private boolean detailed;

    @Override
    public void initialize(ValidReport annotation) {
        detailed = Report.isDefault(annotation.message(), "ValidReport");
    }

    @Override
    public void use(ReferenceData referenceData) {
        data = referenceData;
    }

    @Override
    public boolean isValid(ResearchReport r, ConstraintValidatorContext context) {
        if (r == null) {
            return true;
        }
        Report report = new Report(context, detailed);
        Optional<ReportTemplate> template = data.templates().edition(r.templateEdition());
        if (template.isEmpty()) {
            report.add(Templates.pieces(K + "unknownEdition", r.templateEdition()), "templateEdition");
            return false;
        }
        for (int i = 0; i < r.items().size(); i++) {
            String id = r.items().get(i).itemId();
            if (template.get().item(id).isEmpty()) {
                report.add(Templates.pieces(K + "unknownItem", id, r.templateEdition()), "items", i, "itemId");
            }
        }
        return report.isValid();
    }
}
