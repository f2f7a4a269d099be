package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void sampleCountyThroughXlsx() throws Exception {
        List<Enterprise> sample = SampleCounty.jinjiang().enterprises();
        assertThat(sample).hasSize(48);
        Path file = dir.resolve("jinjiang.xlsx");
        EnterpriseListWriter.writeXlsx(sample, file);
        ImportResult result = EnterpriseImporter.defaults().importFile(file);
        assertThat(result.errors()).isEmpty();
        assertThat(result.enterprises()).containsExactlyElementsOf(Projection.of(sample));
        assertThat(result.rowsAccepted()).isEqualTo(result.rowsRead());
    }

    @Test
    void sampleCountyThroughCsv() throws Exception {
        List<Enterprise> sample = SampleCounty.jinjiang().enterprises();
        Path file = dir.resolve("jinjiang.csv");
        EnterpriseListWriter.writeCsv(sample, file);
        ImportResult result = EnterpriseImporter.defaults().importFile(file);
        assertThat(result.errors()).isEmpty();
        assertThat(result.enterprises()).containsExactlyElementsOf(Projection.of(sample));
    }

    @Test
    void generatedDataThroughXlsxAndCsv() throws Exception {
        List<Enterprise> generated = SyntheticProvince.generate(20261129L, 3_000).counties().stream()
                .map(CountyDataset::enterprises).flatMap(List::stream).toList();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(3_000);
        Path xlsx = dir.resolve("generated.xlsx");
        EnterpriseListWriter.writeXlsx(generated, xlsx);
        ImportResult fromXlsx = EnterpriseImporter.defaults().importFile(xlsx);
        assertThat(fromXlsx.errors()).isEmpty();
        assertThat(fromXlsx.enterprises()).containsExactlyElementsOf(Projection.of(generated));

        Path csv = dir.resolve("generated.csv");
        EnterpriseListWriter.writeCsv(generated, csv);
        assertThat(EnterpriseImporter.defaults().importFile(csv).enterprises())
                .containsExactlyElementsOf(Projection.of(generated));
    }
}
