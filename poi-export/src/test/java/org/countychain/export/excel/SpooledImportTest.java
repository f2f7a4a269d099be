package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.countychain.ErrorCode;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The spooled import gives what the collecting import gives: the same enterprises in the same order, the same
 * errors (codes, messages in both languages, order), rejected rows, sheets and counts, and the same error workbook,
 * for the test files of the importer and for generated lists full of duplicates and conflicts read with a spool
 * budget so small that every few rows make a run file and the runs are merged in several passes. It leaves no
 * temporary file behind.
 */
class SpooledImportTest {
    /** So small that a run holds a few rows: many runs, merged in more than one pass. */
    private static final long TINY_BUDGET = 2_000;

    @TempDir
    Path dir;

    static Stream<String> fixtures() {
        return Stream.of("bad-cells.csv", "bad-cells-gb18030.csv");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theImporterFixturesGiveTheSameResult(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = SpooledImportTest.class.getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        assertSameImport(file);
    }

    static Stream<HostileInputs.Case> hostileCases() {
        return HostileInputs.all().stream();
    }

    @ParameterizedTest
    @MethodSource("hostileCases")
    void theHostileCorpusGivesTheSameResultOrTheSameRefusal(HostileInputs.Case c) throws Exception {
        Path file = c.write(dir);
        if (c.refusal() == null) {
            assertSameImport(file);
            return;
        }
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        ImportRefusedException collected = null;
        try {
            EnterpriseImporter.defaults().importFile(file);
        } catch (ImportRefusedException e) {
            collected = e;
        }
        assertThat(collected).isNotNull();
        String expected = collected.getMessage();
        assertThatThrownBy(() -> EnterpriseImporter.defaults().importSpooled(file, temporary))
                .isInstanceOf(ImportRefusedException.class).hasMessage(expected);
        assertThat(listing(temporary)).as("no temporary file left").isEmpty();
    }

    @Test
    void workbooksOfSeveralSheetsAndYearsGiveTheSameEnterprisesInTheSameOrder() throws Exception {
        List<Enterprise> enterprises = SyntheticProvince.generate(7, 300).counties().stream()
                .map(CountyDataset::enterprises).flatMap(List::stream).toList();
        Path xlsx = dir.resolve("list.xlsx");
        EnterpriseListWriter.writeXlsx(enterprises, xlsx);
        Path csv = dir.resolve("list.csv");
        EnterpriseListWriter.writeCsv(enterprises, csv);
        for (Path file : List.of(xlsx, csv)) {
            ImportResult collected = assertSameImport(file);
            assertThat(collected.enterprises()).hasSize(enterprises.size());
            assertThat(collected.rowsRead()).isGreaterThan(enterprises.size()); // one row per year: merged
        }
    }

    @Property(tries = 60)
    void generatedListsWithDuplicatesAndConflictsGiveTheSameResult(@ForAll("lists") List<List<String[]>> sheets)
            throws Exception {
        // jqwik runs properties outside JUnit Jupiter: no @TempDir here
        dir = Files.createTempDirectory("spooled-import-test");
        try {
            importBothWays(sheets);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(SpoolDirectory::delete);
            }
        }
    }

    private void importBothWays(List<List<String[]>> sheets) throws Exception {
        Path xlsx = Files.createTempFile(dir, "generated", ".xlsx");
        List<String[]> parts = new ArrayList<>();
        for (int s = 0; s < sheets.size(); s++) {
            StringBuilder rows = new StringBuilder(HostileInputs.HEADER);
            int r = 2;
            for (String[] cells : sheets.get(s)) {
                rows.append("<row r=\"").append(r).append("\">");
                for (int c = 0; c < cells.length; c++) {
                    rows.append(HostileInputs.inline((char) ('A' + c) + Integer.toString(r), cells[c]));
                }
                rows.append("</row>");
                r++;
            }
            parts.add(HostileInputs.sheet("企业" + (s + 1), rows.toString()));
        }
        Files.write(xlsx, HostileInputs.workbook(parts, HostileInputs.SST));
        assertSameImport(xlsx);
        Path csv = Files.createTempFile(dir, "generated", ".csv");
        StringBuilder text = new StringBuilder(HostileInputs.CSV_HEADER);
        sheets.stream().flatMap(List::stream).forEach(cells -> text.append(String.join(",", cells)).append('\n'));
        Files.writeString(csv, text);
        assertSameImport(csv);
    }

