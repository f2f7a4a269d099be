package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook written by LibreOffice, not by POI: the library's CSV converted with
 * {@code soffice --headless --convert-to xlsx}, then imported. Skipped when soffice is not on the PATH, except
 * on CI ({@code CI=true}), where it must be.
 */
class LibreOfficeTest {
    @TempDir
    Path dir;

    private static Path soffice() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                for (String name : List.of("soffice", "libreoffice")) {
                    Path p = Path.of(d, name);
                    if (Files.isExecutable(p)) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void aCsvConvertedByLibreOfficeImportsToTheSameEnterprises() throws Exception {
        Path soffice = soffice();
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH: LibreOffice round trip skipped");
        }
        assertThat(soffice).as("soffice on the PATH (required when CI=true)").isNotNull();
        List<Enterprise> sample = SampleCounty.jinjiang().enterprises();
        Path csv = dir.resolve("jinjiang.csv");
        EnterpriseListWriter.writeCsv(sample, csv);
        Path profile = Files.createDirectories(dir.resolve("lo-profile"));
        // Filter options: comma separated, double quote, UTF-8 (76), first line 1, every column as text (2) so
        // credit codes and dates stay as written.
        StringBuilder columns = new StringBuilder();
        for (int i = 1; i <= EnterpriseColumn.values().length; i++) {
            columns.append(i > 1 ? "/" : "").append(i).append("/2");
        }
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--infilter=CSV:44,34,76,1," + columns, "--convert-to", "xlsx", "--outdir",
                dir.toString(), csv.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path xlsx = dir.resolve("jinjiang.xlsx");
        String log = Files.readString(dir.resolve("soffice.log"));
        if (!Files.exists(xlsx) && !"true".equals(System.getenv("CI"))) {
            // soffice without Calc (only Writer installed) cannot load a CSV.
            assumeTrue(false, "LibreOffice Calc is not installed, soffice could not convert the CSV: " + log.strip());
        }
        assertThat(xlsx).as(log).exists();

        ImportResult result = EnterpriseImporter.defaults().importFile(xlsx);
        assertThat(result.errors()).isEmpty();
        assertThat(result.enterprises()).containsExactlyElementsOf(Projection.of(sample));
    }
}
