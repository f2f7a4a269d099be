package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListsWorkbookWriterTest {
    @TempDir
    Path dir;

    @Test
    void everySheetIsFrozenFilteredFormattedAndSetUpForPrinting() throws Exception {
        ListSheet priority = new ListSheet("R7 优先推荐", "省级科技计划项目优先推荐企业名单", "R7", "二.1",
                List.of(new ListSheet.Column("统一社会信用代码", ListSheet.Format.TEXT),
                        new ListSheet.Column("企业名称", ListSheet.Format.TEXT),
                        new ListSheet.Column("研发费用（元）", ListSheet.Format.MONEY),
                        new ListSheet.Column("研发费用占营业收入比例", ListSheet.Format.PERCENT)),
                List.of(Arrays.asList("91350582MA2XYK001X", "福建省晋江市某某鞋业股份有限公司",
                        new BigDecimal("25000000"), new BigDecimal("0.0523"))));
        ListSheet empty = new ListSheet("R5 一对一服务", "一对一服务企业名单", "R5", "二.1",
                List.of(new ListSheet.Column("企业名称", ListSheet.Format.TEXT)), List.of());
        Path file = dir.resolve("lists.xlsx");
        ListsWorkbookWriter.write(List.of(priority, empty), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("R7 · 闽科高〔2024〕135号 二.1 · 省级科技计划项目优先推荐企业名单");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:D3");
            assertThat(s.getRow(2).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(s.getRow(2).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(s.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(0.0523);
            // 16 CJK characters are 32 Latin widths: the name column is at least that wide.
            assertThat(s.getColumnWidth(1)).isGreaterThanOrEqualTo(32 * 256);
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(s.getHeader().getLeft()).isEqualTo("R7 闽科高〔2024〕135号 二.1");
            assertThat(s.getFooter().getCenter()).contains("&P").contains("&N");
            XSSFSheet e = wb.getSheetAt(1);
            assertThat(e.getRow(0).getCell(0).getStringCellValue()).startsWith("R5 · 闽科高〔2024〕135号 二.1");
        }
    }
}
