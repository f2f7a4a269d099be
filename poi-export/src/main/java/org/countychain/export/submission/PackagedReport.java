package org.countychain.export.submission;

import java.util.List;

import org.countychain.internal.Checks;

/**
 * One report in a submission package (报送包中的报告): where its document is, whose it is, what it covers and
 * whether it is complete enough to submit.
 *
 * @param file            the document's path in the zip
 * @param reportId        the report's id
 * @param unitId          the unit that wrote it (a county, or the city-level unit for a consolidated report)
 * @param unitName        its name
 * @param chainId         the chain's id
 * @param chainName       the chain's name
 * @param coveredCounties the county-level units it covers, as the report lists them (its own unit when none)
 * @param consolidated    whether it consolidates several counties (R3)
 * @param missingItems    the ids of required template items it leaves empty; none when it can be submitted
 * @since 0.1.0
 */
public record PackagedReport(String file, String reportId, String unitId, String unitName, String chainId,
                             String chainName, List<String> coveredCounties, boolean consolidated,
                             List<String> missingItems) {
    /**
     * Checks the invariants.
     */
    public PackagedReport {
        file = Checks.requiredText(file, "file");
        reportId = Checks.requiredText(reportId, "reportId");
        unitId = Checks.requiredText(unitId, "unitId");
        unitName = Checks.requiredText(unitName, "unitName");
        chainId = Checks.requiredText(chainId, "chainId");
        chainName = Checks.requiredText(chainName, "chainName");
        coveredCounties = Checks.list(coveredCounties, "coveredCounties");
        missingItems = Checks.list(missingItems, "missingItems");
    }

    /**
     * Whether every required item is filled, so the report can be submitted (可报送), not only drafted.
     *
     * @return true when no required item is empty
     */
    public boolean complete() {
        return missingItems.isEmpty();
    }
}
