package org.countychain.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.ChainLink;
import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.json.CountyChainJson;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;

class ConsolidatorTest {
    private final Consolidator consolidator = Consolidator.defaults();
    private final CountyDataset jinjiang = SampleCounty.jinjiang();

    private ConsolidationResult quanzhou() {
        return consolidator.consolidate("350500", List.of(jinjiang, Shishi.dataset()));
    }

    @Test
    void jinjiangAndShishiFormOneGroupAndSayWhy() {
        ConsolidationResult r = quanzhou();
        assertThat(r.cityUnitId()).isEqualTo("350500");
        assertThat(r.cityName()).isEqualTo("泉州市");
        assertThat(r.groups()).hasSize(1);
        ChainGroup g = r.groups().get(0);
        assertThat(g.countyIds()).containsExactly("350581", "350582");
        // One county each: the tie goes to the first county by code.
        assertThat(g.chainName()).isEqualTo("鞋服纺织产业");
        assertThat(g.chainId()).isEqualTo("350500-apparel");
        assertThat(g.reasons()).hasSize(1);
        GroupReason why = g.reasons().get(0);
        assertThat(why.member().unitId()).isEqualTo("350582");
        assertThat(why.matchedWith().unitId()).isEqualTo("350581");
        assertThat(why.decision().clause()).isEqualTo(IdentityClause.ALIAS);
        assertThat(why.explain()).contains("晋江市", "石狮市", "鞋服纺织");
        // Each county has one chain and both are in the group: nothing is left alone.
        assertThat(r.leftAlone()).isEmpty();
    }

    @Test
    void mergedReportNamesTheCityAndEveryCounty() {
        ResearchReport merged = quanzhou().mergedReports().get(0);
        assertThat(merged.unitId()).isEqualTo("350500");
        assertThat(merged.unitName()).isEqualTo("泉州市");
        assertThat(merged.coveredCounties()).containsExactly(DivisionCode.of("350581"), DivisionCode.of("350582"));
        assertThat(merged.isConsolidated()).isTrue();
        assertThat(merged.chainId()).isEqualTo("350500-apparel");
        assertThat(merged.id()).isEqualTo("350500-apparel-2024");
        assertThat(merged.year()).isEqualTo(2024);
    }

    @Test
    void eachCountysBlocksFollowItsSubheading() {
        ResearchReport merged = quanzhou().mergedReports().get(0);
        List<ContentBlock> blocks = merged.item("2.1").orElseThrow().blocks();
        assertThat(blocks.get(0)).isEqualTo(new ContentBlock.Subheading("（1）石狮市", DivisionCode.of("350581")));
        assertThat(blocks.get(1)).isEqualTo(new ContentBlock.Paragraph("国内服装产业向品牌化、数字化转型。"));
        assertThat(blocks.get(2)).isEqualTo(new ContentBlock.Subheading("（2）晋江市", DivisionCode.of("350582")));
        String firstJinjiang = ((ContentBlock.Paragraph) jinjiang.reports().get(0).item("2.1").orElseThrow().blocks()
                .get(0)).text();
        assertThat(blocks.get(3)).isEqualTo(new ContentBlock.Paragraph(firstJinjiang));
    }

    @Test
    void tablesWithEqualHeadersMergeWithACountyColumn() {
        ResearchReport merged = quanzhou().mergedReports().get(0);
        List<ContentBlock.Table> tables = merged.item("1.1").orElseThrow().blocks().stream()
                .filter(b -> b instanceof ContentBlock.Table).map(b -> (ContentBlock.Table) b).toList();
        assertThat(tables).hasSize(1);
        ContentBlock.Table t = tables.get(0);
        assertThat(t.header().get(0)).isEqualTo("县（市、区）");
        assertThat(t.header().subList(1, t.header().size())).isEqualTo(Shishi.RD_HEADER);
        ContentBlock.Table jinjiangTable = (ContentBlock.Table) jinjiang.reports().get(0).item("1.1").orElseThrow()
                .blocks().stream().filter(b -> b instanceof ContentBlock.Table).findFirst().orElseThrow();
        assertThat(t.rows()).hasSize(1 + jinjiangTable.rows().size());
        assertThat(t.rows().get(0)).containsExactly("石狮市", "石狮某服装公司（样例）", "50000", "1500", "3.0%", "市级");
        assertThat(t.rows().get(1).get(0)).isEqualTo("晋江市");
        assertThat(t.caption()).contains(Shishi.RD_HEADER_CAPTION, jinjiangTable.caption());
    }

