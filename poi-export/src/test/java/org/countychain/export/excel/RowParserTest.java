package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.ErrorCode;
import org.countychain.enterprise.CreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The row parser's shortcuts give what the general rules give; the merger names a row on another sheet. */
class RowParserTest {
    @TempDir
    Path dir;

    @Test
    void plainDigitsAreWhatTheNumberRuleGives() {
        Random random = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            int length = 1 + random.nextInt(22);
            StringBuilder v = new StringBuilder();
            for (int i = 0; i < length; i++) {
                v.append(random.nextInt(12) == 0 ? "0,.e-x ".charAt(random.nextInt(7)) : (char) ('0' + random.nextInt(10)));
            }
            String text = v.toString();
            BigDecimal fast = RowParser.plainDigits(text);
            if (fast != null) {
                BigDecimal general = RowParser.parseNumber(text);
                assertThat(fast).as(text).isEqualTo(general);
                assertThat(RowParser.fits(general, BigDecimal.ONE)).as(text).isTrue();
            }
        }
        assertThat(RowParser.plainDigits("999999999999999999")).isEqualTo(new BigDecimal("999999999999999999"));
        for (String notPlain : List.of("", "1000000000000000000", "1.0", "-1", "1,000", "１", " 1", "1e3")) {
            assertThat(RowParser.plainDigits(notPlain)).as(notPlain).isNull();
        }
    }

    @Test
    void aYearRepeatedOnAnotherSheetNamesTheSheetOfItsFirstRow() throws Exception {
        String code = "91350582000000001" + CreditCode.checkCharacter("91350582000000001");
        Path file = dir.resolve("两表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            for (String name : List.of("甲", "乙")) {
                Sheet sheet = wb.createSheet(name);
                Row h = sheet.createRow(0);
                Row r = sheet.createRow(1);
                String[] headers = {"统一社会信用代码", "企业名称", "所在县（市、区）", "年度", "营业收入（元）"};
                Object[] values = {code, "晋江某某有限公司", "晋江市", 2023, name.equals("甲") ? 1000 : 2000};
                for (int i = 0; i < headers.length; i++) {
                    h.createCell(i).setCellValue(headers[i]);
                    if (values[i] instanceof Integer n) {
                        r.createCell(i).setCellValue(n);
                    } else {
                        r.createCell(i).setCellValue((String) values[i]);
                    }
                }
            }
            wb.write(os);
        }
        ImportResult result = EnterpriseImporter.defaults().importFile(file);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
            assertThat(e.describe(Locale.ROOT)).contains("甲!2");
        });
        assertThat(result.enterprises()).singleElement()
                .satisfies(e -> assertThat(e.years()).singleElement()
                        .satisfies(y -> assertThat(y.operatingRevenue()).isEqualByComparingTo("1000")));
    }
}
