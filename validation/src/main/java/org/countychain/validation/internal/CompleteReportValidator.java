package org.countychain.validation.internal;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

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
public final class CompleteReportValidator
        implements ConstraintValidator<CompleteReport, ResearchReport>, ReferenceData.Aware {
    private static final String K = "CompleteReport.";
    private ReferenceData data = ReferenceData.builtIn();
    private boolean detailed;

    @Override
    public void initialize(CompleteReport annotation) {
        detailed = Report.isDefault(annotation.message(), "CompleteReport");
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
        Optional<ReportTemplate> edition = data.templates().edition(r.templateEdition());
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
        return report.isValid();
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