    @Test
    void dataFiguresAreDrawnOnceForTheCity() {
        ResearchReport merged = quanzhou().mergedReports().get(0);
        List<ContentBlock.Figure> figures = merged.items().stream().flatMap(i -> i.blocks().stream())
                .filter(b -> b instanceof ContentBlock.Figure).map(b -> (ContentBlock.Figure) b).toList();
        assertThat(figures).extracting(ContentBlock.Figure::kind)
                .containsExactlyInAnyOrder(FigureKind.RD_INTENSITY_CHART, FigureKind.CHAIN_MAP);
        assertThat(figures).allSatisfy(f -> assertThat(f.caption()).contains("泉州市").doesNotContain("石狮市"));
    }

    @Test
    void advantageUnitsWithTheSameNameBecomeOneRowListingBothCounties() {
        ResearchReport merged = quanzhou().mergedReports().get(0);
        List<AdvantageUnit> hqu = merged.advantageUnits().stream().filter(u -> u.name().equals("华侨大学")).toList();
        assertThat(hqu).hasSize(1);
        assertThat(hqu.get(0).counties()).containsExactly(DivisionCode.of("350581"), DivisionCode.of("350582"));
        assertThat(hqu.get(0).field()).contains("纺织材料", "材料科学与工程");
        int total = jinjiang.reports().get(0).advantageUnits().size() + Shishi.report().advantageUnits().size();
        assertThat(merged.advantageUnits()).hasSize(total - 1);
    }

    @Test
    void mapsMergeLinkByLinkAndKeepEveryBottleneck() {
        ConsolidationResult r = quanzhou();
        IndustryChain chain = r.cityDataset().chains().get(0);
        assertThat(chain.county()).isEqualTo(DivisionCode.of("350500"));
        assertThat(chain.aliases()).contains("纺织鞋服", "鞋服纺织").doesNotContain("鞋服纺织产业");
        assertThat(chain.industryCode()).isEqualTo("C19");
        IndustryChain jj = jinjiang.chain(SampleCounty.CHAIN_ID).orElseThrow();
        IndustryChain ss = Shishi.chain();
        List<ChainLink> fibers = chain.map().links().stream().filter(l -> l.name().equals("化纤原料")).toList();
        assertThat(fibers).hasSize(1);
        assertThat(fibers.get(0).technologies()).extracting(t -> t.name()).contains("功能纤维");
        assertThat(fibers.get(0).actors()).extracting(a -> a.name()).contains("石狮某化纤公司（样例）");
        assertThat(chain.map().bottlenecks()).hasSize(jj.map().bottlenecks().size() + ss.map().bottlenecks().size());
        assertThat(chain.map().bottlenecks()).extracting(Bottleneck::description)
                .contains("本地无化纤原料产能（石狮市）", "海外仓配套不足（石狮市）")
                .allSatisfy(d -> assertThat(d).matches(".*（(石狮市|晋江市)）"));
        assertThat(chain.map().links()).extracting(ChainLink::name).contains("跨境电商", "鞋材");
    }

