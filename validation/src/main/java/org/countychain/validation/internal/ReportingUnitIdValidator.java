package org.countychain.validation.internal;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.division.ReportingUnit;
import org.countychain.validation.constraints.ReportingUnitId;

/**
 * {@link ReportingUnitId} on text.
 */
public final class ReportingUnitIdValidator
        implements ConstraintValidator<ReportingUnitId, CharSequence>, ReferenceData.Aware {
    private ReferenceData data = ReferenceData.builtIn();
    private ReportingUnitId.Kind kind;
    private boolean detailed;

    @Override
    public void initialize(ReportingUnitId annotation) {
        kind = annotation.kind();
        detailed = Report.isDefault(annotation.message(), "ReportingUnitId");
    }

    @Override
    public void use(ReferenceData referenceData) {
        data = referenceData;
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<ReportingUnit> unit = data.divisions().reportingUnit(value.toString());
        String template = null;
        if (unit.isEmpty()) {
            template = Templates.pieces("ReportingUnitId.unknown", value);
        } else if (kind == ReportingUnitId.Kind.COUNTY && unit.get().kind().isCityLevel()) {
            template = Templates.pieces("ReportingUnitId.notCounty", unit.get().toString());
        } else if (kind == ReportingUnitId.Kind.CITY_LEVEL && !unit.get().kind().isCityLevel()) {
            template = Templates.pieces("ReportingUnitId.notCityLevel", unit.get().toString());
        }
        if (template == null) {
            return true;
        }
        if (detailed) {
            Report.replace(context, template);
        }
        return false;
    }
}
