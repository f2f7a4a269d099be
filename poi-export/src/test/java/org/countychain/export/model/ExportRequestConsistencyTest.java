package org.countychain.export.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.export.ExportErrorCode;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/** CC-5004: a request whose data set does not hold the report's chain would draw figures from the wrong data. */
class ExportRequestConsistencyTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();
    private static final ResearchReport REPORT = COUNTY.reports().get(0);

    @Test
    void aDataSetWithoutTheReportsChainIsRefusedWithCC5004() {
        CountyDataset other = CountyDataset.builder("350583", "南安市", 2024).build();
        assertThatThrownBy(() -> ExportRequest.of(other, REPORT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ExportErrorCode.EXPORT_REQUEST);
                    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("[CC-5004] reports[" + REPORT.id()
                            + "].chainId: the export request is inconsistent: the data set of 350583 南安市 does not"
                            + " hold the report's chain " + REPORT.chainId());
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[CC-5004] reports[" + REPORT.id()
                            + "].chainId: 导出请求有误：350583 南安市 的数据集中没有报告所属的产业链 " + REPORT.chainId());
                });
    }

    @Test
    void theReportsOwnDataSetOrNoneIsAccepted() {
        assertThat(ExportRequest.of(COUNTY, REPORT).chain()).isPresent();
        assertThat(ExportRequest.builder(REPORT).build().chain()).isEmpty();
    }
}
