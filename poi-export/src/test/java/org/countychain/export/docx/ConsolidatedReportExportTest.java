package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.countychain.consolidation.ConsolidationResult;
import org.countychain.consolidation.Consolidator;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;
import org.countychain.export.model.ExportRequest;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SyntheticProvince;

/**
 * A city's consolidated report (R3), exported by the unchanged Word exporter from the city data set and read
 * back: the city in the title, every covered county under it, each county's content under its sub-heading, the
 * merged tables' county column.
 */
class ConsolidatedReportExportTest {
    private static final Divisions FUJIAN = Divisions.fujian();

    private static ConsolidationResult quanzhou() {
        List<CountyDataset> counties = SyntheticProvince.generate(11L, 800).counties().stream()
                .filter(d -> FUJIAN.cityLevelUnitOf(DivisionCode.of(d.unitId())).orElseThrow().id().equals("350500"))
                .toList();
        return Consolidator.defaults().consolidate("350500", counties);
    }

    @Test
    void consolidatedReportNamesTheCityEveryCountyAndAttributesTheContent() {
        ConsolidationResult r = quanzhou();
        ResearchReport report = r.mergedReports().stream().filter(m -> m.chainName().equals("纺织鞋服")).findFirst()
                .orElseThrow();
        InspectedDocument doc = DocxInspector.inspect(DocxExporterTest.export(ExportRequest.of(r.cityDataset(), report)));

        assertThat(doc.headings().get(0).text()).isEqualTo("泉州市县域重点产业创新链调研报告");
        List<String> countyNames = report.coveredCounties().stream().map(c -> FUJIAN.get(c).name()).toList();
        assertThat(countyNames).hasSizeGreaterThan(5).contains("晋江市", "石狮市");
        String covered = "（涵盖" + String.join("、", countyNames) + "）";
        assertThat(doc.paragraphs()).contains(covered);
        assertThat(doc.outline()).contains("一、泉州市县域重点产业发展现状");
        // Each county's blocks sit under a level-4 sub-heading naming it.
        List<String> subheadings = doc.headings().stream().filter(h -> h.level() == 4)
                .map(InspectedDocument.Heading::text).toList();
        assertThat(subheadings).contains("（1）" + countyNames.get(0));
        for (String county : countyNames) {
            assertThat(subheadings).anyMatch(s -> s.endsWith("）" + county));
        }
        // 三.3: one row per unit, with the counties that list it.
        InspectedDocument.Table units = doc.tables().get(doc.tables().size() - 1);
        assertThat(units.rows().get(0)).containsExactly("序号", "单位（团队）名称", "类型", "县（市、区）", "研究领域", "优势",
                "联系方式");
        assertThat(units.rows()).hasSize(1 + report.advantageUnits().size());
        assertThat(units.rows().subList(1, units.rows().size())).allSatisfy(row ->
                assertThat(countyNames).contains(row.get(3).split("、")));
    }

    @Test
    void countysOwnReportHasNoCountyColumnOrCoverageLine() {
        CountyDataset jinjiang = org.countychain.sample.SampleCounty.jinjiang();
        InspectedDocument doc = DocxInspector.inspect(DocxExporterTest.export(
                ExportRequest.of(jinjiang, jinjiang.reports().get(0))));
        assertThat(doc.paragraphs()).noneMatch(p -> p.startsWith("（涵盖"));
        assertThat(doc.tables().get(doc.tables().size() - 1).rows().get(0)).doesNotContain("县（市、区）");
    }
}
