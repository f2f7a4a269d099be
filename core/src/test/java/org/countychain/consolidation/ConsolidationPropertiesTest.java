package org.countychain.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.StageKind;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.json.CountyChainJson;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.ReportItem;
import org.countychain.report.ResearchReport;
import org.countychain.report.UnitKind;

/**
 * Nothing is lost and order does not matter: for random counties of 泉州市 whose chains repeat under different
 * spellings, every paragraph, table row, advantage unit and bottleneck of every report of a grouped chain appears
 * in its merged report exactly once, under (or marked with) its own county; chains left alone are listed as such;
 * and any shuffle of the input gives the same bytes.
 */
class ConsolidationPropertiesTest {
    private static final List<DivisionCode> COUNTIES = Divisions.fujian().reportingUnit("350500").orElseThrow()
            .covers();
    private static final List<String> CHAIN_NAMES = List.of("纺织鞋服", "鞋服纺织", "纺织鞋服产业链", "茶", "茶产业");
    private static final List<String> LINKS = List.of("面料", "鞋材", "化纤原料", "品牌营销");
    private static final List<String> TECHS = List.of("功能面料", "发泡中底", "染整");
    private static final List<List<String>> HEADERS = List.of(List.of("企业", "产值"), List.of("项目"),
            List.of("企业", "产值", "备注"));
    private static final List<String> UNITS = List.of("华侨大学", "东华大学", "某研究院", "某平台");
    private static final List<String> ITEMS = List.of("1.1", "1.2", "2.1", "3.2");

    private final Consolidator consolidator = Consolidator.defaults();
    private final CountyChainJson json = CountyChainJson.defaults();

