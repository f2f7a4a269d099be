package org.countychain.coverage;

import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.internal.Checks;

/**
 * The coverage of one county-level reporting unit (县级单位报告覆盖, R1): the reports of the year that cover it,
 * split into its own (covering only it) and consolidated ones (covering several counties, R3).
 *
 * @param unitId                the county-level unit's id, for example {@code 350582}
 * @param unitName              its name, for example {@code 晋江市}
 * @param cityLevelUnitId       the city-level unit it reports to ({@code 350500}, or {@code PINGTAN})
 * @param status                the status, which must agree with the two lists
 * @param ownReportIds          the ids of its own reports, sorted
 * @param consolidatedReportIds the ids of consolidated reports covering it, sorted
 * @param pilotCounty           whether the pilot registry lists it (R2)
 * @since 0.1.0
 */
public record UnitCoverage(String unitId, String unitName, String cityLevelUnitId, CoverageStatus status,
                           List<String> ownReportIds, List<String> consolidatedReportIds, boolean pilotCounty) {
    /**
     * Checks the invariants: identity present, lists copied, the status as the lists say.
     */
    public UnitCoverage {
        unitId = Checks.requiredText(unitId, "unitId");
        unitName = Checks.requiredText(unitName, "unitName");
        cityLevelUnitId = Checks.requiredText(cityLevelUnitId, "cityLevelUnitId");
        Checks.required(status, "status");
        ownReportIds = Checks.list(ownReportIds, "ownReportIds");
        consolidatedReportIds = Checks.list(consolidatedReportIds, "consolidatedReportIds");
        CoverageStatus expected = CoverageStatus.of(ownReportIds.size(), consolidatedReportIds.size());
        if (status != expected) {
            throw new InvalidInputException(ErrorCode.MALFORMED, "status", status, "expected " + expected);
        }
    }
}