    @Provide
    Arbitrary<List<List<String[]>>> lists() {
        // few credit codes and names, so that codes repeat; a year and a revenue that sometimes repeat or are bad
        Arbitrary<String> code = Arbitraries.integers().between(0, 12).map(SpooledImportTest::code);
        Arbitrary<String> name = Arbitraries.of("甲公司", "甲公司", "甲公司", "乙公司");
        Arbitrary<String> county = Arbitraries.of("晋江市", "晋江市", "晋江市", "南安市", "火星县");
        Arbitrary<String> year = Arbitraries.of("2022", "2023", "2024", "二〇二四");
        Arbitrary<String> revenue = Arbitraries.of("100", "2500.5", "", "abc");
        Arbitrary<String[]> row = Combinators.combine(code, name, county, year, revenue)
                .as((a, b, c, d, e) -> new String[] {a, b, c, d, e});
        return row.list().ofMinSize(0).ofMaxSize(60).list().ofMinSize(1).ofMaxSize(3);
    }

    @Test
    void conflictingDuplicatesAcrossSheetsNameSheetRowAndColumnsAsTheCollectingImportDoes() throws Exception {
        String a = code(1);
        Path xlsx = dir.resolve("conflicts.xlsx");
        Files.write(xlsx, HostileInputs.workbook(HostileInputs.sheets(
                HostileInputs.sheet("一", HostileInputs.HEADER + row(2, a, "甲公司", "晋江市", "2023")
                        + row(3, code(2), "乙公司", "晋江市", "2023")),
                HostileInputs.sheet("二", HostileInputs.HEADER + row(2, a, "丙公司", "南安市", "2024")
                        + row(3, a, "甲公司", "晋江市", "2023") + row(4, a, "甲公司", "晋江市", "2024"))),
                HostileInputs.SST));
        ImportResult collected = assertSameImport(xlsx);
        assertThat(collected.errors()).extracting(RowError::code).containsExactly(ErrorCode.DUPLICATE,
                ErrorCode.DUPLICATE);
        assertThat(collected.errors().get(0).describe(Locale.CHINA)).contains("二!", "企业名称", "所在县", "一!2");
        assertThat(collected.sheets()).extracting(ImportResult.SheetRead::rowsRejected).containsExactly(0, 2);
        assertThat(collected.enterprises()).extracting(e -> e.creditCode().value()).containsExactly(a, code(2));
    }

    @Test
    void closingDeletesTheTemporaryFilesAndTheEnterprisesCannotBeReadAfter() throws Exception {
        List<Enterprise> enterprises = SyntheticProvince.generate(3, 100).counties().stream()
                .map(CountyDataset::enterprises).flatMap(List::stream).toList();
        Path csv = dir.resolve("list.csv");
        EnterpriseListWriter.writeCsv(enterprises, csv);
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        SpooledImport spooled = EnterpriseImporter.defaults().importSpooled(csv, temporary, TINY_BUDGET);
        assertThat(listing(temporary)).hasSize(1);
        try (Stream<Path> files = Files.walk(temporary)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("run files").isGreaterThan(1);
        }
        spooled.close();
        assertThat(listing(temporary)).isEmpty();
        assertThatThrownBy(() -> spooled.forEachEnterprise(e -> { })).isInstanceOf(IllegalStateException.class);
        spooled.close(); // again: harmless
    }

