package org.countychain.validation.internal;

import java.util.Optional;

import org.countychain.dataset.CountyDataset;
import org.countychain.division.ReportingUnit;
import org.countychain.report.ResearchReport;
import org.countychain.validation.constraints.ConsolidatedReports;

/**
 * {@link ConsolidatedReports}: in a city-level unit's data set, every report is consolidated or the city's own.
 */
public final class ConsolidatedReportsValidator extends ReportingValidator<ConsolidatedReports, CountyDataset> {
    @Override
    protected void findProblems(CountyDataset d, Report report) {
        Optional<ReportingUnit> city = data().divisions().reportingUnit(d.unitId());
        if (city.isEmpty() || !city.get().kind().isCityLevel()) {
            return;
        }
        for (int i = 0; i < d.reports().size(); i++) {
            ResearchReport r = d.reports().get(i);
            if (!r.isConsolidated() && !city.get().id().equals(r.unitId())) {
                String writer = data().divisions().reportingUnit(r.unitId()).map(ReportingUnit::toString)
                        .orElse(r.unitId() + " " + r.unitName());
                report.add(Templates.pieces("ConsolidatedReports.countyReport", r.id(), writer,
                        city.get().toString()), "reports", i, "unitId");
            }
        }
    }
}
