package org.countychain.export.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/** CC-5004: a request with another unit's data set than the report's would draw figures from the wrong data. */
class ExportRequestConsistencyTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();
    private static final ResearchReport REPORT = COUNTY.reports().get(0);

    @Test
    void anotherUnitsDataSetIsRefusedWithCC5004() {
        CountyDataset other = CountyDataset.builder("350583", "南安市", 2024).build();
        assertThatThrownBy(() -> ExportRequest.of(other, REPORT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ExportErrorCode.EXPORT_REQUEST);
                    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("[CC-5004] reports[" + REPORT.id()
                            + "].unitId: the export request is inconsistent: the report is 350582 晋江市's, the data"
                            + " set 350583 南安市's");
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[CC-5004] reports[" + REPORT.id()
                            + "].unitId: 导出请求有误：报告属于 350582 晋江市，数据集却属于 350583 南安市");
                });
    }

    @Test
    void theReportsOwnUnitsDataSetOrNoneIsAccepted() {
        assertThat(ExportRequest.of(COUNTY, REPORT).chain()).isPresent();
        assertThat(ExportRequest.builder(REPORT).build().chain()).isEmpty();
        // The same unit without the report's chain is incomplete data, not a wrong request: the figures show
        // a placeholder and the export says so in its warnings.
        CountyDataset noChains = COUNTY.toBuilder().chains(java.util.List.of()).reports(java.util.List.of()).build();
        assertThat(ExportRequest.of(noChains, REPORT).chain()).isEmpty();
    }
}
