package org.countychain.export.submission;

import java.util.List;

import org.countychain.coverage.CityCoverage;
import org.countychain.internal.Checks;

/**
 * What writing a submission package did (报送包生成结果): the manifest it holds, the city's coverage, the zip's size
 * and what the reader should know.
 *
 * @param manifest     the manifest written into the zip
 * @param coverage     the city's coverage, whose sheets are in the index workbook
 * @param bytesWritten the zip's size in bytes
 * @param warnings     the Word exporter's warnings, each prefixed with the file it concerns
 * @since 0.1.0
 */
public record PackageResult(PackageManifest manifest, CityCoverage coverage, long bytesWritten,
                            List<String> warnings) {
    /**
     * Checks the invariants.
     */
    public PackageResult {
        Checks.required(manifest, "manifest");
        Checks.required(coverage, "coverage");
        warnings = Checks.list(warnings, "warnings");
    }

    /**
     * Whether the package was made after the deadline (it is made all the same).
     *
     * @return true when late
     */
    public boolean late() {
        return manifest.deadline().late();
    }
}
