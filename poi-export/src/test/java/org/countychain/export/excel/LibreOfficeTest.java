package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks written by LibreOffice, not by POI: the library's CSV and .xlsx, and a multi-sheet workbook, converted with
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
        List<Enterprise> sample = SampleCounty.jinjiang().enterprises();
        Path csv = dir.resolve("jinjiang.csv");
        EnterpriseListWriter.writeCsv(sample, csv);
        // Filter options: comma separated, double quote, UTF-8 (76), first line 1, every column as text (2) so
        // credit codes and dates stay as written.
        StringBuilder columns = new StringBuilder();
        for (int i = 1; i <= EnterpriseColumn.values().length; i++) {
            columns.append(i > 1 ? "/" : "").append(i).append("/2");
        }
        Path xlsx = convert(csv, "--infilter=CSV:44,34,76,1," + columns, dir);

        ImportResult result = EnterpriseImporter.defaults().importFile(xlsx);
        assertThat(result.errors()).isEmpty();
        assertThat(result.enterprises()).containsExactlyElementsOf(Projection.of(sample));
    }

    @Test
    void theLibrarysOwnWorkbookSavedByLibreOfficeImportsToTheSameEnterprises() throws Exception {
        // The export writes the package itself (no POI usermodel): LibreOffice must open it, and what it saves
        // (shared strings, its own styles) must hold the same text, numbers and dates.
        List<Enterprise> sample = SampleCounty.jinjiang().enterprises();
        Path written = dir.resolve("written.xlsx");
        EnterpriseListWriter.writeXlsx(sample, written);
        Path xlsx = convert(written, null, Files.createDirectories(dir.resolve("saved-by-libreoffice")));
        assertThat(Files.readAllBytes(xlsx)).isNotEqualTo(Files.readAllBytes(written));

        ImportResult result = EnterpriseImporter.defaults().importFile(xlsx);
        assertThat(result.errors()).isEmpty();
        assertThat(result.enterprises()).containsExactlyElementsOf(Projection.of(sample));
    }

    @Test
    void aMultiSheetWorkbookSavedByLibreOfficeImportsItsVisibleDataSheets() throws Exception {
        Path original = MultiSheetImportTest.multiSheetWorkbook(dir.resolve("统计局名单.xlsx"));
        Path xlsx = convert(original, null, Files.createDirectories(dir.resolve("saved-by-libreoffice")));
        assertThat(Files.readAllBytes(xlsx)).isNotEqualTo(Files.readAllBytes(original));

        MultiSheetImportTest.assertEveryVisibleDataSheetRead(EnterpriseImporter.defaults().importFile(xlsx));
        assertThat(EnterpriseImporter.defaults().withSheet("lookup").importFile(xlsx).enterprises())
                .extracting(e -> e.creditCode().value()).containsExactly(MultiSheetImportTest.HIDDEN_CODE);
    }

    /** Has LibreOffice Calc save a file as .xlsx in a directory; skips the test without Calc, except on CI. */
    private Path convert(Path in, String inFilter, Path outDir) throws Exception {
        Path soffice = soffice();
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH: LibreOffice round trip skipped");
        }
        assertThat(soffice).as("soffice on the PATH (required when CI=true)").isNotNull();
        Path profile = Files.createDirectories(dir.resolve("lo-profile"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore"));
        if (inFilter != null) {
            command.add(inFilter);
        }
        command.addAll(List.of("--convert-to", "xlsx", "--outdir", outDir.toString(), in.toString()));
        Path log = dir.resolve("soffice.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        String name = in.getFileName().toString();
        Path xlsx = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx");
        String output = Files.readString(log);
        if (!Files.exists(xlsx) && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            // soffice without Calc (only Writer installed) cannot load a spreadsheet.
            assumeTrue(false, "LibreOffice Calc is not installed, soffice could not convert " + name + ": "
                    + output.strip());
        }
        assertThat(xlsx).as(output).exists();
        return xlsx;
    }
}
