package org.countychain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainStage;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.StageKind;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.Incentive;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.investment.InvestmentNeed;
import org.countychain.report.ContentBlock;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {
    private static final DivisionCode JINJIANG = DivisionCode.of("350582");
    private static final CreditCode CODE = CreditCode.parse("91330100799655058B");

    private static InvalidInputException invalid(Runnable r) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(r::run);
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) t;
    }

    @Test
    void requiredFieldsAreNamed() {
        InvalidInputException e = invalid(() -> Enterprise.builder(CODE, "  ", JINJIANG).build());
        assertThat(e.errorCode()).isEqualTo(ErrorCode.REQUIRED);
        assertThat(e.location().path()).isEqualTo("name");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("[CC-1001] name: a value is required here");
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[CC-1001] name: 缺少必填项");
        assertThat(invalid(() -> Enterprise.builder(null, "x", JINJIANG).build()).location().path())
                .isEqualTo("creditCode");
    }

    @Test
    void negativeAmountsAndImpossibleYearsAreRejected() {
        InvalidInputException e = invalid(() -> AnnualRdFigures.builder(2024)
                .rdExpense(new BigDecimal("-0.01")).build());
        assertThat(e.errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(e.location().path()).isEqualTo("rdExpense");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("-0.01");
        assertThat(AnnualRdFigures.builder(2024).rdExpense(BigDecimal.ZERO).build().hasRdInvestment()).isFalse();
        assertThat(invalid(() -> AnnualRdFigures.builder(1948).build()).location().path()).isEqualTo("year");
        assertThat(AnnualRdFigures.builder(1949).build().year()).isEqualTo(1949);
        assertThat(AnnualRdFigures.builder(2100).build().year()).isEqualTo(2100);
        assertThat(invalid(() -> AnnualRdFigures.builder(2101).build()).errorCode())
                .isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(invalid(() -> AnnualRdFigures.builder(2024).inventionPatents(-1).build()).location().path())
                .isEqualTo("inventionPatents");
    }

    @Test
    void duplicateYearsAreRejectedAndYearsSorted() {
        Enterprise e = Enterprise.builder(CODE, "x", JINJIANG)
                .year(AnnualRdFigures.builder(2024).build())
                .year(AnnualRdFigures.builder(2022).build())
                .build();
        assertThat(e.years()).extracting(AnnualRdFigures::year).containsExactly(2022, 2024);
        assertThat(e.latestYear().orElseThrow().year()).isEqualTo(2024);
        assertThat(e.year(2023)).isEmpty();
        InvalidInputException dup = invalid(() -> e.toBuilder().year(AnnualRdFigures.builder(2022).build()).build());
        assertThat(dup.errorCode()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(dup.location().path()).startsWith("years[");
        assertThat(dup.getMessage(Locale.SIMPLIFIED_CHINESE)).endsWith("重复的年份：2022");
        assertThat(dup.getMessage(Locale.ENGLISH)).endsWith("duplicate year: 2022");
    }

    @Test
    void collectionsAreImmutableCopies() {
        List<String> chains = new ArrayList<>(List.of("c1"));
        Enterprise e = Enterprise.builder(CODE, "x", JINJIANG).chainIds(chains).build();
        chains.add("c2");
        assertThat(e.chainIds()).containsExactly("c1");
        assertThatThrownBy(() -> e.chainIds().add("c3")).isInstanceOf(UnsupportedOperationException.class);
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThat(invalid(() -> Enterprise.builder(CODE, "x", JINJIANG).chainIds(withNull).build())
                .location().path()).isEqualTo("chainIds[0]");
    }

    @Test
    void incentivesIterateInDeclarationOrder() {
        AnnualRdFigures f = AnnualRdFigures.builder(2024)
                .incentivesUsed(List.of(Incentive.TECH_LOAN, Incentive.HIGH_TECH_TAX_REDUCTION)).build();
        assertThat(f.incentivesUsed()).containsExactly(Incentive.HIGH_TECH_TAX_REDUCTION, Incentive.TECH_LOAN);
    }

    @Test
    void certificateValidityAtItsBoundaries() {
        HighTechCertificate c = new HighTechCertificate("GR202135000001", LocalDate.of(2021, 12, 1),
                LocalDate.of(2024, 6, 30));
        assertThat(c.isValidOn(LocalDate.of(2021, 12, 1))).isTrue();
        assertThat(c.isValidOn(LocalDate.of(2021, 11, 30))).isFalse();
        assertThat(c.isValidOn(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(c.isValidOn(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(c.isValidDuring(2024)).isTrue();
        assertThat(c.isValidThroughout(2024)).isFalse();
        assertThat(c.isValidThroughout(2023)).isTrue();
        assertThat(c.isValidDuring(2025)).isFalse();
        assertThat(c.isValidDuring(2021)).isTrue();
        Enterprise e = Enterprise.builder(CODE, "x", JINJIANG).highTechCertificate(c).build();
        assertThat(e.isHighTechDuring(2024)).isTrue();
        assertThat(e.highTechCertificateOn(LocalDate.of(2024, 7, 1))).isEmpty();
    }

    @Test
    void chainMapLinkIdsAreUniqueAcrossStages() {
        ChainLink fibre = new ChainLink("fibre", "化纤原料", List.of(new KeyTechnology("生物基纤维", null,
                List.of(new Bottleneck(BottleneckKind.HARD_PROBLEM, "量产成本高")))), List.of(),
                List.of(new Bottleneck(BottleneckKind.BREAKPOINT, "本地无原料企业")));
        ChainMap map = new ChainMap(List.of(new ChainStage(StageKind.UPSTREAM, null, List.of(fibre))));
        assertThat(map.bottlenecks()).extracting(Bottleneck::kind)
                .containsExactly(BottleneckKind.BREAKPOINT, BottleneckKind.HARD_PROBLEM);
        // The map gives the link's bottlenecks and technology ids from their place; the rest is the link as given.
        assertThat(map.link("fibre")).get().satisfies(l -> {
            assertThat(l.name()).isEqualTo(fibre.name());
            assertThat(l.bottlenecks()).extracting(Bottleneck::id).containsExactly("fibre-b1");
            assertThat(l.technologies()).extracting(KeyTechnology::id).containsExactly("fibre-t1");
        });
        assertThat(map.stages().get(0).displayName()).isEqualTo("上游");
        InvalidInputException e = invalid(() -> new ChainMap(List.of(
                new ChainStage(StageKind.UPSTREAM, null, List.of(fibre)),
                new ChainStage(StageKind.MIDSTREAM, null, List.of(fibre)))));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(e.location().path()).isEqualTo("stages[1].links[0].id");
    }

    @Test
    void tableRowsMustMatchTheHeader() {
        InvalidInputException e = invalid(() -> new ContentBlock.Table("表1", List.of("a", "b"),
                List.of(List.of("1", "2"), List.of("3"))));
        assertThat(e.location().path()).isEqualTo("rows[1]");
        assertThat(new ContentBlock.Table(null, List.of("a"), List.of()).isEmpty()).isTrue();
    }

    @Test
    void datasetIdsAreUnique() {
        Enterprise e = Enterprise.builder(CODE, "x", JINJIANG).build();
        InvalidInputException dup = invalid(() -> CountyDataset.builder("350582", "晋江市", 2024)
                .enterprises(List.of(e, e.toBuilder().build())).build());
        assertThat(dup.location().path()).isEqualTo("enterprises[1]");
        assertThat(dup.getMessage(Locale.ENGLISH)).contains(CODE.value());
    }

    @Test
    void deadlines() {
        assertThat(CitySubmission.deadlineFor(2024)).isEqualTo(LocalDate.of(2024, 10, 31));
        InvestmentNeed need = new InvestmentNeed("n1", "350500", 2025, "title", null, false, null);
        assertThat(need.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void watchListMatchesNameVariantsAndCreditCode() {
        IntermediaryWatchList list = new IntermediaryWatchList(2023, null, List.of(
                new Intermediary("某某知识产权代理（福建）有限公司", CODE)));
        assertThat(list.lists("某某知识产权代理(福建)有限公司")).isTrue();
        assertThat(list.lists(" 某某知识产权代理（福建） 有限公司")).isTrue();
        assertThat(list.lists(CODE.value())).isTrue();
        assertThat(list.lists("另一家代理公司")).isFalse();
        assertThat(list.lists(null)).isFalse();
    }
}