    @Property(tries = 80)
    void everythingAppearsExactlyOnceWhateverTheOrder(@ForAll("cities") List<CountyDataset> counties,
                                                      @ForAll long shuffleSeed) {
        ConsolidationResult r = consolidator.consolidate("350500", 2024, counties);
        Map<String, String> names = new HashMap<>();
        counties.forEach(d -> names.put(d.unitName(), d.unitId()));

        Map<String, ResearchReport> mergedByChain = new HashMap<>();
        r.mergedReports().forEach(m -> mergedByChain.put(m.chainId(), m));
        int groupedChains = 0;
        for (ChainGroup g : r.groups()) {
            List<String> expectedParagraphs = new ArrayList<>();
            List<String> expectedRows = new ArrayList<>();
            List<String> expectedUnits = new ArrayList<>();
            List<String> expectedBottlenecks = new ArrayList<>();
            for (ChainMember m : g.members()) {
                groupedChains++;
                CountyDataset d = counties.stream().filter(c -> c.unitId().equals(m.unitId())).findFirst().orElseThrow();
                IndustryChain chain = d.chain(m.chainId()).orElseThrow();
                chain.map().bottlenecks().forEach(b -> expectedBottlenecks.add(b.kind() + b.description()
                        + "（" + d.unitName() + "）"));
                for (ResearchReport report : d.reports()) {
                    if (!report.chainId().equals(chain.id())) {
                        continue;
                    }
                    for (ReportItem item : report.items()) {
                        for (ContentBlock b : item.blocks()) {
                            if (b instanceof ContentBlock.Paragraph p && !p.isEmpty()) {
                                expectedParagraphs.add(item.itemId() + "|" + d.unitId() + "|" + p.text());
                            } else if (b instanceof ContentBlock.Table t) {
                                t.rows().forEach(row -> expectedRows.add(item.itemId() + "|" + d.unitId() + "|"
                                        + String.join("/", t.header()) + "|" + String.join("/", row)));
                            }
                        }
                    }
                    report.advantageUnits().forEach(u -> expectedUnits.add(u.name() + "|" + d.unitId()));
                }
            }
            ResearchReport merged = g.reportId() == null ? null : mergedByChain.get(g.chainId());
            assertThat(merged == null).isEqualTo(g.members().stream().allMatch(m -> m.reportIds().isEmpty()));
            List<ReportItem> mergedItems = merged == null ? List.of() : merged.items();
            List<AdvantageUnit> mergedUnits = merged == null ? List.of() : merged.advantageUnits();
            List<String> paragraphs = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (ReportItem item : mergedItems) {
                String county = null;
                for (ContentBlock b : item.blocks()) {
                    if (b instanceof ContentBlock.Subheading h) {
                        county = h.county().value();
                    } else if (b instanceof ContentBlock.Paragraph p && !p.isEmpty()) {
                        paragraphs.add(item.itemId() + "|" + county + "|" + p.text());
                    } else if (b instanceof ContentBlock.Table t && t.header().get(0).equals("县（市、区）")) {
                        String header = String.join("/", t.header().subList(1, t.header().size()));
                        t.rows().forEach(row -> rows.add(item.itemId() + "|" + names.get(row.get(0)) + "|" + header
                                + "|" + String.join("/", row.subList(1, row.size()))));
                    } else if (b instanceof ContentBlock.Table t) {
                        String c = county;
                        t.rows().forEach(row -> rows.add(item.itemId() + "|" + c + "|" + String.join("/", t.header())
                                + "|" + String.join("/", row)));
                    }
                }
            }
            List<String> units = new ArrayList<>();
            for (AdvantageUnit u : mergedUnits) {
                u.counties().forEach(c -> units.add(u.name() + "|" + c.value()));
            }
            List<String> bottlenecks = r.cityDataset().chain(g.chainId()).orElseThrow().map().bottlenecks().stream()
                    .map(b -> b.kind() + b.description()).toList();
            assertThat(paragraphs).containsExactlyInAnyOrderElementsOf(expectedParagraphs);
            assertThat(rows).containsExactlyInAnyOrderElementsOf(expectedRows);
            assertThat(units).containsExactlyInAnyOrderElementsOf(expectedUnits.stream().distinct().toList());
            assertThat(mergedUnits).extracting(AdvantageUnit::name).doesNotHaveDuplicates();
            assertThat(bottlenecks).containsExactlyInAnyOrderElementsOf(expectedBottlenecks);
        }
        int chains = counties.stream().mapToInt(d -> d.chains().size()).sum();
        assertThat(groupedChains + r.leftAlone().size()).isEqualTo(chains);

        String expected = json.writeToString(r.cityDataset());
        ConsolidationResult again = consolidator.consolidate("350500", 2024, shuffled(counties, shuffleSeed));
        assertThat(json.writeToString(again.cityDataset())).isEqualTo(expected);
        assertThat(again.groups()).isEqualTo(r.groups());
        assertThat(again.leftAlone()).isEqualTo(r.leftAlone());
    }

    private static List<CountyDataset> shuffled(List<CountyDataset> counties, long seed) {
        Random random = new Random(seed);
        List<CountyDataset> result = new ArrayList<>();
        for (CountyDataset d : counties) {
            List<IndustryChain> chains = new ArrayList<>(d.chains());
            List<ResearchReport> reports = new ArrayList<>(d.reports());
            Collections.shuffle(chains, random);
            Collections.shuffle(reports, random);
            result.add(d.toBuilder().chains(chains).reports(reports).build());
        }
        Collections.shuffle(result, random);
        return result;
    }

    @Provide
    Arbitrary<List<CountyDataset>> cities() {
        return Arbitraries.integers().between(0, COUNTIES.size() - 1).set().ofMinSize(1).ofMaxSize(4)
                .flatMap(indexes -> {
                    List<Arbitrary<CountyDataset>> each = indexes.stream().sorted()
                            .map(i -> county(COUNTIES.get(i))).toList();
                    return Combinators.combine(each).as(List::copyOf);
                });
    }

