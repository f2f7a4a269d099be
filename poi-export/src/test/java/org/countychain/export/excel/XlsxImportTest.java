package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks written with POI's usermodel, the way other programs lay them out. */
class XlsxImportTest {
    @TempDir
    Path dir;

    private Path write(Workbook wb, String name) throws Exception {
        Path p = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(p); wb) {
            wb.write(os);
        }
        return p;
    }

    @Test
    void headerBelowAMergedTitleWithSynonymsUnitsAndDateCells() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("规上企业");
        s.createRow(0).createCell(0).setCellValue("晋江市2024年规上工业企业研发活动情况");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
        s.createRow(1).createCell(7).setCellValue("填报日期：2025年1月");
        Row h = s.createRow(3);
        String[] headers = {"序号", "信用代码", "单位名称", " 县区 ", "统计年度", "营业收入（千元）", "R&D经费内部支出(万元)",
            "发明专利", "研发机构", "研发机构级别", "成立日期"};
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
        }
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy年m月d日"));
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        Row r = s.createRow(4);
        r.createCell(0).setCellValue(1);
        r.createCell(1).setCellValue(" 91350582ma2xyk001x ");
        r.createCell(2).setCellValue("示例鞋业有限公司");
        r.createCell(3).setCellValue("350582");
        r.createCell(4).setCellValue(2024);
        r.createCell(5).setCellValue(123456.789);
        r.getCell(5).setCellStyle(money);
        r.createCell(6).setCellValue(0.05);
        r.createCell(7).setCellValue(3);
        r.createCell(8).setCellValue("企业技术中心；工程研究中心");
        r.createCell(9).setCellValue("省级；市级");
        r.createCell(10).setCellValue(LocalDate.of(2010, 5, 6));
        r.getCell(10).setCellStyle(dateStyle);

        ImportResult result = EnterpriseImporter.defaults().importFile(write(wb, "list.xlsx"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.sheet()).isEqualTo("规上企业");
        assertThat(result.headerRow()).isEqualTo(4);
        Enterprise e = result.enterprises().get(0);
        assertThat(e.creditCode().value()).isEqualTo("91350582MA2XYK001X");
        assertThat(e.registeredOn()).isEqualTo(LocalDate.of(2010, 5, 6));
        AnnualRdFigures y = e.year(2024).orElseThrow();
        // 123,456.789 千元 is 123,456,789 元 exactly; 0.05 万元 is 500 元: no rounding through double.
        assertThat(y.operatingRevenue()).isEqualByComparingTo("123456789");
        assertThat(y.rdExpense()).isEqualByComparingTo("500");
        assertThat(y.inventionPatents()).isEqualTo(3);
        assertThat(y.rdInstitutions()).extracting(i -> i.level())
                .containsExactly(InstitutionLevel.PROVINCIAL, InstitutionLevel.CITY);
    }

    @Test
    void tenPercentBadRowsLeaveTheOtherNinetyPercentExactly() throws Exception {
        List<Enterprise> sample = SampleCounty.jinjiang().enterprises();
        List<Enterprise> good = new ArrayList<>();
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("list");
        Row h = s.createRow(0);
        String[] headers = {"统一社会信用代码", "企业名称", "所在县（市、区）", "年度", "营业收入（万元）", "是否规上企业"};
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
        }
        int bad = 0;
        for (int i = 0; i < 1000; i++) {
            Enterprise base = sample.get(i % sample.size());
            String code = org.countychain.enterprise.CreditCode.parse(withSerial(base.creditCode().value(), i))
                    .value();
            Row r = s.createRow(i + 1);
            r.createCell(0).setCellValue(code);
            r.createCell(1).setCellValue("企业" + i);
            r.createCell(2).setCellValue("晋江市");
            r.createCell(3).setCellValue(2024);
            if (i % 10 == 7) {
                r.createCell(4).setCellValue("n/a");
                bad++;
            } else {
                r.createCell(4).setCellValue(i + 0.5);
                good.add(Enterprise.builder(org.countychain.enterprise.CreditCode.parse(code), "企业" + i,
                        org.countychain.division.DivisionCode.of("350582")).aboveScale(i % 2 == 0)
                        .year(AnnualRdFigures.builder(2024)
                                .operatingRevenue(new java.math.BigDecimal(i + ".5").multiply(
                                        java.math.BigDecimal.valueOf(10_000)).stripTrailingZeros().setScale(0))
                                .build()).build());
            }
            r.createCell(5).setCellValue(i % 2 == 0 ? "是" : "否");
        }
        ImportResult result = EnterpriseImporter.defaults().importFile(write(wb, "ninety.xlsx"));
        assertThat(bad).isEqualTo(100);
        assertThat(result.rowsRead()).isEqualTo(1000);
        assertThat(result.rowsRejected()).isEqualTo(100);
        assertThat(result.rowsAccepted()).isEqualTo(900);
        assertThat(result.enterprises()).containsExactlyElementsOf(good);
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.cellReference()).isEqualTo("E" + e.row()));
    }

    /** A credit code of the sample's division with a different serial, and a correct check character. */
    private static String withSerial(String code, int serial) {
        String first17 = code.substring(0, 8) + String.format(Locale.ROOT, "%09d", 100_000 + serial);
        return first17 + org.countychain.enterprise.CreditCode.checkCharacter(first17);
    }

    @Test
    void encryptedWorkbooksAreRefused() throws Exception {
        Path plain = EnterpriseTemplateSupport.minimal(dir.resolve("plain.xlsx"));
        Path encrypted = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(encrypted, "excel.refused.encrypted", "加密");
    }

    @Test
    void macroEnabledWorkbooksAreRefused() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        wb.createSheet("a").createRow(0).createCell(0).setCellValue("统一社会信用代码");
        assertRefused(write(wb, "macro.xlsx"), "excel.refused.macro", "宏");
    }

    @Test
    void legacyXlsIsRefused() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.createSheet("a");
        assertRefused(write(wb, "old.xls"), "excel.refused.legacy", ".xls");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws Exception {
        Path p = dir.resolve("fake.xlsx");
        Files.writeString(p, "统一社会信用代码,企业名称\n", StandardCharsets.UTF_8);
        assertRefused(p, "excel.refused.notOoxml", ".xlsx");
        Path zip = dir.resolve("other.xlsx");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            z.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(zip, "excel.refused.notOoxml", ".xlsx");
    }

    @Test
    void oversizeFilesAndSheetsAreRefused() throws Exception {
        Path plain = EnterpriseTemplateSupport.minimal(dir.resolve("plain.xlsx"));
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withMaxFileBytes(100).importFile(plain))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo("excel.refused.tooLarge"));
        EnterpriseListWriter.writeXlsx(SampleCounty.jinjiang().enterprises(), dir.resolve("s.xlsx"));
        assertThatThrownBy(() -> EnterpriseImporter.defaults().withMaxRows(10).importFile(dir.resolve("s.xlsx")))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo("excel.refused.tooManyRows"));
    }

    @Test
    void aSheetWithoutHeaderOrRequiredColumnIsRefused() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("a").createRow(0).createCell(0).setCellValue("hello");
        assertRefused(write(wb, "noheader.xlsx"), "excel.refused.noHeader", "表头");
        XSSFWorkbook wb2 = new XSSFWorkbook();
        Row h = wb2.createSheet("a").createRow(2);
        h.createCell(0).setCellValue("统一社会信用代码");
        h.createCell(1).setCellValue("企业名称");
        assertRefused(write(wb2, "nocounty.xlsx"), "excel.refused.missingColumn", "所在县（市、区）");
    }

    private static void assertRefused(Path file, String refusal, String chineseWord) {
        assertThatThrownBy(() -> EnterpriseImporter.defaults().importFile(file))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(refusal);
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains(chineseWord)
                            .contains(file.getFileName().toString());
                    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("[CC-1004] ");
                });
    }
}
