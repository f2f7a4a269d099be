package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.ScreeningResult;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, same bytes: no workbook the library writes carries the time it was written. */
class SameBytesTest {
    @TempDir
    Path dir;

    @Test
    void everyWorkbookIsWrittenWithoutACreationTimeAndTwiceTheSame() throws Exception {
        List<Enterprise> sample = SampleCounty.jinjiang().enterprises();
        ScreeningResult result = RuleEngine.defaults().screen(ScreeningInput.of(SampleCounty.jinjiang()));
        for (int i = 1; i <= 2; i++) {
            EnterpriseListWriter.writeXlsx(sample, dir.resolve("list" + i + ".xlsx"));
            ScreeningWorkbook.write(result, Locale.SIMPLIFIED_CHINESE, dir.resolve("lists" + i + ".xlsx"));
            ImportTemplate.write(dir.resolve("template" + i + ".xlsx"));
            Files.write(dir.resolve("bad.csv"), List.of("统一社会信用代码,企业名称,所在县（市、区）", "x,y,z"));
            EnterpriseImporter.defaults().importFile(dir.resolve("bad.csv"))
                    .writeErrorWorkbook(dir.resolve("errors" + i + ".xlsx"), Locale.SIMPLIFIED_CHINESE);
        }
        for (String name : List.of("list", "lists", "template", "errors")) {
            Path first = dir.resolve(name + "1.xlsx");
            try (InputStream in = Files.newInputStream(first); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getProperties().getCoreProperties().getCreated()).as(name).isNull();
            }
            assertThat(Files.readAllBytes(dir.resolve(name + "2.xlsx"))).as(name).isEqualTo(Files.readAllBytes(first));
            // no entry carries the clock (two writes in the same two seconds would not show it)
            long fixed = LocalDateTime.of(2026, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
            try (ZipFile zip = new ZipFile(first.toFile())) {
                assertThat(java.util.Collections.list(zip.entries())).as(name).allMatch(e -> e.getTime() <= fixed);
            }
        }
    }
}
