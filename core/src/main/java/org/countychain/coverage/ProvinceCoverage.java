package org.countychain.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The coverage of a province (全省报告覆盖情况): every city-level unit's, for one reporting year, with the totals.
 * For Fujian: 10 city-level units (9 cities and 平潭综合实验区) and 83 county-level units.
 *
 * @param year           the reporting year
 * @param registrySource where the pilot registry R2 was checked against comes from
 * @param cities         the city-level units' coverage, in the divisions' order (cities by code, then special
 *                       units such as 平潭综合实验区)
 * @param counts         the totals, which must be the sum of the cities'; never {@code null}: the constructor
 *                       sums them when given {@code null}
 * @since 0.1.0
 */
public record ProvinceCoverage(int year, String registrySource, List<CityCoverage> cities,
                               CoverageCounts counts) {
    /**
     * Checks the invariants: lists copied, the totals the sum of the cities'.
     */
    public ProvinceCoverage(int year, String registrySource, List<CityCoverage> cities,
                            @Nullable CoverageCounts counts) {
        this.year = Checks.year(year, "year");
        this.registrySource = Checks.requiredText(registrySource, "registrySource");
        this.cities = Checks.uniqueList(cities, "cities", CityCoverage::unitId, org.countychain.Term.UNIT_ID);
        List<CoverageCounts> parts = new ArrayList<>();
        this.cities.forEach(c -> parts.add(c.counts()));
        this.counts = CoverageCounts.agreed(counts, CoverageCounts.sum(parts));
    }

    /**
     * A city-level unit's coverage.
     *
     * @param unitId the city-level unit's id
     * @return the coverage, or empty
     */
    public Optional<CityCoverage> city(String unitId) {
        return cities.stream().filter(c -> c.unitId().equals(unitId)).findFirst();
    }
}
