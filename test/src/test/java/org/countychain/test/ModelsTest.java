package org.countychain.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.countychain.dataset.CountyDataset;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;

/** The path withers and the report builder. */
class ModelsTest {
    private final CountyDataset sample = SampleData.county();

    @Test
    void replacesOneValueDeepInsideAndNothingElse() {
        CountyDataset changed = Models.with(sample, "enterprises[9].serviceContact.phone", "0595-12345678");
        assertThat(Models.<String>get(changed, "enterprises[9].serviceContact.phone")).isEqualTo("0595-12345678");
        assertThat(changed.enterprises().get(9).name()).isEqualTo(sample.enterprises().get(9).name());
        assertThat(changed.enterprises().subList(0, 9)).isEqualTo(sample.enterprises().subList(0, 9));
        assertThat(changed.chains()).isEqualTo(sample.chains());
        assertThat(sample.enterprises().get(9).serviceContact().phone()).isNotEqualTo("0595-12345678");
    }

    @Test
    void updatesAValueFromTheOldOne() {
        BigDecimal before = Models.get(sample, "enterprises[3].years[2].rdExpense");
        CountyDataset changed = Models.update(sample, "enterprises[3].years[2].rdExpense",
                (BigDecimal v) -> v.add(BigDecimal.ONE));
        assertThat(Models.<BigDecimal>get(changed, "enterprises[3].years[2].rdExpense"))
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat(Models.with(sample, "year", 2025).year()).isEqualTo(2025);
    }

    @Test
    void aPathThatLeadsNowhereIsRefusedWithThePath() {
        assertThatThrownBy(() -> Models.with(sample, "enterprises[999].name", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enterprises[999].name");
        assertThatThrownBy(() -> Models.with(sample, "enterprises[0].nope", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no nope");
        assertThatThrownBy(() -> Models.with(sample, "unitName[0]", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a list");
        assertThatThrownBy(() -> Models.with(sample, "", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRecordsInvariantsStillApply() {
        assertThatThrownBy(() -> Models.with(sample, "unitId", " ")).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(IllegalStateException.class);
    }

    @Test
    void theReportBuilderRebuildsAReportAndChangesWhatItIsTold() {
        ResearchReport r = sample.reports().get(0);
        assertThat(ResearchReportBuilder.from(r).build()).isEqualTo(r);
        ResearchReport later = ResearchReportBuilder.from(r).preparedOn(LocalDate.of(2024, 10, 31)).build();
        assertThat(later.preparedOn()).isEqualTo(LocalDate.of(2024, 10, 31));
        assertThat(later.items()).isEqualTo(r.items());
        assertThat(later.subtitle()).isEqualTo(r.subtitle()).isNotBlank();
        ResearchReport retitled = ResearchReportBuilder.from(r).subtitle(null).unitTableCaption("表9 优势单位").build();
        assertThat(retitled.subtitle()).isNull();
        assertThat(retitled.unitTableCaption()).isEqualTo("表9 优势单位");
        ResearchReport fresh = ResearchReportBuilder.forChain("c1", "纺织鞋服")
                .item(ReportItem.ofParagraphs("1.1", "现状")).build();
        assertThat(fresh.chainId()).isEqualTo("c1");
        assertThat(fresh.unitId()).isEqualTo("350582");
        assertThat(fresh.items()).extracting(ReportItem::itemId).containsExactly("1.1");
        assertThat(fresh.advantageUnits()).isEqualTo(List.of());
    }
}
