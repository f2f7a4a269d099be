package org.countychain.export.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The reader's fast paths give what the general ones give: the scanner what the JDK's parser gives, row by row. */
class XlsxRowReaderTest {
    private static final String[] TEXTS = {"统一社会信用代码", " 前后空格 ", "a<b&c>\"d'", "\ud83d\ude00 表情", "", "是",
        "1,234.5", "NaN", "1e999", "tab\there", "line\nbreak", "＜全角＞", "0012"};

    @Test
    void theScannerReadsRandomWorkbooksRowForRowAsTheJdkParserDoesOnOneThreadOrTwo() throws Exception {
        Random random = new Random(20261207);
        for (int n = 0; n < 40; n++) {
            byte[] xlsx = randomWorkbook(random);
            List<String> parsed = rows(xlsx, false, false);
            assertThat(rows(xlsx, true, false)).as("workbook %d", n).isEqualTo(parsed).isNotEmpty();
            assertThat(rows(xlsx, true, true)).as("workbook %d, pipelined", n).isEqualTo(parsed);
        }
    }

    private static List<String> rows(byte[] xlsx, boolean scanner, boolean pipelined) throws Exception {
        List<String> out = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XlsxRowReader.readSheets(pkg, 100, new XlsxRowReader.SheetVisitor() {
                @Override
                public RowSink begin(XlsxRowReader.SheetInfo sheet) {
                    out.add("sheet " + sheet);
                    return (row, cells, broken) -> out.add(row + " " + Arrays.toString(cells) + " " + broken);
                }

                @Override
                public boolean end(XlsxRowReader.SheetInfo sheet) {
                    return true;
                }
            }, scanner, pipelined);
        }
        return out;
    }

    private static byte[] randomWorkbook(Random random) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            XSSFCellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            if (random.nextBoolean()) {
                wb.setWorkbookType(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSX);
            }
            for (int s = 1 + random.nextInt(2); s > 0; s--) {
                XSSFSheet sheet = wb.createSheet("表" + s);
                for (int r = 0; r < 60; r++) {
                    if (random.nextInt(8) == 0) {
                        continue;
                    }
                    XSSFRow row = sheet.createRow(r);
                    for (int c = 0; c < 12; c++) {
                        if (random.nextInt(4) == 0) {
                            continue;
                        }
                        XSSFCell cell = row.createCell(c + (c == 11 ? random.nextInt(40) : 0));
                        fill(cell, random, date, amount);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XSSFCell cell, Random random, XSSFCellStyle date, XSSFCellStyle amount) {
        switch (random.nextInt(9)) {
            case 0 -> cell.setCellValue(TEXTS[random.nextInt(TEXTS.length)]);
            case 1 -> cell.setCellValue(random.nextInt(100_000));
            case 2 -> cell.setCellValue(random.nextDouble() * Math.pow(10, random.nextInt(40) - 10));
            case 3 -> {
                cell.setCellValue(random.nextInt(80_000) + (random.nextBoolean() ? 0 : random.nextDouble()));
                cell.setCellStyle(date);
            }
            case 4 -> cell.setCellValue(random.nextBoolean());
            case 5 -> cell.setCellErrorValue(FormulaError.NA);
            case 6 -> cell.setCellValue(new XSSFRichTextString("富文本" + random.nextInt(10)));
            case 7 -> {
                long cents = random.nextLong() / (1L << random.nextInt(60));
                cell.setCellValue(cents / 100.0);
                cell.setCellStyle(amount);
            }
            default -> cell.setCellValue(-random.nextInt(1000) * 0.25);
        }
    }

    @Test
    void wholeNumbersReadFromTheirDigitsAreWhatADoubleGives() {
        Random random = new Random(7);
        String[] forms = {"%d", "%d.0", "%d.000", "%d.%d", "%dE%d", "%d.%dE%d", "%de-%d", "0%d", "%d.%de-%d"};
        int fast = 0;
        for (int n = 0; n < 200_000; n++) {
            long digits = random.nextLong() >>> (1 + random.nextInt(63));
            String form = forms[random.nextInt(forms.length)];
            String text = String.format(java.util.Locale.ROOT, form, digits, random.nextInt(1000), random.nextInt(25),
                    random.nextInt(25));
            long whole = XlsxRowReader.wholeNumber(text.toCharArray(), text.length());
            if (whole >= 0) {
                fast++;
                assertThat(Long.toString(whole)).as(text).isEqualTo(XlsxRowReader.plain(Double.parseDouble(text)));
            }
        }
        assertThat(fast).isGreaterThan(20_000);
        for (String notFast : List.of("", ".", "-1", "+1", " 1", "1 ", "1.5", "1e", "1e1000", "1000000000000000",
                "0x10", "1d", "NaN", "Infinity", "1,000", "١٢")) {
            assertThat(XlsxRowReader.wholeNumber(notFast.toCharArray(), notFast.length())).as(notFast).isEqualTo(-1);
        }
        assertThat(XlsxRowReader.wholeNumber("999999999999999".toCharArray(), 15)).isEqualTo(999_999_999_999_999L);
        assertThat(XlsxRowReader.wholeNumber("3.4347E7".toCharArray(), 8)).isEqualTo(34_347_000L);
    }

    @Test
    void serialDaysReadAsDatesArePoisDates() {
        for (long day = 0; day <= 2_958_465; day += day < 3_000 ? 1 : 97) {
            for (boolean date1904 : new boolean[] {false, true}) {
                LocalDate fast = XlsxRowReader.serialDay(day, date1904);
                if (!date1904 && day < 61) {
                    assertThat(fast).isNull(); // left to POI: Excel's 29 February 1900
                    continue;
                }
                assertThat(fast).as("%d %s", day, date1904)
                        .isEqualTo(DateUtil.getLocalDateTime((double) day, date1904).toLocalDate());
            }
        }
    }
}
