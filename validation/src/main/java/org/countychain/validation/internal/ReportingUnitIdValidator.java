package org.countychain.validation.internal;

import java.util.Optional;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.division.ReportingUnit;
import org.countychain.validation.constraints.ReportingUnitId;

/**
 * {@link ReportingUnitId} on text.
 */
public final class ReportingUnitIdValidator extends BaseValidator<ReportingUnitId, CharSequence> {
    // The annotation's default until configure (the framework's initialize) reads the annotation.
    private ReportingUnitId.Kind kind = ReportingUnitId.Kind.ANY;

    @Override
    protected void configure(ReportingUnitId annotation) {
        kind = annotation.kind();
    }

    @Override
    protected boolean test(CharSequence value, ConstraintValidatorContext context) {
        Optional<ReportingUnit> unit = data().divisions().reportingUnit(value.toString());
        String template = null;
        if (unit.isEmpty()) {
            template = Templates.pieces("ReportingUnitId.unknown", value);
        } else if (kind == ReportingUnitId.Kind.COUNTY && unit.get().kind().isCityLevel()) {
            template = Templates.pieces("ReportingUnitId.notCounty", unit.get().toString());
        } else if (kind == ReportingUnitId.Kind.CITY_LEVEL && !unit.get().kind().isCityLevel()) {
            template = Templates.pieces("ReportingUnitId.notCityLevel", unit.get().toString());
        }
        return template == null || fail(context, template);
    }
}