    private static Arbitrary<CountyDataset> county(DivisionCode code) {
        String name = Divisions.fujian().find(code).orElseThrow().name();
        Arbitrary<List<Integer>> chainNames = Arbitraries.integers().between(0, CHAIN_NAMES.size() - 1).list()
                .ofMinSize(1).ofMaxSize(2).filter(l -> l.size() < 2 || group(l.get(0)) != group(l.get(1)));
        return chainNames.flatMap(picked -> {
            List<Arbitrary<IndustryChain>> chains = new ArrayList<>();
            for (int c = 0; c < picked.size(); c++) {
                chains.add(chain(code, code.value() + "-c" + c, CHAIN_NAMES.get(picked.get(c))));
            }
            return Combinators.combine(chains).as(List::copyOf).flatMap(cs -> {
                List<Arbitrary<ResearchReport>> reports = cs.stream().map(c -> report(code, name, c)).toList();
                return Combinators.combine(reports).as(rs -> CountyDataset.builder(code.value(), name, 2024)
                        .chains(cs).reports(rs.stream().filter(x -> x != null).toList()).build());
            });
        });
    }

    private static int group(int chainName) {
        return chainName < 3 ? 0 : 1;
    }

    private static Arbitrary<String> words() {
        return Arbitraries.strings().withChars("产业链技术创新研发面料鞋茶甲乙丙").ofMinLength(1).ofMaxLength(6);
    }

    private static Arbitrary<IndustryChain> chain(DivisionCode county, String id, String name) {
        Arbitrary<ChainLink> link = Combinators.combine(Arbitraries.of(LINKS), bottlenecks(),
                        Arbitraries.of(TECHS).set().ofMaxSize(2), bottlenecks())
                .as((n, b, techs, tb) -> new ChainLink("l", n,
                        techs.stream().sorted().map(t -> new KeyTechnology(t, null, tb)).toList(), List.of(), b));
        return link.list().ofMinSize(1).ofMaxSize(3).uniqueElements(ChainLink::name).map(links -> {
            List<ChainLink> withIds = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                ChainLink l = links.get(i);
                withIds.add(new ChainLink("link" + i, l.name(), l.technologies(), l.actors(), l.bottlenecks()));
            }
            return new IndustryChain(id, name, county, null, List.of(),
                    new ChainMap(List.of(new ChainStage(StageKind.MIDSTREAM, null, withIds))));
        });
    }

    private static Arbitrary<List<Bottleneck>> bottlenecks() {
        return Combinators.combine(Arbitraries.of(BottleneckKind.class), words()).as(Bottleneck::new).list()
                .ofMaxSize(2);
    }

    private static Arbitrary<ResearchReport> report(DivisionCode county, String name, IndustryChain chain) {
        Arbitrary<ContentBlock> paragraph = words().map(ContentBlock.Paragraph::new);
        Arbitrary<ContentBlock> table = Arbitraries.of(HEADERS).flatMap(h -> words().list().ofSize(h.size()).list()
                .ofMaxSize(2).map(rows -> new ContentBlock.Table(null, h, rows)));
        Arbitrary<ReportItem> item = Combinators.combine(Arbitraries.of(ITEMS),
                Arbitraries.oneOf(paragraph, paragraph, table).list().ofMaxSize(4)).as(ReportItem::new);
        Arbitrary<AdvantageUnit> unit = Combinators.combine(Arbitraries.of(UNITS), Arbitraries.of(UnitKind.class),
                words().injectNull(0.5)).as((n, k, f) -> new AdvantageUnit(n, k, f, null, null));
        return Combinators.combine(item.list().ofMaxSize(3).uniqueElements(ReportItem::itemId),
                        unit.list().ofMaxSize(3).uniqueElements(AdvantageUnit::name), Arbitraries.integers().between(0, 4))
                .as((items, units, skip) -> skip == 0 ? null : new ResearchReport(chain.id() + "-2024",
                        county.value(), name, chain.id(), chain.name(), null, 2024, List.of(county), items, units,
                        null, null));
    }
}