    @Test
    void cityDatasetCarriesTheChainsPeopleAndListsWithReferencesRewritten() {
        CountyDataset city = quanzhou().cityDataset();
        assertThat(city.unitId()).isEqualTo("350500");
        assertThat(city.unitName()).isEqualTo("泉州市");
        assertThat(city.enterprises()).hasSize((int) jinjiang.enterprises().stream()
                .filter(e -> e.isOnChain(SampleCounty.CHAIN_ID)).count());
        assertThat(city.enterprises()).allSatisfy(e -> assertThat(e.chainIds()).containsExactly("350500-apparel"));
        assertThat(city.teams()).extracting(t -> t.id()).contains("T-1");
        assertThat(city.teams()).allSatisfy(t -> assertThat(t.chainIds()).containsExactly("350500-apparel"));
        var linkIds = city.chains().get(0).map().links().stream().map(ChainLink::id).collect(Collectors.toSet());
        assertThat(city.demands()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.chainId()).isEqualTo("350500-apparel");
            if (d.linkId() != null) {
                assertThat(linkIds).contains(d.linkId());
            }
        });
        // 石狮's 化纤原料 joined 晋江's link of the same name: its demand now points at the merged link.
        String fiber = city.chains().get(0).map().links().stream().filter(l -> l.name().equals("化纤原料"))
                .findFirst().orElseThrow().id();
        assertThat(city.demands().stream().filter(d -> d.id().equals("D-S1")).findFirst().orElseThrow().linkId())
                .isEqualTo(fiber);
        assertThat(city.achievements()).isNotEmpty().allSatisfy(a -> assertThat(a.chainId()).isEqualTo("350500-apparel"));
        assertThat(city.reports()).hasSize(1);
    }

    /** 石狮 with ids, targets and the chain's full name, pilot flag and scale (a year 晋江 does not state too). */
    private static CountyDataset shishiWithTargets() {
        CountyDataset d = Shishi.dataset();
        IndustryChain c = Shishi.chain();
        // 石狮's own id for its fiber breakpoint is one 晋江 also uses.
        List<org.countychain.chain.ChainStage> stages = new ArrayList<>();
        for (org.countychain.chain.ChainStage st : c.map().stages()) {
            List<ChainLink> links = new ArrayList<>();
            for (ChainLink l : st.links()) {
                List<Bottleneck> own = l.bottlenecks().stream()
                        .map(b -> l.id().equals("s-fiber") ? b.withId("fiber-b1") : b).toList();
                links.add(new ChainLink(l.id(), l.name(), l.technologies(), l.actors(), own));
            }
            stages.add(new org.countychain.chain.ChainStage(st.kind(), st.name(), links));
        }
        IndustryChain chain = new IndustryChain(c.id(), c.name(), "石狮鞋服纺织产业链", c.county(), c.industryCode(),
                c.aliases(), false, List.of(
                        new org.countychain.chain.ChainScale(2022, new java.math.BigDecimal("9000000000"), 18, 9),
                        new org.countychain.chain.ChainScale(2023, new java.math.BigDecimal("9500000000"), 19, 9,
                                org.countychain.chain.MoneyUnit.HUNDRED_MILLION_YUAN),
                        new org.countychain.chain.ChainScale(2024, new java.math.BigDecimal("10000000000"), 20, null,
                                org.countychain.chain.MoneyUnit.HUNDRED_MILLION_YUAN)),
                new org.countychain.chain.ChainMap(stages));
        org.countychain.chain.TechnologyDemand x = d.demands().get(0);
        org.countychain.chain.TechnologyDemand aimed = new org.countychain.chain.TechnologyDemand(x.id(), x.title(),
                x.description(), x.chainId(), x.linkId(), x.county(), x.industryCode(), x.proposer(),
                x.proposerCode(), x.keywords(), null, List.of("fiber-b1", "s-fiber-t1"));
        return d.toBuilder().chains(List.of(chain)).demands(List.of(aimed)).build();
    }

    @Test
    void theCityMapKeepsBottleneckAndTechnologyIdsAndTargetsFollowThem() {
        List<org.countychain.chain.TechnologyDemand> demands = new ArrayList<>(jinjiang.demands());
        org.countychain.chain.TechnologyDemand d1 = demands.get(0);
        demands.set(0, new org.countychain.chain.TechnologyDemand(d1.id(), d1.title(), d1.description(), d1.chainId(),
                d1.linkId(), d1.county(), d1.industryCode(), d1.proposer(), d1.proposerCode(), d1.keywords(),
                d1.plannedInvestment(), List.of("fiber-b1", "sm-peba-import")));
        CountyDataset jj = jinjiang.toBuilder().demands(demands).build();
        CountyDataset city = consolidator.consolidate("350500", List.of(jj, shishiWithTargets())).cityDataset();
        IndustryChain chain = city.chains().get(0);
        java.util.Set<String> ids = new java.util.HashSet<>(chain.map().bottlenecks().stream().map(Bottleneck::id)
                .toList());
        chain.map().links().forEach(l -> l.technologies().forEach(t -> ids.add(t.id())));
        // Every bottleneck keeps an id and its title; 石狮 (first by code) keeps fiber-b1, 晋江's is qualified.
        assertThat(chain.map().bottlenecks()).allSatisfy(b -> assertThat(b.id()).isNotNull());
        assertThat(chain.map().bottlenecks()).filteredOn(b -> b.id().equals("fiber-b1")).singleElement()
                .satisfies(b -> assertThat(b.description()).isEqualTo("本地无化纤原料产能（石狮市）"));
        assertThat(chain.map().bottlenecks()).filteredOn(b -> b.id().equals("350582-fiber-b1")).singleElement()
                .satisfies(b -> assertThat(b.description()).endsWith("（晋江市）"));
        assertThat(chain.map().bottlenecks()).filteredOn(b -> b.id().equals("sm-peba-import")).singleElement()
                .satisfies(b -> assertThat(b.title()).isEqualTo(jinjiang.chains().get(0).map().bottlenecks().stream()
                        .filter(x -> x.id().equals("sm-peba-import")).findFirst().orElseThrow().title()));
        assertThat(ids).contains("s-fiber-t1", "fiber-t1", "shoe-materials-t1");
        // Targets follow: 晋江's fiber-b1 became 350582-fiber-b1; 石狮's stay as they were.
        assertThat(city.demands()).filteredOn(d -> d.id().equals(d1.id())).singleElement()
                .satisfies(d -> assertThat(d.targetIds()).containsExactly("350582-fiber-b1", "sm-peba-import"));
        assertThat(city.demands()).filteredOn(d -> d.id().equals("D-S1")).singleElement()
                .satisfies(d -> assertThat(d.targetIds()).containsExactly("fiber-b1", "s-fiber-t1"));
        // Every target of every demand, achievement, platform and task names something on the city's map.
        List<String> all = new ArrayList<>();
        city.demands().forEach(d -> all.addAll(d.targetIds()));
        city.achievements().forEach(a -> all.addAll(a.targetIds()));
        city.platforms().forEach(p -> all.addAll(p.targetIds()));
        city.teams().forEach(t -> t.tasks().forEach(k -> all.addAll(k.targetIds())));
        assertThat(all).isNotEmpty().allSatisfy(id -> assertThat(ids).contains(id));
        assertThat(city.teams()).filteredOn(t -> t.formation() != null).isNotEmpty();
    }

    @Test
    void theCityChainCarriesFullNamePilotAndTheScaleEveryCountyStates() {
        IndustryChain chain = consolidator.consolidate("350500", List.of(jinjiang, shishiWithTargets()))
                .cityDataset().chains().get(0);
        // One full name each: the first county's by code.
        assertThat(chain.fullName()).isEqualTo("石狮鞋服纺织产业链");
        assertThat(chain.pilot()).isTrue();
        // 2022 is 石狮's only: left out. 2024's above-scale count is 石狮's blank: left out. Units differ: none.
        assertThat(chain.scale()).extracting(org.countychain.chain.ChainScale::year).containsExactly(2023, 2024);
        org.countychain.chain.ChainScale y2024 = chain.scaleIn(2024).orElseThrow();
        assertThat(y2024.outputValue()).isEqualByComparingTo("291500000000");
        assertThat(y2024.enterprises()).isEqualTo(68);
        assertThat(y2024.aboveScaleEnterprises()).isNull();
        assertThat(y2024.outputValueUnit()).isNull();
        assertThat(chain.scaleIn(2023).orElseThrow().aboveScaleEnterprises()).isEqualTo(54);
        // Nobody says: unsaid. All say no: no.
        IndustryChain unsaid = consolidator.consolidate("350500", List.of(jinjiang, Shishi.dataset()))
                .cityDataset().chains().get(0);
        assertThat(unsaid.pilot()).isTrue();
        assertThat(unsaid.scale()).isEmpty();
        assertThat(unsaid.fullName()).isEqualTo("纺织鞋服产业链");
    }

    @Test
    void cityDatasetRoundTripsThroughJsonAndIgnoresInputOrder() {
        CountyChainJson json = CountyChainJson.defaults();
        CountyDataset shishi = Shishi.dataset();
        CountyDataset reversedJinjiang = jinjiang.toBuilder().chains(reverse(jinjiang.chains()))
                .reports(reverse(jinjiang.reports())).enterprises(reverse(jinjiang.enterprises()))
                .teams(reverse(jinjiang.teams())).platforms(reverse(jinjiang.platforms()))
                .demands(reverse(jinjiang.demands())).achievements(reverse(jinjiang.achievements())).build();
        String a = json.writeToString(consolidator.consolidate("350500", List.of(jinjiang, shishi)).cityDataset());
        String b = json.writeToString(consolidator.consolidate("350500", List.of(shishi, reversedJinjiang))
                .cityDataset());
        assertThat(b).isEqualTo(a);
        assertThat(json.writeToString(json.read(a, CountyDataset.class))).isEqualTo(a);
    }

    private static <T> List<T> reverse(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void aCountyAloneIsLeftAloneWithAnEmptyCityDataset() {
        ConsolidationResult r = consolidator.consolidate("350500", List.of(jinjiang));
        assertThat(r.groups()).isEmpty();
        assertThat(r.cityDataset().reports()).isEmpty();
        assertThat(r.cityDataset().chains()).isEmpty();
        assertThat(r.leftAlone()).extracting(l -> l.chain().chainId())
                .containsExactlyElementsOf(jinjiang.chains().stream().map(IndustryChain::id).sorted().toList());
    }

    @Test
    void aCodeConflictIsShownAsANearMiss() {
        ConsolidationResult r = consolidator.consolidate("350500",
                List.of(jinjiang, Shishi.datasetWithConflictingCode()));
        assertThat(r.groups()).isEmpty();
        LeftAlone shishiAlone = r.leftAlone().stream().filter(l -> l.chain().unitId().equals("350581")).findFirst()
                .orElseThrow();
        assertThat(shishiAlone.vetoes()).singleElement()
                .satisfies(v -> assertThat(v.decision().clause()).isEqualTo(IdentityClause.INDUSTRY_CODE_CONFLICT));
    }

    @Test
    void reportsOfAnUnknownChainAreLeftAloneNotLost() {
        ResearchReport orphan = new ResearchReport("orphan-2024", "350581", "石狮市", "no-such-chain", "石材", null, 2024,
                List.of(Shishi.CODE), List.of(ReportItem.ofParagraphs("1.1", "x")), List.of(), null, null);
        CountyDataset shishi = Shishi.dataset().toBuilder().reports(List.of(Shishi.report(), orphan)).build();
        ConsolidationResult r = consolidator.consolidate("350500", List.of(jinjiang, shishi));
        assertThat(r.leftAlone()).anySatisfy(l -> {
            assertThat(l.reason()).isEqualTo(LeftAloneReason.UNKNOWN_CHAIN);
            assertThat(l.chain().reportIds()).containsExactly("orphan-2024");
        });
        assertThat(r.groups()).hasSize(1);
    }

    @Test
    void datasetOfAnotherCityIsRejected() {
        CountyDataset fuzhou = CountyDataset.builder("350102", "鼓楼区", 2024).build();
        assertThatThrownBy(() -> consolidator.consolidate("350500", List.of(jinjiang, fuzhou)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONSOLIDATION_OTHER_CITY);
                    assertThat(e.errorCode().code()).isEqualTo("CC-6002");
                    assertThat(e.location().path()).isEqualTo("datasets[350102].unitId");
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("350102", "鼓楼区", "泉州市");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("is not a county of 350500");
                });
    }

    @Test
    void unknownCityIsRejected() {
        assertThatThrownBy(() -> consolidator.consolidate("350582", List.of(jinjiang)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONSOLIDATION_UNKNOWN_CITY));
        assertThatThrownBy(() -> consolidator.consolidate("999999", List.of(jinjiang)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("999999"));
    }

    @Test
    void mismatchedYearsAreRejected() {
        CountyDataset shishi2023 = CountyDataset.builder("350581", "石狮市", 2023).build();
        assertThatThrownBy(() -> consolidator.consolidate("350500", List.of(jinjiang, shishi2023)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONSOLIDATION_YEAR);
                    // One data set each: the later year is taken, the other named.
                    assertThat(e.location().path()).isEqualTo("datasets[350581].year");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("350581", "2023", "2024");
                });
        ResearchReport old = new ResearchReport("350581-apparel-2023", "350581", "石狮市", Shishi.CHAIN_ID, "鞋服纺织产业",
                null, 2023, List.of(Shishi.CODE), List.of(), List.of(), null, null);
        CountyDataset mixed = Shishi.dataset().toBuilder().reports(List.of(Shishi.report(), old)).build();
        assertThatThrownBy(() -> consolidator.consolidate("350500", 2024, List.of(jinjiang, mixed)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONSOLIDATION_YEAR);
                    assertThat(e.location().path()).isEqualTo("datasets[350581].reports[1].year");
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("350581-apparel-2023", "2023");
                });
    }

    @Test
    void duplicateReportIdsAndDuplicateCountiesAreRejected() {
        ResearchReport clash = jinjiang.reports().get(0);
        ResearchReport copy = new ResearchReport(clash.id(), "350581", "石狮市", Shishi.CHAIN_ID, "鞋服纺织产业", null, 2024,
                List.of(Shishi.CODE), List.of(), List.of(), null, null);
        CountyDataset shishi = Shishi.dataset().toBuilder().reports(List.of(copy)).build();
        assertThatThrownBy(() -> consolidator.consolidate("350500", List.of(jinjiang, shishi)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONSOLIDATION_DUPLICATE_REPORT);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains(clash.id(), "350581", "350582");
                });
        assertThatThrownBy(() -> consolidator.consolidate("350500", List.of(jinjiang, jinjiang)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONSOLIDATION_DUPLICATE_UNIT));
        assertThatThrownBy(() -> consolidator.consolidate("350500", List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.REQUIRED));
    }

    @Test
    void mixedTemplateEditionsInOneGroupAreRejected() {
        ResearchReport r = Shishi.report();
        ResearchReport other = new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(),
                "fujian-2025", 2024, r.coveredCounties(), r.items(), r.advantageUnits(), null, null);
        CountyDataset shishi = Shishi.dataset().toBuilder().reports(List.of(other)).build();
        assertThatThrownBy(() -> consolidator.consolidate("350500", List.of(jinjiang, shishi)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONSOLIDATION_TEMPLATE);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("fujian-2024", "fujian-2025");
                });
    }

    @Test
    void syntheticProvinceConsolidatesEveryCityOnItsThemeChain() {
        ProvinceDataset province = SyntheticProvince.generate(7L, 3_000);
        Divisions fujian = Divisions.fujian();
        CountyChainJson json = CountyChainJson.defaults();
        Map<String, List<CountyDataset>> byCity = province.counties().stream().collect(Collectors.groupingBy(
                d -> fujian.cityLevelUnitOf(DivisionCode.of(d.unitId())).orElseThrow().id()));
        for (ReportingUnit city : fujian.cityLevelUnits()) {
            List<CountyDataset> counties = byCity.getOrDefault(city.id(), List.of());
            ConsolidationResult r = consolidator.consolidate(city.id(), 2024, counties);
            int chainsIn = counties.stream().mapToInt(d -> d.chains().size()).sum();
            int grouped = r.groups().stream().mapToInt(g -> g.members().size()).sum();
            assertThat(grouped + r.leftAlone().size()).as(city.name()).isEqualTo(chainsIn);
            if (counties.size() > 1) {
                // Every county of a city shares its theme chain, so at least one group covers most of the city.
                assertThat(r.groups()).as(city.name()).isNotEmpty();
                assertThat(r.mergedReports()).as(city.name()).hasSameSizeAs(r.groups());
            } else {
                assertThat(r.groups()).as(city.name()).isEmpty();
            }
            for (ResearchReport m : r.mergedReports()) {
                assertThat(m.unitName()).isEqualTo(city.name());
                assertThat(m.coveredCounties().size()).isGreaterThan(1);
            }
            String text = json.writeToString(r.cityDataset());
            assertThat(json.writeToString(json.read(text, CountyDataset.class))).isEqualTo(text);
        }
    }
}
