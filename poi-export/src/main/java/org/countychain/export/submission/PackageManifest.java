package org.countychain.export.submission;

import java.util.List;

import org.countychain.coverage.CoverageCounts;
import org.countychain.export.model.ExportMode;
import org.countychain.internal.Checks;

/**
 * The manifest of a submission package ({@code manifest.json}, 报送包清单): what the package is, the deadline
 * status, the coverage figures, every report and every other file of the zip with its size and SHA-256, so the
 * receiver can check nothing is missing or altered. Written with {@code CountyChainJson}: deterministic, read back
 * equal.
 *
 * @param format            {@value SubmissionPackage#FORMAT}
 * @param cityLevelUnitId   the city-level unit ({@code 350500}, or {@code PINGTAN})
 * @param cityLevelUnitName its name
 * @param year              the reporting year
 * @param mode              draft or submission: whether every report had to be complete
 * @param deadline          the deadline against the date given
 * @param consolidatedHere  whether the consolidated reports were made by the package (R3) rather than given
 * @param coverage          the coverage figures of the city (R1, R2, R13)
 * @param reports           the reports, in the order of their files
 * @param files             every file of the zip but the manifest, by name
 * @since 0.1.0
 */
public record PackageManifest(String format, String cityLevelUnitId, String cityLevelUnitName, int year,
                              ExportMode mode, DeadlineStatus deadline, boolean consolidatedHere,
                              CoverageCounts coverage,
                              List<PackagedReport> reports, List<PackagedFile> files) {
    /**
     * Checks the invariants.
     */
    public PackageManifest {
        format = Checks.requiredText(format, "format");
        cityLevelUnitId = Checks.requiredText(cityLevelUnitId, "cityLevelUnitId");
        cityLevelUnitName = Checks.requiredText(cityLevelUnitName, "cityLevelUnitName");
        Checks.year(year, "year");
        Checks.required(mode, "mode");
        Checks.required(deadline, "deadline");
        Checks.required(coverage, "coverage");
        reports = Checks.uniqueList(reports, "reports", PackagedReport::reportId, org.countychain.Term.REPORT_ID);
        files = Checks.list(files, "files");
    }
}
