package org.countychain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.division.Division;
import org.countychain.division.Divisions;
import org.countychain.enterprise.CreditCode;
import org.countychain.export.docx.DocxExporter;
import org.countychain.test.docx.DocxInspector;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example, line for line (ReadmeTest checks they are the same), and what it is
 * supposed to show.
 */
class ReadmeExampleTest {
    @Test
    void embeddingExample() {
        // tag::readme[]
        Divisions fujian = Divisions.fujian();                               // built in, never fetched
        CreditCode code = CreditCode.parse("91350582MA2XYK001X");            // checks GB 32100's check character
        Division county = fujian.current(code.divisionPart().orElseThrow()).orElseThrow();  // 350582 晋江市

        CountyDataset jinjiang = SampleCounty.jinjiang();                    // the built-in, fictional sample
        ReportTemplate template = ReportTemplates.builtIn().defaultEdition(); // fujian-2024, the notice's format
        ResearchReport report = jinjiang.reports().get(0);
        String title = template.titleFor(report.unitName());                 // 晋江市县域重点产业创新链调研报告
        List<String> missing = report.missingRequiredItems(template);        // required items left empty

        CountyChainJson json = CountyChainJson.defaults();
        String text = json.writeToString(jinjiang);                          // deterministic UTF-8 JSON
        CountyDataset back = json.read(text, CountyDataset.class);           // strict: errors carry CC codes

        ByteArrayOutputStream docx = new ByteArrayOutputStream();            // or Files.newOutputStream(path)
        ExportResult result = new DocxExporter().write(ExportRequest.of(jinjiang, report), docx);  // GB/T 9704 Word
        // end::readme[]

        assertThat(county.name()).isEqualTo("晋江市");
        assertThat(title).isEqualTo("晋江市县域重点产业创新链调研报告");
        // The sample's report is complete; the same call on it without its first required item names that item.
        assertThat(missing).isEmpty();
        String firstRequired = template.requiredItemIds().get(0);
        ResearchReport withoutIt = new ResearchReport(report.id(), report.unitId(), report.unitName(),
                report.chainId(), report.chainName(), report.templateEdition(), report.year(),
                report.coveredCounties(), report.items().stream().filter(i -> !i.itemId().equals(firstRequired))
                        .toList(), report.advantageUnits(), report.preparedBy(), report.preparedOn());
        assertThat(withoutIt.missingRequiredItems(template)).containsExactly(firstRequired);
        assertThat(back).isEqualTo(jinjiang);
        assertThat(result.bytesWritten()).isEqualTo(docx.size());
        assertThat(DocxInspector.inspect(docx.toByteArray()).outline().get(0)).isEqualTo(title);
    }
}