    @Test
    void moreRejectedRowsThanAreHeldAreAllHandedOnAndWrittenToTheErrorWorkbook() throws Exception {
        int bad = SpooledImport.ROWS_HELD + 500;
        StringBuilder text = new StringBuilder(HostileInputs.CSV_HEADER);
        for (int i = 0; i < bad; i++) {
            text.append(code(i)).append(",甲公司,晋江市,2024,100\n");
            text.append("BAD").append(i).append(",乙公司,晋江市,2024,100\n"); // a credit code that is not one
        }
        Path csv = dir.resolve("many-bad.csv");
        Files.writeString(csv, text);
        ImportResult collected = EnterpriseImporter.defaults().importFile(csv);
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        try (SpooledImport spooled = EnterpriseImporter.defaults().importSpooled(csv, temporary, TINY_BUDGET)) {
            assertThat(spooled.rowsRejected()).isEqualTo(bad);
            assertThat(spooled.errorCount()).isEqualTo(collected.errors().size());
            assertThat(spooled.rejectedRows()).hasSize(SpooledImport.ROWS_HELD);
            assertThat(spooled.rejectedRows()).extracting(r -> describe(r, Locale.ENGLISH)).containsExactlyElementsOf(
                    collected.rejectedRows().subList(0, SpooledImport.ROWS_HELD).stream()
                            .map(r -> describe(r, Locale.ENGLISH)).toList());
            List<String> all = new ArrayList<>();
            spooled.forEachRejectedRow(r -> all.add(describe(r, Locale.SIMPLIFIED_CHINESE)));
            assertThat(all).containsExactlyElementsOf(collected.rejectedRows().stream()
                    .map(r -> describe(r, Locale.SIMPLIFIED_CHINESE)).toList());
            assertThat(errorWorkbook(spooled::writeErrorWorkbook)).isEqualTo(errorWorkbook(collected::writeErrorWorkbook));
        }
        assertThat(listing(temporary)).as("no temporary file left").isEmpty();
    }

