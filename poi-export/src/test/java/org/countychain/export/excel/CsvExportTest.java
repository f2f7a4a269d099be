package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @TempDir
    Path dir;

    @Test
    void cellsThatLookLikeFormulasAreNeutralisedAndComeBackAsWritten() throws Exception {
        List<Enterprise> sample = SampleCounty.jinjiang().enterprises();
        List<String> names = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+1", "-2", "@SUM(A1:A2)", "普通, \"引号\"");
        List<Enterprise> list = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Enterprise e = sample.get(i);
            list.add(Enterprise.builder(e.creditCode(), names.get(i), e.county()).aboveScale(true).build());
        }
        Path csv = dir.resolve("x.csv");
        EnterpriseListWriter.writeCsv(list, csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF统一社会信用代码,");
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",", ",'+1+1,", ",'-2,",
                ",'@SUM(A1:A2),", ",\"普通, \"\"引号\"\"\",");
        for (String line : text.split("\r\n")) {
            for (String field : line.split(",")) {
                assertThat(field).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
        assertThat(EnterpriseImporter.defaults().importFile(csv).enterprises()).extracting(Enterprise::name)
                .containsExactlyElementsOf(names);
    }

    @Test
    void csvFieldGuardsEveryFormulaStart() {
        assertThat(EnterpriseListWriter.csvField("=1")).isEqualTo("'=1");
        assertThat(EnterpriseListWriter.csvField("+1")).isEqualTo("'+1");
        assertThat(EnterpriseListWriter.csvField("-1")).isEqualTo("'-1");
        assertThat(EnterpriseListWriter.csvField("@x")).isEqualTo("'@x");
        assertThat(EnterpriseListWriter.csvField("\tx")).isEqualTo("'\tx");
        assertThat(EnterpriseListWriter.csvField("1-2")).isEqualTo("1-2");
        assertThat(EnterpriseListWriter.csvField("")).isEmpty();
    }
}
