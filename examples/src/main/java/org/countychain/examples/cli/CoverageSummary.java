package org.countychain.examples.cli;

import java.util.ArrayList;
import java.util.List;

import org.countychain.coverage.ChainWithoutTeam;
import org.countychain.coverage.CityCoverage;
import org.countychain.coverage.CoverageCounts;
import org.countychain.coverage.CoverageStatus;
import org.countychain.coverage.MissingPilotChain;
import org.countychain.coverage.UnitCoverage;

/** The lines {@code package} and {@code coverage} print about a city-level unit's coverage. */
final class CoverageSummary {
    private CoverageSummary() {
    }

    static List<String> lines(CityCoverage c, CliMessages m) {
        List<String> out = new ArrayList<>();
        CoverageCounts n = c.counts();
        out.add(m.text("coverage.city", c.unitId(), c.unitName(), String.valueOf(c.year()),
                CliMessages.count(n.units()), CliMessages.count(n.ownReport()), CliMessages.count(n.consolidatedOnly()),
                CliMessages.count(n.noReport())));
        for (CoverageStatus s : List.of(CoverageStatus.NO_REPORT, CoverageStatus.CONSOLIDATED_ONLY)) {
            List<String> units = new ArrayList<>();
            for (UnitCoverage u : c.units(s)) {
                units.add(u.unitId() + " " + u.unitName());
            }
            if (!units.isEmpty()) {
                out.add(m.text("coverage." + s.name(), String.join(m.text("summary.separator"), units)));
            }
        }
        for (MissingPilotChain p : c.missingPilotChains()) {
            out.add(m.text("coverage.pilot", p.unitId(), p.unitName(), p.requiredChain()));
        }
        for (ChainWithoutTeam t : c.chainsWithoutTeam()) {
            out.add(m.text("coverage.noTeam", t.unitId(), t.unitName(), t.chainName(), t.chainId()));
        }
        return out;
    }
}
