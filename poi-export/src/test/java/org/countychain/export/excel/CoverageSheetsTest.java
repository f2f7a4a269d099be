package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.coverage.CoverageAnalyzer;
import org.countychain.fixtures.PlantedGaps;
import org.countychain.coverage.ProvinceCoverage;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.model.PilotRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage sheets of a province, written and read back. */
class CoverageSheetsTest {
    private static final ProvinceCoverage PROVINCE = CoverageAnalyzer.builder().pilotRegistry(PilotRegistry.example())
            .build().province(ScreeningInput.of(PlantedGaps.province()));

    @Test
    void provinceWorkbookHasEveryUnitAndEveryGap(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("覆盖情况.xlsx");
        CoverageSheets.write(PROVINCE, Locale.CHINA, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet units = wb.getSheet("报告覆盖");
            assertThat(units.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("R1 · 闽科高〔2024〕135号 一.1 · 县（市、区）调研报告覆盖情况");
            assertThat(units.getLastRowNum()).isEqualTo(1 + 83);
            assertThat(units.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            int statuses = 0;
            for (int r = 2; r <= units.getLastRowNum(); r++) {
                String id = units.getRow(r).getCell(1).getStringCellValue();
                String status = units.getRow(r).getCell(3).getStringCellValue();
                if (id.equals(PlantedGaps.NO_REPORT)) {
                    assertThat(status).isEqualTo("无报告");
                    statuses++;
                } else if (id.equals(PlantedGaps.CONSOLIDATED_ONLY)) {
                    assertThat(status).isEqualTo("仅有汇总报告");
                    assertThat(units.getRow(r).getCell(5).getStringCellValue()).isEqualTo(PlantedGaps.CONSOLIDATED_REPORT);
                    statuses++;
                } else if (id.equals("350128")) {
                    assertThat(units.getRow(r).getCell(0).getStringCellValue()).isEqualTo("平潭综合实验区");
                    statuses++;
                }
            }
            assertThat(statuses).isEqualTo(3);
            assertThat(wb.getSheet("试点县缺链").getLastRowNum()).isEqualTo(1 + PROVINCE.counts().missingPilotChains());
            Sheet noTeam = wb.getSheet("无特派团产业链");
            assertThat(noTeam.getLastRowNum()).isEqualTo(1 + PROVINCE.counts().chainsWithoutTeam());
            assertThat(noTeam.getRow(1).getCell(5).getStringCellValue()).isEqualTo("本单位特派团数");
        }
    }

    @Test
    void aNullCoverageIsAProgrammingErrorNamingTheParameter() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoverageSheets.sheets((ProvinceCoverage) null,
                Locale.CHINA)).isExactlyInstanceOf(NullPointerException.class).hasMessage("coverage");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoverageSheets.sheets(
                (org.countychain.coverage.CityCoverage) null, null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("coverage");
    }

    @Test
    void englishHeadersForOtherLocales() {
        assertThat(CoverageSheets.sheets(PROVINCE, Locale.ENGLISH)).extracting(ListSheet::name)
                .containsExactly("Coverage", "Pilot gaps", "Chains without team");
        assertThat(CoverageSheets.sheets(PROVINCE, Locale.ENGLISH).get(0).rows())
                .anySatisfy(r -> assertThat(r.get(3)).isEqualTo("consolidated only"));
    }
}
