package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTemplateTest {
    @TempDir
    Path dir;

    @Test
    void theTemplateHasHeadersCommentsAndDropDownsAndImportsEmpty() throws Exception {
        Path file = dir.resolve("企业导入模板.xlsx");
        ImportTemplate.write(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("企业名单");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("*统一社会信用代码");
            assertThat(s.getRow(0).getCell(10).getStringCellValue()).isEqualTo("营业收入（元）");
            assertThat(s.getRow(0).getCell(0).getCellComment().getString().getString()).startsWith("必填。");
            assertThat(s.getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .anySatisfy(c -> assertThat(c.getExplicitListValues()).containsExactly("是", "否"))
                    .anySatisfy(c -> assertThat(c.getFormula1()).isEqualTo("县级区划"));
            assertThat(wb.isSheetHidden(1)).isTrue();
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isNotBlank();
            assertThat(wb.getSheetAt(1).getLastRowNum()).isGreaterThanOrEqualTo(80);
        }
        ImportResult r = EnterpriseImporter.defaults().importFile(file);
        assertThat(r.rowsRead()).isZero();
        assertThat(r.header()).hasSize(EnterpriseColumn.values().length);
    }
}
