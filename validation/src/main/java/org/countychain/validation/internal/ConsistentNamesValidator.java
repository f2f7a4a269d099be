package org.countychain.validation.internal;

import java.util.Optional;

import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.ReportingUnit;
import org.countychain.platform.InnovationPlatform;
import org.countychain.report.ResearchReport;
import org.countychain.talent.TalentTeam;
import org.countychain.validation.constraints.ConsistentNames;

/**
 * {@link ConsistentNames}: a unit's name is its unit id's name; a county data set's platforms and teams belong to
 * its unit. A unit id that is no reporting unit is left to {@code @ReportingUnitId}.
 */
public final class ConsistentNamesValidator extends ReportingValidator<ConsistentNames, Object> {
    private static final String K = "ConsistentNames.";

    @Override
    protected void findProblems(Object value, Report report) {
        if (value instanceof CountyDataset d) {
            Optional<ReportingUnit> unit = unitName(report, d.unitId(), d.unitName());
            unit.ifPresent(u -> {
                for (int i = 0; i < d.platforms().size(); i++) {
                    InnovationPlatform p = d.platforms().get(i);
                    if (!Units.covers(u, p.county())) {
                        report.add(Templates.pieces(K + "platformOutsideUnit", p.name(),
                                Units.describe(data().divisions(), p.county()), u.toString()),
                                "platforms", i, "county");
                    }
                }
                for (int i = 0; i < d.teams().size(); i++) {
                    TalentTeam t = d.teams().get(i);
                    if (!Units.covers(u, t.county())) {
                        report.add(Templates.pieces(K + "teamOutsideUnit", t.name(),
                                Units.describe(data().divisions(), t.county()), u.toString()), "teams", i,
                                "county");
                    }
                }
            });
        } else if (value instanceof CitySubmission s) {
            unitName(report, s.unitId(), s.unitName());
        } else if (value instanceof ResearchReport r) {
            unitName(report, r.unitId(), r.unitName());
        }
    }

    private Optional<ReportingUnit> unitName(Report report, String unitId, String unitName) {
        Optional<ReportingUnit> unit = data().divisions().reportingUnit(unitId);
        if (unit.isPresent() && unitName != null && !Units.isNameOf(unitName, unit.get())) {
            report.add(Templates.pieces(K + "unitName", unitName, unit.get().toString()), "unitName");
        }
        return unit;
    }
}
