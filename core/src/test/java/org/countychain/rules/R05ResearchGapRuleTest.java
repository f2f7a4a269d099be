package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.county;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.healthy;
import static org.countychain.rules.Fixtures.screen;
import static org.countychain.rules.Fixtures.yuan;

import java.util.List;
import java.util.Locale;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.ServiceContact;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.ResearchGap;
import org.countychain.rules.notice.R05ResearchGapRule;
import org.junit.jupiter.api.Test;

class R05ResearchGapRuleTest {
    private static final ServiceContact CONTACT = new ServiceContact("林晓", "晋江市科技局", "0595-00000000");

    @Test
    void noGapsNoFinding() {
        assertThat(screen(new R05ResearchGapRule(), county(enterprise(1, healthy(YEAR).build()).build())).findings())
                .isEmpty();
    }

    @Test
    void eachGapAndNotReportedCountsAsNone() {
        AnnualRdFigures zeroRd = healthy(YEAR).rdExpense(yuan("0")).build();
        AnnualRdFigures noInstitution = healthy(YEAR).rdInstitutions(List.of()).build();
        AnnualRdFigures patentUnreported = healthy(YEAR).inventionPatents(null).build();
        AnnualRdFigures all = AnnualRdFigures.builder(YEAR).build();
        ScreeningResult r = screen(new R05ResearchGapRule(), county(enterprise(1, zeroRd).build(),
                enterprise(2, noInstitution).build(), enterprise(3, patentUnreported).build(),
                enterprise(4, all).serviceContact(CONTACT).build()));
        assertThat(r.serviceList()).extracting(e -> e.enterprise().name(), ServiceListEntry::gaps).containsExactly(
                org.assertj.core.groups.Tuple.tuple("企业4", List.of(ResearchGap.values())),
                org.assertj.core.groups.Tuple.tuple("企业1", List.of(ResearchGap.NO_RD_INVESTMENT)),
                org.assertj.core.groups.Tuple.tuple("企业2", List.of(ResearchGap.NO_RD_INSTITUTION)),
                org.assertj.core.groups.Tuple.tuple("企业3", List.of(ResearchGap.NO_INVENTION_PATENT)));
        assertThat(r.serviceList().get(0).contact()).isEqualTo(CONTACT);
        assertThat(r.serviceList().get(1).contact()).isNull();
        Finding f = r.list(NoticeList.SERVICE_LIST).get(0);
        assertThat(f.evidence()).containsExactly(
                java.util.Map.entry("gaps", "NO_RD_INVESTMENT,NO_RD_INSTITUTION,NO_INVENTION_PATENT"),
                java.util.Map.entry("gapCount", "3"), java.util.Map.entry("rdInstitutions", "0"),
                java.util.Map.entry("serviceContact", "林晓 (晋江市科技局)"));
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("企业4（规上制造业企业）：无研发投入、无研发机构、无发明专利，纳入“一对一”“点对点”服务清单");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("企业4 (above-scale manufacturer): no R&D investment, "
                + "no R&D institution, no invention patent; on the one-on-one service list");
    }

    @Test
    void onlyAboveScaleManufacturers() {
        AnnualRdFigures none = AnnualRdFigures.builder(YEAR).build();
        ScreeningResult r = screen(new R05ResearchGapRule(), county(enterprise(1, none).aboveScale(false).build(),
                enterprise(2, none).manufacturing(false).build()));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void noFiguresForTheYearIsADataFinding() {
        ScreeningResult r = screen(new R05ResearchGapRule(), county(enterprise(1, healthy(YEAR - 1).build()).build()));
        assertThat(r.serviceList()).isEmpty();
        assertThat(r.findingsWithCode("R5-NO-FIGURES")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("reportingYear", "2024"));
    }

    @Test
    void serviceListTieBreakIsCountyThenCreditCode() {
        AnnualRdFigures one = healthy(YEAR).inventionPatents(0).build();
        ScreeningResult r = screen(new R05ResearchGapRule(), county(enterprise(9, one).build(),
                enterprise(3, one).build(), enterprise(5, one).build()));
        assertThat(r.serviceList()).extracting(e -> e.enterprise().name()).containsExactly("企业3", "企业5", "企业9");
    }
}
