package org.countychain.coverage;

import java.util.ArrayList;
import java.util.List;

import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SyntheticProvince;

/**
 * The synthetic province with coverage gaps planted in 泉州 and 平潭, shared with the other modules' tests (core's
 * test jar). With {@code PilotRegistry.example()} (晋江 纺织鞋服, 南安 石材建材, 永安 竹产业):
 * <ul>
 *   <li>{@link #NO_REPORT} 德化县 has no report at all;</li>
 *   <li>{@link #CONSOLIDATED_ONLY} 洛江区 has only the city's consolidated 鞋服纺织 report (its own are removed);</li>
 *   <li>{@link #PILOT_COVERED_BY_CONSOLIDATED} 晋江市 lost its own 纺织鞋服 report; the consolidated one, named by an
 *       alias, covers the pilot chain;</li>
 *   <li>{@link #PILOT_MISSING_CHAIN} 南安市 has no 石材建材 report;</li>
 *   <li>{@link #CHAIN_WITHOUT_TEAM} 石狮市's lithium chain lost its team; 安溪's tea chain has none in the generated
 *       data; the city's own consolidated data set has a chain and no team;</li>
 *   <li>平潭县 350128 is covered by a report 平潭综合实验区 wrote for it.</li>
 * </ul>
 */
public final class PlantedGaps {
    /** The city the gaps are in. */
    public static final String CITY = "350500";
    /** 德化县: no report. */
    public static final String NO_REPORT = "350526";
    /** 洛江区: covered by the consolidated report only. */
    public static final String CONSOLIDATED_ONLY = "350504";
    /** 晋江市: pilot county whose pilot chain only the consolidated report covers. */
    public static final String PILOT_COVERED_BY_CONSOLIDATED = "350582";
    /** 南安市: pilot county without its required 石材建材 report. */
    public static final String PILOT_MISSING_CHAIN = "350583";
    /** 石狮市's chain that lost its team. */
    public static final String CHAIN_WITHOUT_TEAM = "350581-lithium-battery";
    /** The consolidated report's id. */
    public static final String CONSOLIDATED_REPORT = "350500-textile-footwear-2024";
    /** The counties the consolidated report covers. */
    public static final List<String> CONSOLIDATED_COUNTIES = List.of("350502", "350504", "350582");
    /** The report 平潭综合实验区 wrote for 平潭县. */
    public static final String PINGTAN_REPORT = "PINGTAN-seafood-processing-2024";

    private PlantedGaps() {
    }

    /**
     * The province with the gaps: 300 enterprises, seed 42, year 2024.
     *
     * @return the data set
     */
    public static ProvinceDataset province() {
        ProvinceDataset generated = SyntheticProvince.generate(42L, 300);
        List<CountyDataset> counties = new ArrayList<>();
        ResearchReport template = null;
        for (CountyDataset c : generated.counties()) {
            if (c.unitId().equals("350502")) {
                template = c.reports().stream().filter(r -> r.chainName().equals("纺织鞋服")).findFirst().orElseThrow();
            }
        }
        for (CountyDataset c : generated.counties()) {
            counties.add(switch (c.unitId()) {
                case NO_REPORT, CONSOLIDATED_ONLY -> c.toBuilder().reports(List.of()).build();
                case PILOT_COVERED_BY_CONSOLIDATED -> c.toBuilder()
                        .reports(c.reports().stream().filter(r -> !r.chainName().equals("纺织鞋服")).toList()).build();
                case "350581" -> c.toBuilder()
                        .teams(c.teams().stream().filter(t -> !t.chainIds().contains(CHAIN_WITHOUT_TEAM)).toList())
                        .build();
                case "350128" -> c.toBuilder().reports(List.of(pingtanReport(c.reports().get(0)))).build();
                default -> c;
            });
        }
        counties.add(cityDataset(template));
        return new ProvinceDataset(generated.year(), counties, generated.watchList(), generated.investmentNeeds());
    }

    private static ResearchReport pingtanReport(ResearchReport own) {
        return new ResearchReport(PINGTAN_REPORT, Divisions.PINGTAN_ID, "平潭综合实验区", own.chainId(), own.chainName(),
                own.templateEdition(), own.year(), List.of(DivisionCode.of("350128")), own.items(),
                own.advantageUnits(), own.preparedBy(), own.preparedOn());
    }

    /**
     * 泉州市's consolidated data set: one chain, no team, the consolidated 鞋服纺织 report, as R3 consolidation makes it.
     */
    private static CountyDataset cityDataset(ResearchReport template) {
        IndustryChain chain = new IndustryChain("350500-textile-footwear", "鞋服纺织", DivisionCode.of(CITY), "C19",
                List.of("纺织鞋服"), null);
        ResearchReport consolidated = new ResearchReport(CONSOLIDATED_REPORT, CITY, "泉州市", chain.id(), chain.name(),
                template.templateEdition(), template.year(),
                CONSOLIDATED_COUNTIES.stream().map(DivisionCode::of).toList(), template.items(),
                template.advantageUnits(), template.preparedBy(), template.preparedOn());
        return CountyDataset.builder(CITY, "泉州市", template.year()).chains(List.of(chain))
                .reports(List.of(consolidated)).build();
    }
}
