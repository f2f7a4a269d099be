package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.json.CountyChainJson;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import applies validation's text lengths: a text column's value at its field's limit is imported and passes
 * validation (and, one character longer in the JSON written from it, fails validation's CV-0930); one character longer
 * in the file it is a row error, CC-7005, naming the column, the length and the limit, and the rest of the file is
 * imported. Every column the import reads, given a value of 11,600 characters, rejects its row, in the collecting,
 * the spooled and the streaming import alike.
 */
class TextLengthImportTest {
    private static final String GOOD = HostileInputs.GOOD_CODE;
    private static final String OTHER = HostileInputs.OTHER_CODE;
    private static final EnterpriseColumn[] COLUMNS = EnterpriseColumn.values();
    private static CountyChainValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void startValidator() {
        validator = CountyChainValidator.create();
    }

    @AfterAll
    static void closeValidator() {
        validator.close();
    }

    /** The columns whose text the model keeps as text (a list's items, each). */
    static Stream<EnterpriseColumn> textColumns() {
        return Stream.of(COLUMNS).filter(c -> RowParser.maxChars(c) > 0);
    }

    @Test
    void everyTextColumnHasTheLimitOfTheFieldItFills() {
        assertThat(textColumns()).containsExactlyInAnyOrder(EnterpriseColumn.NAME, EnterpriseColumn.INDUSTRY_CODE,
                EnterpriseColumn.CHAIN_IDS, EnterpriseColumn.RD_INSTITUTION_NAMES,
                EnterpriseColumn.HIGH_TECH_CERTIFICATE_NUMBER, EnterpriseColumn.INDUSTRY_NAME,
                EnterpriseColumn.REGISTERED_ADDRESS);
        // every other column reads its cells as something else than text: a code, a county, a number, a date, …
        assertThat(Stream.of(COLUMNS).filter(c -> RowParser.maxChars(c) == 0).map(EnterpriseColumn::kind))
                .doesNotContain(EnterpriseColumn.Kind.TEXT).contains(EnterpriseColumn.Kind.LIST);
        assertThat(RowParser.maxChars(EnterpriseColumn.NAME)).isEqualTo(200);
        assertThat(RowParser.maxChars(EnterpriseColumn.HIGH_TECH_CERTIFICATE_NUMBER)).isEqualTo(32);
        assertThat(RowParser.maxChars(EnterpriseColumn.CHAIN_IDS)).isEqualTo(100);
        assertThat(RowParser.maxChars(EnterpriseColumn.REGISTERED_ADDRESS)).isEqualTo(500);
    }

    @ParameterizedTest
    @MethodSource("textColumns")
    void aTextAtItsLimitIsImportedPassesValidationAndOneMoreCharacterIsARowErrorInBoth(EnterpriseColumn c)
            throws Exception {
        int limit = RowParser.maxChars(c);
        String atLimit = chinese(limit, c.ordinal());

        ImportResult accepted = EnterpriseImporter.defaults().importFile(csv(c, atLimit));
        assertThat(accepted.errors()).isEmpty();
        assertThat(accepted.enterprises()).hasSize(2);
        CountyDataset dataset = CountyDataset.builder("350582", "晋江市", 2024).enterprises(accepted.enterprises())
                .build();
        assertThat(textLengthViolations(dataset)).isEmpty();
        // The JSON written from it reads back; one character more there, and validation refuses it at its path.
        CountyChainJson json = CountyChainJson.defaults();
        String written = json.writeToString(dataset);
        assertThat(textLengthViolations(json.read(written, CountyDataset.class))).isEmpty();
        CountyDataset longer = json.read(written.replace(atLimit, atLimit + "长"), CountyDataset.class);
        assertThat(textLengthViolations(longer)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains(Integer.toString(limit + 1), Integer.toString(limit)));

        ImportResult rejected = EnterpriseImporter.defaults().importFile(csv(c, atLimit + "长"));
        assertThat(rejected.enterprises()).extracting(e -> e.creditCode().value()).containsExactly(GOOD);
        assertThat(rejected.rowsRejected()).isEqualTo(1);
        RowError e = rejected.errors().get(0);
        assertThat(rejected.errors()).hasSize(1);
        assertThat(e.code()).isEqualTo(ExcelErrorCode.IMPORT_TEXT_TOO_LONG);
        assertThat(e.code().code()).isEqualTo("CC-7005");
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(c.header());
        assertThat(e.sheet()).isEqualTo("list.csv");
        String length = Integer.toString(limit + 1);
        if (c.kind() == EnterpriseColumn.Kind.LIST) {
            assertThat(e.reason(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("第2项有" + length + "个字符，超过此列每项上限" + limit + "个（与校验对该字段的长度上限相同），请缩短");
            assertThat(e.reason(Locale.ENGLISH)).startsWith("item 2 has " + length + " characters, more than the "
                    + limit + " each item of this column may hold");
        } else {
            assertThat(e.reason(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("文本有" + length + "个字符，超过此列上限" + limit + "个（与校验对该字段的长度上限相同），请缩短");
            assertThat(e.reason(Locale.ENGLISH)).startsWith("the text has " + length + " characters, more than the "
                    + limit + " this column may hold");
        }
        assertThat(e.describe(Locale.SIMPLIFIED_CHINESE)).startsWith("[CC-7005] list.csv!" + e.cellReference()
                + " (" + c.header() + ") \"");
    }

    /**
     * Each column in turn holds 11,600 characters (as the long-names workbook's names do): the row is rejected with
     * an error at that column, the good row beside it is imported, and the error workbook holds the row whole and
     * rejects it again when imported.
     */
    @ParameterizedTest
    @EnumSource(EnterpriseColumn.class)
    void everyColumnTheImportReadsRejectsARowWithAnElevenThousandCharacterValue(EnterpriseColumn c) throws Exception {
        String huge = chinese(11_600, c.ordinal());
        Path file = csv(c, huge);
        ImportResult r = EnterpriseImporter.defaults().importFile(file);
        assertThat(r.enterprises()).extracting(e -> e.creditCode().value()).containsExactly(GOOD);
        assertThat(r.rowsRejected()).isEqualTo(1);
        assertThat(r.errors()).extracting(RowError::column).contains(c.header());
        if (RowParser.maxChars(c) > 0) {
            assertThat(r.errors()).extracting(RowError::code).containsExactly(ExcelErrorCode.IMPORT_TEXT_TOO_LONG);
        }
        for (RowError e : r.errors()) {
            // one line of reasonable length: the value is shown by its start
            assertThat(e.describe(Locale.SIMPLIFIED_CHINESE)).hasSizeLessThan(1_000).doesNotContain("\n");
            assertThat(e.describe(Locale.ENGLISH)).hasSizeLessThan(1_000);
        }
        // the spooled import sees the same
        try (SpooledImport spooled = EnterpriseImporter.defaults().importSpooled(file)) {
            assertThat(spooled.errors()).extracting(RowError::code)
                    .containsExactlyElementsOf(r.errors().stream().map(RowError::code).toList());
            List<String> codes = new ArrayList<>();
            spooled.forEachEnterprise(e -> codes.add(e.creditCode().value()));
            assertThat(codes).containsExactly(GOOD);
        }
        // and so does the streaming import
        List<ImportResult.RejectedRow> streamedRejected = new ArrayList<>();
        List<Integer> streamedAccepted = new ArrayList<>();
        EnterpriseImporter.defaults().importFile(file, new ImportListener() {
            @Override
            public void accepted(ImportedRow row) {
                streamedAccepted.add(row.row());
            }

            @Override
            public void rejected(ImportResult.RejectedRow row) {
                streamedRejected.add(row);
            }
        });
        assertThat(streamedAccepted).containsExactly(2);
        assertThat(streamedRejected).singleElement().satisfies(row -> assertThat(row.errors())
                .extracting(RowError::code).containsExactlyElementsOf(r.errors().stream().map(RowError::code).toList()));
        Path errors = dir.resolve("errors.xlsx");
        r.writeErrorWorkbook(errors, Locale.SIMPLIFIED_CHINESE);
        ImportResult again = EnterpriseImporter.defaults().importFile(errors);
        assertThat(again.rowsRead()).isEqualTo(1);
        assertThat(again.rowsRejected()).isEqualTo(1);
        assertThat(again.errors()).extracting(RowError::code)
                .containsExactlyElementsOf(r.errors().stream().map(RowError::code).toList());
        assertThat(again.errors().get(0).rawValue()).isEqualTo(r.errors().get(0).rawValue());
    }

    @Test
    void theCellLimitStillComesFirstAndRaisedTheNamesOwnLimitApplies() throws Exception {
        Path file = HostileInputs.byName().get("huge-field.csv").write(dir);
        assertThat(EnterpriseImporter.defaults().importFile(file).errors()).extracting(RowError::code)
                .containsExactly(ExcelErrorCode.IMPORT_LIMIT);
        ImportResult raised = EnterpriseImporter.defaults().withMaxCellChars(40_000).importFile(file);
        assertThat(raised.errors()).extracting(RowError::code).containsExactly(ExcelErrorCode.IMPORT_TEXT_TOO_LONG);
        assertThat(raised.errors().get(0).reason(Locale.ENGLISH)).contains("32768 characters", "the 200 ");
        // The error workbook holds what a cell can: the name cut to Excel's 32,767 characters, rejected again.
        Path errors = dir.resolve("raised-errors.xlsx");
        raised.writeErrorWorkbook(errors, Locale.ENGLISH);
        ImportResult again = EnterpriseImporter.defaults().importFile(errors);
        assertThat(again.errors()).extracting(RowError::code).containsExactly(ExcelErrorCode.IMPORT_TEXT_TOO_LONG);
        assertThat(again.errors().get(0).rawValue()).hasSize(EnterpriseImporter.DEFAULT_MAX_CELL_CHARS);
    }

    @Test
    void aConflictQuotesItsValuesWholeWhenEachIsWithinItsLimit() throws Exception {
        String first = chinese(200, 1);
        String second = chinese(200, 2);
        String address = chinese(500, 3);
        Path file = Files.writeString(dir.resolve("dup.csv"), "统一社会信用代码,企业名称,所在县（市、区）,注册地址\n"
                + GOOD + "," + first + ",晋江市," + address + "\n" + GOOD + "," + second + ",晋江市,另一地址\n",
                StandardCharsets.UTF_8);
        RowError e = EnterpriseImporter.defaults().importFile(file).errors().get(0);
        assertThat(e.code().code()).isEqualTo("CC-1003");
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).contains("企业名称「" + second + "」", "注册地址「另一地址」");
        // the description shows the quoted values by their start: the reason holds them whole
        assertThat(e.describe(Locale.SIMPLIFIED_CHINESE)).contains(e.reason(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aRowWithSeveralLongValuesHasReasonsThatFitTheErrorWorkbooksCell() throws Exception {
        Map<EnterpriseColumn, String> values = new EnumMap<>(EnterpriseColumn.class);
        for (EnterpriseColumn c : COLUMNS) {
            values.put(c, chinese(11_600, c.ordinal()));
        }
        values.put(EnterpriseColumn.CREDIT_CODE, OTHER);
        Path file = csv(values);
        ImportResult r = EnterpriseImporter.defaults().importFile(file);
        assertThat(r.errors()).hasSizeGreaterThan(20);
        Path errors = dir.resolve("errors.xlsx");
        r.writeErrorWorkbook(errors, Locale.SIMPLIFIED_CHINESE);
        assertThat(EnterpriseImporter.defaults().importFile(errors).rowsRejected()).isEqualTo(1);
    }

    /**
     * Chinese text of {@code n} characters drawn from the CJK block, the same for the same seed: varied as real
     * names are, so that an error workbook of many such cells compresses as a real one does (a cell repeating one
     * character would trip the zip-bomb guard when the workbook is read back).
     */
    static String chinese(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) (0x4e00 + random.nextInt(0x9fa5 - 0x4e00 + 1)));
        }
        return sb.toString();
    }

    private List<Violation> textLengthViolations(CountyDataset dataset) {
        return validator.validate(dataset).violations().stream().filter(v -> v.code().equals("CV-0930")).toList();
    }

    /** A list of two rows: a good one, and row 3 holding {@code value} in column {@code c} (valid elsewhere). */
    private Path csv(EnterpriseColumn c, String value) throws Exception {
        Map<EnterpriseColumn, String> values = new EnumMap<>(EnterpriseColumn.class);
        values.put(EnterpriseColumn.CREDIT_CODE, OTHER);
        values.put(EnterpriseColumn.NAME, "乙公司");
        values.put(EnterpriseColumn.COUNTY, "晋江市");
        if (c == EnterpriseColumn.RD_INSTITUTION_NAMES) {
            values.put(EnterpriseColumn.YEAR, "2024");
        }
        if (c == EnterpriseColumn.HIGH_TECH_CERTIFICATE_NUMBER) {
            values.put(EnterpriseColumn.HIGH_TECH_CERTIFICATE_ISSUED_ON, "2023-01-01");
        }
        values.put(c, c.kind() == EnterpriseColumn.Kind.LIST ? "甲；" + value : value);
        return csv(values);
    }

    private Path csv(Map<EnterpriseColumn, String> bad) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (EnterpriseColumn c : COLUMNS) {
            sb.append(c.ordinal() == 0 ? "" : ",").append(c.header());
        }
        sb.append('\n').append(GOOD).append(",甲公司,晋江市").append(",".repeat(COLUMNS.length - 3)).append('\n');
        for (EnterpriseColumn c : COLUMNS) {
            sb.append(c.ordinal() == 0 ? "" : ",").append(bad.getOrDefault(c, ""));
        }
        sb.append('\n');
        return Files.writeString(dir.resolve("list.csv"), sb, StandardCharsets.UTF_8);
    }
}
