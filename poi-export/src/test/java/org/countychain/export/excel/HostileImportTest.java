package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of {@link HostileInputs}: a refusal with its code, or the bad row rejected and the good row kept. */
class HostileImportTest {
    @TempDir
    Path dir;

    static Stream<HostileInputs.Case> cases() {
        return HostileInputs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseIsARefusalWithItsCodeOrARowErrorBesideTheGoodRow(HostileInputs.Case c) throws Exception {
        Path file = c.write(dir);
        if (c.refusal() != null) {
            ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class,
                    () -> EnterpriseImporter.defaults().importFile(file));
            assertThat(e).as("refused").isNotNull();
            assertThat(e.errorCode()).isEqualTo(c.refusal());
            assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).doesNotContain("Exception").doesNotContain("excel.");
            assertThat(e.reason(Locale.ENGLISH)).doesNotContain("Exception").doesNotContain("excel.");
            return;
        }
        ImportResult r = EnterpriseImporter.defaults().importFile(file);
        assertThat(r.errors()).extracting(RowError::code).containsExactlyElementsOf(c.rowCodes());
        assertThat(r.enterprises()).extracting(e -> e.creditCode().value()).contains(HostileInputs.GOOD_CODE);
        assertThat(r.rowsRead()).isEqualTo(r.rowsAccepted() + r.rowsRejected());
        for (RowError e : r.errors()) {
            assertThat(e.describe(Locale.SIMPLIFIED_CHINESE)).doesNotContain("excel.").doesNotContain("Exception");
            assertThat(e.describe(Locale.ENGLISH)).doesNotContain("excel.").doesNotContain("Exception");
        }
        // The error workbook is written for every case, and holds each rejected row.
        Path errors = dir.resolve("errors.xlsx");
        r.writeErrorWorkbook(errors, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook wb = new XSSFWorkbook(errors.toFile())) {
            int rows = 0;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                rows += wb.getSheetAt(i).getLastRowNum();
            }
            assertThat(rows).isEqualTo(r.rowsRejected());
        }
    }

    @Test
    void aLimitMessageNamesTheLimitAndHowToRaiseIt() throws Exception {
        Path file = HostileInputs.byName().get("huge-field.csv").write(dir);
        RowError e = EnterpriseImporter.defaults().importFile(file).errors().get(0);
        assertThat(e.code()).isEqualTo(ExcelErrorCode.IMPORT_LIMIT);
        assertThat(e.cellReference()).isEqualTo("B3");
        assertThat(e.column()).isEqualTo("企业名称");
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).contains("32768").contains("32767")
                .contains("withMaxCellChars").contains("--max-cell-chars");
        assertThat(e.reason(Locale.ENGLISH)).contains("more than the limit of 32767").contains("--max-cell-chars");
        // Raised, the same cell is read, and the name's own limit (validation's 200 characters) rejects it.
        ImportResult raised = EnterpriseImporter.defaults().withMaxCellChars(40_000).importFile(file);
        assertThat(raised.errors()).extracting(RowError::code).containsExactly(ExcelErrorCode.IMPORT_TEXT_TOO_LONG);
        assertThat(raised.errors().get(0).reason(Locale.SIMPLIFIED_CHINESE)).contains("32768", "200");
        assertThat(raised.enterprises()).extracting(x -> x.creditCode().value())
                .containsExactly(HostileInputs.GOOD_CODE);
    }

    /**
     * A header row past the limits (what a list saved on one line, or a header that never ends, looks like) refuses
     * the file with the limit named, instead of importing nothing beside a warning per column of its text.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("headersPastTheLimits")
    void aHeaderRowPastTheLimitsRefusesTheFileNamingTheLimit(String refusal, int maxCellChars, String extraColumns,
                                                             String chinese, String english) throws Exception {
        Path file = dir.resolve("header.csv");
        java.nio.file.Files.writeString(file, HostileInputs.CSV_HEADER.strip() + extraColumns + "\n"
                + HostileInputs.CSV_GOOD);
        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class,
                () -> EnterpriseImporter.defaults().withMaxCellChars(maxCellChars).importFile(file));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.errorCode()).isEqualTo(ExcelErrorCode.IMPORT_LIMIT);
        assertThat(e.refusal()).isEqualTo(refusal);
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).startsWith("表头行（第1行）超出导入上限：").contains(chinese);
        assertThat(e.reason(Locale.ENGLISH)).startsWith("the header row (row 1) is past the import's limits: ")
                .contains(english);
        // Within the limits, the same columns are a header whose extra columns are warned about, not a refusal.
        String fitting = extraColumns.replace("备注备注备注备注备注备注备注备注备注备注备", "备注");
        if (!fitting.equals(extraColumns)) {
            java.nio.file.Files.writeString(file, HostileInputs.CSV_HEADER.strip() + fitting + "\n"
                    + HostileInputs.CSV_GOOD);
            assertThat(EnterpriseImporter.defaults().withMaxCellChars(maxCellChars).importFile(file).enterprises())
                    .hasSize(1);
        }
    }

    static Stream<Arguments> headersPastTheLimits() {
        return Stream.of(
                Arguments.of("excel.refused.header.cellChars", 20, ",备注备注备注备注备注备注备注备注备注备注备",
                        "其单元格F1有21个字符，超过上限20个", "its cell F1 holds 21 characters, more than the limit of 20"),
                Arguments.of("excel.refused.header.rowChars", 20, ",备注备注备注备注备注备注备注".repeat(50),
                        "该行超过640个字符（单元格上限20的32倍）", "more than 640 characters, 32 times the cell limit of 20"),
                Arguments.of("excel.refused.header.columns", EnterpriseImporter.DEFAULT_MAX_CELL_CHARS,
                        ",x".repeat(16_384),
                        "在XFE1处该行超过16384列", "at XFE1 it has more than 16384 columns"));
    }

    /**
     * A quote that never closes takes the rest of the file into its cell, later rows included: the row is rejected
     * with the cell named and the reason said, not for whatever the swallowed text makes of its other columns only.
     */
    @Test
    void aQuoteThatNeverClosesIsABrokenCellSayingTheRestOfTheFileIsInIt() throws Exception {
        Path file = dir.resolve("unclosed-quote.csv");
        String start = HostileInputs.CSV_HEADER + HostileInputs.CSV_GOOD + HostileInputs.OTHER_CODE;
        java.nio.file.Files.writeString(file, start + ",\"乙公司,晋江市,2024,1\n91350582MA2XYK0034,丙公司,晋江市,2024,1\n");
        ImportResult r = EnterpriseImporter.defaults().importFile(file);
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(r.enterprises()).extracting(e -> e.creditCode().value()).containsExactly(HostileInputs.GOOD_CODE);
        RowError e = r.errors().get(0);
        assertThat(e.code()).isEqualTo(ExcelErrorCode.IMPORT_BROKEN_CELL);
        assertThat(e.cellReference()).isEqualTo("B3");
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "单元格B3开头的引号未闭合：其后直到文件末尾的全部内容（包括之后各行）都被读作这一个单元格；请补上或删去该引号");
        assertThat(e.reason(Locale.ENGLISH)).startsWith("the quote that opens cell B3 never closes");
        // closed, the same rows are three enterprises
        java.nio.file.Files.writeString(file, start + ",\"乙公司\",晋江市,2024,1\n91350582MA2XYK0034,丙公司,晋江市,2024,1\n");
        assertThat(EnterpriseImporter.defaults().importFile(file).errors()).isEmpty();
    }

    @Test
    void brokenCellsNameTheirCellAndAreNotReportedTwice() throws Exception {
        ImportResult xfd = EnterpriseImporter.defaults()
                .importFile(HostileInputs.byName().get("beyond-xfd.xlsx").write(dir));
        assertThat(xfd.errors()).singleElement().satisfies(e -> {
            assertThat(e.cellReference()).isEqualTo("XFE3");
            assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("单元格引用 XFE3 超出工作表的最后一列 XFD");
        });
        ImportResult sst = EnterpriseImporter.defaults()
                .importFile(HostileInputs.byName().get("shared-string-not-a-number.xlsx").write(dir));
        assertThat(sst.errors()).singleElement().satisfies(e -> {
            assertThat(e.cellReference()).isEqualTo("E3");
            assertThat(e.column()).isEqualTo("营业收入");
            assertThat(e.reason(Locale.ENGLISH)).contains("\"abc\"").contains("1 shared strings");
        });
    }

    /**
     * The reason of each refusal that another guard would also end in CC-1004 or CC-7003: only the reason tells
     * which guard refused the file.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalReasons")
    void eachRefusalGivesItsOwnReason(String name, String reason) throws Exception {
        Path file = HostileInputs.byName().get(name).write(dir);
        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class,
                () -> EnterpriseImporter.defaults().importFile(file));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo(reason);
    }

    static Stream<Arguments> refusalReasons() {
        String notAWorkbook = "文件既不是 .xlsx 工作簿，也不是 CSV 文件";
        return Stream.of(
                Arguments.of("bom-only.csv",
                        "前20行中未找到表头行：表头至少应包含列 统一社会信用代码、企业名称、所在县（市、区）"),
                Arguments.of("truncated.xlsx", notAWorkbook),
                Arguments.of("not-a-zip.xlsx", notAWorkbook),
                Arguments.of("text.xlsx", notAWorkbook),
                Arguments.of("row-number-not-a-number.xlsx",
                        "工作表“企业”中有行号为x的行，任何工作表都不可能有此行号（行号为1至1048576）：文件已损坏"),
                Arguments.of("zip-bomb.xlsx",
                        "无法读取工作簿：有部件解压后远超其压缩大小（防 zip 炸弹的限制）；Excel 或 WPS 保存的工作簿不会如此"),
                Arguments.of("neither-utf8-nor-gb18030.csv", "CSV 文件既不是 UTF-8 也不是 GB18030 编码的文本"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenReferences")
    void aBrokenCellReferenceIsNamedAsWritten(String name, String reference) throws Exception {
        ImportResult r = EnterpriseImporter.defaults().importFile(HostileInputs.byName().get(name).write(dir));
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ExcelErrorCode.IMPORT_BROKEN_CELL);
            assertThat(e.cellReference()).isEqualTo(reference);
            assertThat(e.reason(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("单元格引用 " + reference + " 超出工作表的最后一列 XFD");
        });
    }

    static Stream<Arguments> brokenReferences() {
        return Stream.of(Arguments.of("reference-overflow.xlsx", "ZZZZZZZZZZZZ3"),
                Arguments.of("reference-no-letters.xlsx", "123"));
    }

    @Test
    void aReferenceWhoseLettersWouldWrapRoundToARealColumnIsBrokenNotReadAsThatColumn() throws Exception {
        // MWLQKXA counts 2^32 + 5 columns, which an int wraps round to 5: column E, the operating revenue. Only the
        // limit of three letters stops it; a negative wrap (ZZZZZZZZZZZZ) is also caught as a column below A.
        Path file = Files.write(dir.resolve("wrap.xlsx"),
                HostileInputs.xlsxWithBadRow("<c r=\"MWLQKXA3\"><v>1</v></c>"));
        ImportResult r = EnterpriseImporter.defaults().importFile(file);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ExcelErrorCode.IMPORT_BROKEN_CELL);
            assertThat(e.cellReference()).isEqualTo("MWLQKXA3");
        });
        assertThat(r.enterprises()).extracting(e -> e.creditCode().value()).containsExactly(HostileInputs.GOOD_CODE);
    }

    @ParameterizedTest
    @MethodSource("unreadableWorkbooks")
    void anUnreadableWorkbookIsRefusedInTheLibrarysWordsNotPois(String name, String chinese, String english)
            throws Exception {
        Path file = HostileInputs.byName().get(name).write(dir);
        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class,
                () -> EnterpriseImporter.defaults().importFile(file));
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).startsWith("无法读取工作簿：").contains(chinese)
                .doesNotContain("disallowed").doesNotContain("Zip bomb detected");
        assertThat(e.reason(Locale.ENGLISH)).startsWith("the workbook cannot be read: ").contains(english)
                .doesNotContain("disallowed").doesNotContain("Zip bomb detected");
    }

    static Stream<Arguments> unreadableWorkbooks() {
        return Stream.of(
                Arguments.of("entity-expansion-sheet.xlsx", "含有 DOCTYPE 声明",
                        "holds a DOCTYPE declaration"),
                Arguments.of("entity-expansion-shared-strings.xlsx",
                        "含有 DOCTYPE 声明", "holds a DOCTYPE declaration"),
                Arguments.of("zip-bomb.xlsx", "防 zip 炸弹", "guard against zip bombs"));
    }

    @Test
    void aRowNumberBeyondTheLastRowRefusesTheFileNamingSheetAndNumber() throws Exception {
        Path file = HostileInputs.byName().get("row-number-too-large.xlsx").write(dir);
        ImportRefusedException e = catchThrowableOfType(ImportRefusedException.class,
                () -> EnterpriseImporter.defaults().importFile(file));
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).contains("“企业”").contains("99999999999");
    }

    @Test
    void errorSheetNamesStayUniqueWhenTheSourceNamesDifferOnlyInCase() throws Exception {
        Path file = HostileInputs.byName().get("sheets-differing-in-case.xlsx").write(dir);
        Path errors = dir.resolve("e.xlsx");
        EnterpriseImporter.defaults().importFile(file).writeErrorWorkbook(errors, Locale.ENGLISH);
        try (XSSFWorkbook wb = new XSSFWorkbook(errors.toFile())) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1))).containsExactly("企业a", "企业A (2)");
        }
        assertThat(ImportResult.uniqueSheetName("x".repeat(40), new java.util.HashSet<>(List.of("X".repeat(31)))))
                .hasSize(31).endsWith(" (2)");
    }
}