    @Test
    void theCollectingImportRefusesMoreRejectedRowsThanItsLimitNamingItAndHowToRaiseIt() throws Exception {
        Path csv = dir.resolve("four-bad.csv");
        Files.writeString(csv, HostileInputs.CSV_HEADER + code(1) + ",甲公司,晋江市,2024,100\n"
                + "1,乙,晋江市,2024,1\n2,乙,晋江市,2024,1\n3,乙,晋江市,2024,1\n4,乙,晋江市,2024,1\n");
        assertThat(EnterpriseImporter.defaults().withMaxRejectedRows(4).importFile(csv).rowsRejected()).isEqualTo(4);
        assertThat(EnterpriseImporter.defaults().maxRejectedRows())
                .isEqualTo(EnterpriseImporter.DEFAULT_MAX_REJECTED_ROWS);
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withMaxRejectedRows(3).importFile(csv))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ExcelErrorCode.IMPORT_LIMIT);
                    assertThat(e.refusal()).isEqualTo("excel.refused.tooManyRejected");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("[CC-7002]", "four-bad.csv", "more than 3 rows")
                            .contains("withMaxRejectedRows", "importSpooled");
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("被拒绝的行超过3行");
                });
        // the spooled import holds none: no limit
        try (SpooledImport spooled = EnterpriseImporter.defaults().withMaxRejectedRows(3).importSpooled(csv,
                Files.createDirectories(dir.resolve("tmp")))) {
            assertThat(spooled.rowsRejected()).isEqualTo(4);
        }
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withMaxRejectedRows(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTemporaryFilesRefuseTheFileAtTheirLimitAndAreDeleted() throws Exception {
        List<Enterprise> enterprises = SyntheticProvince.generate(3, 100).counties().stream()
                .map(CountyDataset::enterprises).flatMap(List::stream).toList();
        Path csv = dir.resolve("list.csv");
        EnterpriseListWriter.writeCsv(enterprises, csv);
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        EnterpriseImporter importer = EnterpriseImporter.defaults().withMaxSpoolBytes(20_000);
        assertThat(importer.maxSpoolBytes()).isEqualTo(20_000);
        assertThatThrownBy(() -> importer.importSpooled(csv, temporary, TINY_BUDGET))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.SPOOL_LIMIT);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("[CC-9015]", "list.csv")
                            .contains("20000 bytes", "withMaxSpoolBytes", "--max-spool-bytes");
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("暂存文件达到磁盘空间上限20000字节");
                });
        assertThat(listing(temporary)).as("no temporary file left").isEmpty();
        // the same file under the default limit
        try (SpooledImport spooled = EnterpriseImporter.defaults().importSpooled(csv, temporary, TINY_BUDGET)) {
            assertThat(spooled.enterpriseCount()).isEqualTo(enterprises.size());
        }
        assertThat(EnterpriseImporter.defaults().maxSpoolBytes()).isEqualTo(EnterpriseImporter.DEFAULT_MAX_SPOOL_BYTES);
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withMaxSpoolBytes(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String row(int r, String code, String name, String county, String year) {
        return "<row r=\"" + r + "\">" + HostileInputs.inline("A" + r, code) + HostileInputs.inline("B" + r, name)
                + HostileInputs.inline("C" + r, county) + "<c r=\"D" + r + "\"><v>" + year + "</v></c></row>";
    }

    static String code(int i) {
        String first17 = "91350582MA2X" + String.format(Locale.ROOT, "%05d", i);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static List<Path> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    /**
     * Imports a file both ways, the spooled one with a tiny budget, and checks that they agree.
     *
     * @return the collecting import's result
     */
    private ImportResult assertSameImport(Path file) throws IOException {
        ImportResult collected = EnterpriseImporter.defaults().importFile(file);
        Path temporary = Files.createTempDirectory(dir, "spool");
        try (SpooledImport spooled = EnterpriseImporter.defaults().importSpooled(file, temporary, TINY_BUDGET)) {
            List<Enterprise> enterprises = new ArrayList<>();
            spooled.forEachEnterprise(enterprises::add);
            assertThat(enterprises).isEqualTo(collected.enterprises());
            assertThat(spooled.enterpriseCount()).isEqualTo(collected.enterprises().size());
            List<Enterprise> again = new ArrayList<>();
            spooled.forEachEnterprise(again::add);
            assertThat(again).isEqualTo(enterprises);
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(spooled.errors()).extracting(e -> e.describe(locale))
                        .containsExactlyElementsOf(collected.errors().stream().map(e -> e.describe(locale)).toList());
                assertThat(spooled.rejectedRows()).extracting(r -> describe(r, locale))
                        .containsExactlyElementsOf(collected.rejectedRows().stream().map(r -> describe(r, locale))
                                .toList());
            }
            assertThat(spooled.errors()).extracting(RowError::code)
                    .containsExactlyElementsOf(collected.errors().stream().map(RowError::code).toList());
            assertThat(spooled.sheets()).isEqualTo(collected.sheets());
            assertThat(spooled.skippedSheets()).extracting(SkippedSheet::toString)
                    .isEqualTo(collected.skippedSheets().stream().map(SkippedSheet::toString).toList());
            assertThat(spooled.unknownColumns()).isEqualTo(collected.unknownColumns());
            assertThat(List.of(spooled.rowsRead(), spooled.rowsAccepted(), spooled.rowsRejected()))
                    .isEqualTo(List.of(collected.rowsRead(), collected.rowsAccepted(), collected.rowsRejected()));
            assertThat(spooled.isClean()).isEqualTo(collected.isClean());
            assertThat(errorWorkbook(spooled::writeErrorWorkbook)).isEqualTo(errorWorkbook(collected::writeErrorWorkbook));
        }
        assertThat(listing(temporary)).as("no temporary file left").isEmpty();
        return collected;
    }

    private static String describe(ImportResult.RejectedRow r, Locale locale) {
        return r.row() + " " + r.cells() + " " + r.errors().stream().map(e -> e.describe(locale)).toList();
    }

    private interface WorkbookWriter {
        void write(java.io.OutputStream out, Locale locale) throws IOException;
    }

    private static byte[] errorWorkbook(WorkbookWriter w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            w.write(out, Locale.SIMPLIFIED_CHINESE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
