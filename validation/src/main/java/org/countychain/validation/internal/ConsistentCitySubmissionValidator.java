package org.countychain.validation.internal;

import java.util.Optional;

import org.countychain.dataset.CitySubmission;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.report.ResearchReport;
import org.countychain.validation.constraints.ConsistentCitySubmission;

/**
 * {@link ConsistentCitySubmission}: reports of the city-level unit or its counties only, for its year. A unit that is
 * unknown or not city-level is left to {@code @ReportingUnitId}.
 */
public final class ConsistentCitySubmissionValidator
        extends ReportingValidator<ConsistentCitySubmission, CitySubmission> {
    private static final String K = "ConsistentCitySubmission.";

    @Override
    protected void findProblems(CitySubmission s, Report report) {
        Divisions divisions = data().divisions();
        Optional<ReportingUnit> city = divisions.reportingUnit(s.unitId());
        if (city.isEmpty() || !city.get().kind().isCityLevel()) {
            return;
        }
        String cityId = city.get().id();
        String cityName = city.get().toString();
        for (int i = 0; i < s.reports().size(); i++) {
            ResearchReport r = s.reports().get(i);
            if (r.year() != s.year()) {
                report.add(Templates.pieces(K + "yearMismatch", r.year(), s.year()), "reports", i, "year");
            }
            Optional<ReportingUnit> unit = divisions.reportingUnit(r.unitId());
            if (unit.isPresent() && !cityId.equals(unit.get().id()) && !cityId.equals(unit.get().parentId())) {
                report.add(Templates.pieces(K + "reportOutsideCity", unit.get().toString(), cityName),
                        "reports", i, "unitId");
            }
            for (int j = 0; j < r.coveredCounties().size(); j++) {
                DivisionCode county = r.coveredCounties().get(j);
                Optional<ReportingUnit> parent = divisions.cityLevelUnitOf(county);
                if (parent.isPresent() && !cityId.equals(parent.get().id())) {
                    report.add(Templates.pieces(K + "countyOutsideCity", county.value(), cityName),
                            "reports", i, "coveredCounties", j);
                }
            }
        }
    }
}
