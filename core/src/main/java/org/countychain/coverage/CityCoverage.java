package org.countychain.coverage;

import java.util.List;
import java.util.Optional;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The coverage of one city-level unit (设区市报告覆盖情况): each of its county-level units with its reports, its
 * pilot counties' missing chains and its chains without a team, for one reporting year.
 *
 * @param unitId             the city-level unit's id ({@code 350500}, or {@code PINGTAN})
 * @param unitName           its name
 * @param year               the reporting year
 * @param units              its county-level units, in id order
 * @param missingPilotChains required chains of its pilot counties without a report, by county then registry order
 * @param chainsWithoutTeam  chains of its data sets that no team serves, by unit then chain id
 * @param counts             the figures, which must agree with the lists; never {@code null}: the constructor
 *                           counts them from the lists when given {@code null}
 * @since 0.1.0
 */
public record CityCoverage(String unitId, String unitName, int year, List<UnitCoverage> units,
                           List<MissingPilotChain> missingPilotChains, List<ChainWithoutTeam> chainsWithoutTeam,
                           CoverageCounts counts) {
    /**
     * Checks the invariants: identity present, lists copied, the figures as the lists say. Written out because its
     * {@code counts} may be {@code null} (counted from the lists) while the component never is.
     *
     * @param unitId             the city-level unit's id
     * @param unitName           its name
     * @param year               the reporting year
     * @param units              its county-level units
     * @param missingPilotChains required chains of its pilot counties without a report
     * @param chainsWithoutTeam  chains of its data sets that no team serves
     * @param counts             the figures, which must agree with the lists, or {@code null} to count them
     */
    public CityCoverage(String unitId, String unitName, int year, List<UnitCoverage> units,
                        List<MissingPilotChain> missingPilotChains, List<ChainWithoutTeam> chainsWithoutTeam,
                        @Nullable CoverageCounts counts) {
        this.unitId = Checks.requiredText(unitId, "unitId");
        this.unitName = Checks.requiredText(unitName, "unitName");
        this.year = Checks.year(year, "year");
        this.units = Checks.uniqueList(units, "units", UnitCoverage::unitId, org.countychain.Term.COUNTY);
        this.missingPilotChains = Checks.list(missingPilotChains, "missingPilotChains");
        this.chainsWithoutTeam = Checks.list(chainsWithoutTeam, "chainsWithoutTeam");
        this.counts = CoverageCounts.agreed(counts,
                CoverageCounts.of(this.units, this.missingPilotChains, this.chainsWithoutTeam));
    }

    /**
     * A county-level unit's coverage.
     *
     * @param countyId the unit's id
     * @return the coverage, or empty when the unit is not one of this city's
     */
    public Optional<UnitCoverage> unit(String countyId) {
        return units.stream().filter(u -> u.unitId().equals(countyId)).findFirst();
    }

    /**
     * The units with a status.
     *
     * @param status the status
     * @return the units, in id order
     */
    public List<UnitCoverage> units(CoverageStatus status) {
        return units.stream().filter(u -> u.status() == status).toList();
    }
}
