package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.code;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.healthy;

import java.util.List;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.model.Finding;
import org.countychain.rules.notice.R12WatchListRule;
import org.junit.jupiter.api.Test;

/**
 * R12 with a watch list of several editions: the edition in force in the reporting year is the latest circulated in
 * or before it; an intermediary is matched by name or by credit code; the finding carries the edition and the
 * reason.
 */
class R12WatchListEditionsTest {
    private static final String A = "甲科技咨询有限公司";
    private static final String B = "乙知识产权代理有限公司";
    private static final CreditCode A_CODE = code("350100", 901);

    private static IntermediaryWatchList edition(int year, Integer publishedIn, String... names) {
        return new IntermediaryWatchList(year, publishedIn, "通报" + year, java.util.Arrays.stream(names)
                .map(n -> new Intermediary(n, n.equals(A) ? A_CODE : null, n + "的原因")).toList(), List.of());
    }

    private static IntermediaryWatchList list(IntermediaryWatchList latest, IntermediaryWatchList... earlier) {
        return new IntermediaryWatchList(latest.year(), latest.publishedIn(), latest.source(), latest.entries(),
                List.of(earlier));
    }

    /** Enterprise 1 served by A (by name), enterprise 2 by B (by name). */
    private static List<Finding> screen(IntermediaryWatchList list) {
        CountyDataset c = CountyDataset.builder("350582", "晋江市", YEAR).watchList(list).enterprises(List.of(
                enterprise(1, healthy(YEAR).intermediary(A).build()).build(),
                enterprise(2, healthy(YEAR).intermediary(B).build()).build())).build();
        return RuleEngine.builder().rule(new R12WatchListRule()).build().screen(c).findings();
    }

    private static List<String> flagged(IntermediaryWatchList list) {
        return screen(list).stream().map(f -> f.subject().name() + "@" + f.evidence().get("watchListYear")).toList();
    }

    @Test
    void anEditionCirculatedInTheReportingYearAppliesOneCirculatedAfterItDoesNot() {
        assertThat(flagged(edition(YEAR - 1, YEAR, A))).containsExactly("企业1@2023");
        assertThat(flagged(edition(YEAR - 1, YEAR + 1, A))).isEmpty();
        // Circulated in the year it concerns (the earliest allowed): in force that year.
        assertThat(flagged(edition(YEAR, YEAR, A))).containsExactly("企业1@2024");
    }

    @Test
    void withoutAPublicationYearAnEditionIsCirculatedTheYearAfter() {
        assertThat(edition(YEAR - 1, null).publicationYear()).isEqualTo(YEAR);
        assertThat(flagged(edition(YEAR - 1, null, A))).containsExactly("企业1@2023");
        assertThat(flagged(edition(YEAR, null, A))).isEmpty();
    }

    @Test
    void ofSeveralEditionsTheLatestInForceApplies() {
        // 2022's list (circulated 2023) named B; 2023's (circulated 2024) names A: only A is flagged in 2024.
        IntermediaryWatchList two = list(edition(YEAR - 1, null, A), edition(YEAR - 2, null, B));
        assertThat(flagged(two)).containsExactly("企业1@2023");
        assertThat(two.editions()).extracting(IntermediaryWatchList::year).containsExactly(YEAR - 1, YEAR - 2);
        // With the 2024 list (circulated 2025) at the top, 2023's still applies to 2024.
        IntermediaryWatchList three = list(edition(YEAR, null, B), edition(YEAR - 1, null, A),
                edition(YEAR - 2, null, B));
        assertThat(flagged(three)).containsExactly("企业1@2023");
        // Only an older edition circulated by then: it applies.
        assertThat(flagged(list(edition(YEAR, null, A), edition(YEAR - 2, null, B)))).containsExactly("企业2@2022");
        // Two circulated in the same year: the one concerning the later year.
        assertThat(flagged(list(edition(YEAR - 2, YEAR, B), edition(YEAR - 1, YEAR, A))))
                .containsExactly("企业1@2023");
        assertThat(list(edition(YEAR - 2, YEAR, B), edition(YEAR - 1, YEAR, A)).inForce(YEAR - 1)).isEmpty();
    }

