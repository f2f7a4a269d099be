package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.Incentive;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.enterprise.ServiceContact;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Screening does not depend on the order of the input. */
class ScreeningOrderTest {
    private static final String[] AMOUNTS = {null, "0", "0.01", "5000000.00", "5000000.01", "19999999.99",
            "20000000.00", "50000000.00", "50000000.01", "100000000.00", "200000000.00", "200000000.01"};
    private static final String[] COUNTIES = {"350582", "350583"};

    private static BigDecimal amount(Random r) {
        String a = AMOUNTS[r.nextInt(AMOUNTS.length)];
        return a == null ? null : new BigDecimal(a);
    }

    private static Integer count(Random r) {
        int c = r.nextInt(5) - 1;
        return c < 0 ? null : c;
    }

    private static List<CountyDataset> data(long seed, int enterprises) {
        Random r = new Random(seed);
        IntermediaryWatchList list = new IntermediaryWatchList(2023, null, List.of(new Intermediary("坏中介", null)));
        List<CountyDataset> counties = new ArrayList<>();
        for (String county : COUNTIES) {
            DivisionCode code = DivisionCode.of(county);
            List<IndustryChain> chains = List.of(new IndustryChain("a", "纺织鞋服", code, null, List.of(), null),
                    new IndustryChain("b", "食品", code, null, List.of(), null),
                    new IndustryChain("c", "机械", code, null, List.of(), null));
            List<Enterprise> es = new ArrayList<>();
            for (int i = 0; i < enterprises; i++) {
                Enterprise.Builder b = Enterprise.builder(Fixtures.code(county, r.nextInt(1_000_000)), "企业" + i, code)
                        .chainIds(r.nextBoolean() ? List.of("a") : r.nextBoolean() ? List.of("a", "b") : List.of())
                        .aboveScale(r.nextInt(5) > 0).manufacturing(r.nextInt(5) > 0).scienceTechSme(r.nextBoolean())
                        .registeredOn(r.nextBoolean() ? LocalDate.of(2010 + r.nextInt(16), 1 + r.nextInt(12), 1) : null)
                        .serviceContact(r.nextBoolean() ? new ServiceContact("联系人" + r.nextInt(3), null, null) : null);
                if (r.nextInt(3) == 0) {
                    int issued = 2020 + r.nextInt(5);
                    b.highTechCertificate(Fixtures.certificate("GR" + issued + i, issued + "-07-01",
                            (issued + 3) + "-06-30"));
                }
                for (int y = 2022; y <= 2024; y++) {
                    if (r.nextInt(6) == 0) {
                        continue;
                    }
                    EnumSet<Incentive> used = EnumSet.noneOf(Incentive.class);
                    for (Incentive inc : Incentive.values()) {
                        if (r.nextBoolean()) {
                            used.add(inc);
                        }
                    }
                    b.year(AnnualRdFigures.builder(y).operatingRevenue(amount(r)).rdExpense(amount(r))
                            .selfFundedRdExpense(amount(r)).domesticRdExpense(amount(r))
                            .highTechProductRevenue(amount(r)).employees(count(r)).scienceTechStaff(count(r))
                            .inventionPatents(count(r)).coreIpCount(count(r))
                            .auxiliaryLedger(r.nextBoolean() ? r.nextBoolean() : null)
                            .rdReserveFund(r.nextBoolean() ? r.nextBoolean() : null).incentivesUsed(used)
                            .scienceDepartmentProjects(count(r))
                            .statisticsReport(r.nextBoolean() ? RdStatisticsReport.of(amount(r), count(r)) : null)
                            .intermediary(r.nextInt(4) == 0 ? "坏中介" : null).build());
                }
                es.add(b.build());
            }
            // Drop duplicate credit codes the generator may produce.
            List<Enterprise> unique = new ArrayList<>();
            es.stream().filter(e -> unique.stream().noneMatch(u -> u.creditCode().equals(e.creditCode())))
                    .forEach(unique::add);
            TalentTeam t = new TalentTeam("t-" + county, "特派团", code, TeamMode.ONE_CHAIN_ONE_TEAM,
                    List.of("b", "a"), null, List.of(), List.of(), List.of());
            counties.add(CountyDataset.builder(county, county.equals("350582") ? "晋江市" : "南安市", 2024)
                    .chains(chains).enterprises(unique).teams(List.of(t)).watchList(list).build());
        }
        return counties;
    }

    private static List<CountyDataset> shuffled(List<CountyDataset> counties, Random r) {
        List<CountyDataset> out = new ArrayList<>();
        for (CountyDataset c : counties) {
            List<Enterprise> es = new ArrayList<>(c.enterprises());
            Collections.shuffle(es, r);
            List<IndustryChain> chains = new ArrayList<>(c.chains());
            Collections.shuffle(chains, r);
            out.add(c.toBuilder().enterprises(es).chains(chains).build());
        }
        Collections.shuffle(out, r);
        return out;
    }

    @Property(tries = 40)
    void shuffledInputGivesTheSameFindingsAndJson(@ForAll long seed, @ForAll long shuffleSeed) {
        List<CountyDataset> counties = data(seed, 30);
        RuleEngine engine = RuleEngine.builder().builtInRules().pilotRegistry(PilotRegistry.example()).build();
        ScreeningResult a = engine.screen(ScreeningInput.builder().counties(counties).build());
        ScreeningResult b = engine.screen(ScreeningInput.builder().counties(shuffled(counties,
                new Random(shuffleSeed))).build());
        assertThat(a.findings()).isNotEmpty();
        assertThat(b.findings()).isEqualTo(a.findings());
        assertThat(b.serviceList()).isEqualTo(a.serviceList());
        assertThat(CountyChainJson.defaults().writeToString(b)).isEqualTo(CountyChainJson.defaults().writeToString(a));
    }
}
