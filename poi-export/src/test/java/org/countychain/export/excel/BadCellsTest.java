package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.countychain.ErrorCode;
import org.countychain.ProblemCode;
import org.countychain.enterprise.Enterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixture bad-cells.csv holds one bad cell of each kind; its last column says which. */
class BadCellsTest {
    @TempDir
    Path dir;

    private Path fixture(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad-cells.csv", "bad-cells-gb18030.csv"})
    void everyBadCellIsARowErrorAndTheGoodRowsStay(String name) throws Exception {
        ImportResult r = EnterpriseImporter.defaults().importFile(fixture(name));
        assertThat(r.headerRow()).isEqualTo(3);
        assertThat(r.rowsRead()).isEqualTo(15);
        assertThat(r.rowsAccepted()).isEqualTo(2);
        assertThat(r.rowsRejected()).isEqualTo(13);

        assertThat(r.enterprises()).hasSize(1);
        Enterprise e = r.enterprises().get(0);
        assertThat(e.name()).isEqualTo("好企业甲");
        assertThat(e.county().value()).isEqualTo("350582");
        assertThat(e.aboveScale()).isTrue();
        // 营业收入 takes 万元 from the title row; 研发费用（元） names its own unit.
        assertThat(e.year(2024).orElseThrow().operatingRevenue()).isEqualByComparingTo("12345000");
        assertThat(e.year(2024).orElseThrow().rdExpense()).isEqualByComparingTo("500000");
        assertThat(e.year(2023).orElseThrow().operatingRevenue()).isEqualByComparingTo(new BigDecimal("880000"));

        Map<Integer, ProblemCode> byRow = new TreeMap<>();
        r.errors().forEach(x -> byRow.putIfAbsent(x.row(), x.code()));
        assertThat(byRow).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry(5, ErrorCode.REQUIRED),
                Map.entry(6, ErrorCode.CREDIT_CODE_CHECK),
                Map.entry(7, ErrorCode.CREDIT_CODE_LENGTH),
                Map.entry(8, ErrorCode.REQUIRED),
                Map.entry(9, ErrorCode.DIVISION_UNKNOWN),
                Map.entry(10, ErrorCode.MALFORMED),
                Map.entry(11, ErrorCode.MALFORMED),
                Map.entry(12, ErrorCode.OUT_OF_RANGE),
                Map.entry(13, ErrorCode.MALFORMED),
                Map.entry(14, ErrorCode.MALFORMED),
                Map.entry(15, ErrorCode.MALFORMED),
                Map.entry(16, ErrorCode.DUPLICATE),
                Map.entry(17, ErrorCode.DUPLICATE))));
        assertThat(r.rejectedRows()).extracting(ImportResult.RejectedRow::row)
                .containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
    }

    @Test
    void anErrorSaysWhereWhatAndWhyInTheCallersLanguage() throws Exception {
        ImportResult r = EnterpriseImporter.defaults().importFile(fixture("bad-cells.csv"));
        RowError money = r.errors().stream().filter(x -> x.row() == 11).findFirst().orElseThrow();
        assertThat(money.sheet()).isEqualTo("bad-cells.csv");
        assertThat(money.cellReference()).isEqualTo("E11");
        assertThat(money.column()).isEqualTo("营业收入");
        assertThat(money.rawValue()).isEqualTo("一百");
        assertThat(money.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("“一百”不是数字");
        assertThat(money.reason(Locale.ENGLISH)).isEqualTo("\"一百\" is not a number");
        assertThat(money.describe(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[CC-1004] bad-cells.csv!E11 (营业收入) \"一百\": “一百”不是数字");

        RowError check = r.errors().stream().filter(x -> x.row() == 6).findFirst().orElseThrow();
        assertThat(check.cellReference()).isEqualTo("A6");
        assertThat(check.reason(Locale.SIMPLIFIED_CHINESE)).contains("校验码");
        assertThat(check.reason(Locale.ENGLISH)).containsIgnoringCase("check character");

        RowError county = r.errors().stream().filter(x -> x.row() == 9).findFirst().orElseThrow();
        assertThat(county.cellReference()).isEqualTo("C9");
        assertThat(county.rawValue()).isEqualTo("火星县");
    }

    @Test
    void theErrorWorkbookHoldsTheRejectedRowsAndReimportsToTheSameErrors() throws Exception {
        ImportResult r = EnterpriseImporter.defaults().importFile(fixture("bad-cells.csv"));
        Path errors = dir.resolve("errors.xlsx");
        r.writeErrorWorkbook(errors, Locale.SIMPLIFIED_CHINESE);
        ImportResult again = EnterpriseImporter.defaults().importFile(errors);
        assertThat(again.headerRow()).isEqualTo(1);
        assertThat(again.header()).last().isEqualTo("错误原因");
        assertThat(again.rowsRead()).isEqualTo(13);
        // Rows 16 and 17 clashed with row 4, which is not in the error workbook; the others fail as before.
        assertThat(again.errors().stream().map(RowError::code).limit(11).collect(Collectors.toList()))
                .isEqualTo(r.errors().stream().map(RowError::code).limit(11).collect(Collectors.toList()));
        // The title row's unit moves into the header, so a corrected row re-imports in 万元.
        assertThat(again.header().get(4)).isEqualTo("营业收入（万元）");
        List<String> first = again.rejectedRows().get(0).cells();
        assertThat(first.get(1)).isEqualTo("缺代码企业");
    }
}