    @Test
    void theFindingCarriesTheEditionAndTheReasonInBothLanguages() {
        Finding f = screen(list(edition(YEAR - 1, YEAR, A), edition(YEAR - 2, null, B))).get(0);
        assertThat(f.evidence()).containsEntry("intermediary", A).containsEntry("watchListYear", "2023")
                .containsEntry("watchListSource", "通报2023").containsEntry("watchListPublished", "2024")
                .containsEntry("listingReason", A + "的原因");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains(A, "2023");
    }

    @Test
    void anIntermediaryIsMatchedByNameOrByCreditCode() {
        IntermediaryWatchList l = edition(YEAR - 1, null, A);
        CountyDataset c = CountyDataset.builder("350582", "晋江市", YEAR).watchList(l).enterprises(List.of(
                enterprise(1, healthy(YEAR).intermediaryCode(A_CODE).build()).build(),
                enterprise(2, healthy(YEAR).intermediary("另一个名字").intermediaryCode(A_CODE).build()).build(),
                enterprise(3, healthy(YEAR).intermediary("另一个名字").intermediaryCode(code("350100", 902))
                        .build()).build())).build();
        List<Finding> found = RuleEngine.builder().rule(new R12WatchListRule()).build().screen(c).findings();
        assertThat(found).extracting(f -> f.subject().name() + " " + f.evidence().get("intermediary"))
                .containsExactly("企业1 " + A_CODE.value(), "企业2 另一个名字");
    }

    @Test
    void aCreditCodeWrittenAsTheNameMovesToItsOwnField() {
        AnnualRdFigures moved = healthy(YEAR).intermediary(" " + A_CODE.value() + " ").build();
        assertThat(moved.intermediary()).isNull();
        assertThat(moved.intermediaryCode()).isEqualTo(A_CODE);
        String v = A_CODE.value();
        String wrongCheck = v.substring(0, 17) + (v.charAt(17) == '0' ? '1' : '0');
        AnnualRdFigures kept = healthy(YEAR).intermediary(wrongCheck).build();
        assertThat(kept.intermediary()).isEqualTo(wrongCheck);
        assertThat(kept.intermediaryCode()).isNull();
        AnnualRdFigures both = healthy(YEAR).intermediary(v).intermediaryCode(code("350100", 902)).build();
        assertThat(both.intermediary()).isEqualTo(v);
        CountyChainJson json = CountyChainJson.defaults();
        AnnualRdFigures read = json.read("{\"year\":2024,\"intermediary\":\"" + v + "\"}", AnnualRdFigures.class);
        assertThat(read.intermediaryCode()).isEqualTo(A_CODE);
        assertThat(json.writeToString(read)).contains("\"intermediaryCode\" : \"" + v + "\"")
                .doesNotContain("\"intermediary\" :");
    }

    @Test
    void editionsAreWellFormed() {
        InvalidInputException early = (InvalidInputException) catchThrowable(() -> edition(YEAR, YEAR - 1));
        assertThat(early.errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(early.location().path()).isEqualTo("publishedIn");
        InvalidInputException sameYear = (InvalidInputException) catchThrowable(() -> list(edition(YEAR, null),
                edition(YEAR - 1, null), edition(YEAR, null)));
        assertThat(sameYear.errorCode()).isEqualTo(ErrorCode.DUPLICATE);
        InvalidInputException repeated = (InvalidInputException) catchThrowable(() -> list(edition(YEAR, null),
                edition(YEAR - 1, null), edition(YEAR - 1, null)));
        assertThat(repeated.errorCode()).isEqualTo(ErrorCode.DUPLICATE);
        InvalidInputException nested = (InvalidInputException) catchThrowable(() -> list(edition(YEAR, null),
                list(edition(YEAR - 1, null), edition(YEAR - 2, null))));
        assertThat(nested.location().path()).isEqualTo("earlier[0].earlier");
        // The first format's single edition reads as a list of one.
        IntermediaryWatchList old = CountyChainJson.defaults().read("{\"year\":2023,\"source\":\"s\",\"entries\":"
                + "[{\"name\":\"" + A + "\"}]}", IntermediaryWatchList.class);
        assertThat(old.editions()).hasSize(1);
        assertThat(old.publishedIn()).isNull();
        assertThat(old.inForce(YEAR)).contains(old);
    }
}
