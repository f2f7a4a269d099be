package org.countychain.division;

import java.util.List;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A unit that takes part in the notice's reporting (报送单位): a county-level unit that writes reports, or a
 * city-level unit that collects them (the 9 cities and 平潭综合实验区).
 *
 * @param id       a stable id: the six-digit division code, or {@value Divisions#PINGTAN_ID} for
 *                 平潭综合实验区, which has no GB/T 2260 code of its own
 * @param name     the unit's name, for example {@code 晋江市} or {@code 平潭综合实验区}
 * @param kind     what kind of unit it is
 * @param parentId the id of the city-level unit it reports to; {@code null} for city-level units
 * @param covers   the county-level divisions whose work it covers: itself for a county; for a city-level unit
 *                 every counted county-level unit under it
 * @since 0.1.0
 */
public record ReportingUnit(String id, String name, ReportingUnitKind kind, @Nullable String parentId,
                            List<DivisionCode> covers) {
    /**
     * Checks the invariants.
     */
    public ReportingUnit {
        id = Checks.requiredText(id, "id");
        name = Checks.requiredText(name, "name");
        Checks.required(kind, "kind");
        if (kind == ReportingUnitKind.COUNTY) {
            parentId = Checks.requiredText(parentId, "parentId");
        }
        covers = Checks.list(covers, "covers");
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
