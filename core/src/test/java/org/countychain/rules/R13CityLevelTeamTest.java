package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.countychain.rules.Fixtures.YEAR;

import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.chain.ChainReference;
import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.model.Finding;
import org.countychain.rules.notice.R13TalentTeamRule;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;
import org.junit.jupiter.api.Test;

/** R13 with a city-level team: the chains of other counties it names are served; 一链一团 still means one chain. */
class R13CityLevelTeamTest {
    private static final DivisionCode JINJIANG = DivisionCode.of("350582");
    private static final DivisionCode SHISHI = DivisionCode.of("350581");
    private static final ChainReference SHISHI_APPAREL = new ChainReference(SHISHI, "ss-apparel");

    private static TalentTeam team(TeamMode mode, List<String> chains, List<ChainReference> others) {
        return new TalentTeam("t1", "泉州市纺织鞋服科技特派团", JINJIANG, mode, null, null, null, chains, others, null,
                List.of(), List.of(), List.of());
    }

    private static CountyDataset jinjiang(TalentTeam team) {
        return CountyDataset.builder("350582", "晋江市", YEAR)
                .chains(List.of(new IndustryChain("jj-shoes", "鞋服", JINJIANG, null, List.of(), null)))
                .teams(List.of(team)).build();
    }

    private static final CountyDataset SHISHI_DATA = CountyDataset.builder("350581", "石狮市", YEAR)
            .chains(List.of(new IndustryChain("ss-apparel", "服装", SHISHI, null, List.of(), null),
                    new IndustryChain("ss-shoes", "鞋业", SHISHI, null, List.of(), null))).build();

    private static List<String> findings(CountyDataset... counties) {
        ScreeningInput.Builder in = ScreeningInput.builder();
        for (CountyDataset c : counties) {
            in.county(c);
        }
        return RuleEngine.builder().rule(new R13TalentTeamRule()).build().screen(in.build()).findings().stream()
                .map(f -> f.code() + " " + f.subject().id()).toList();
    }

    @Test
    void aChainOfAnotherCountyNamedByACityLevelTeamIsServed() {
        TalentTeam city = team(TeamMode.ONE_INDUSTRY_ONE_TEAM, List.of("jj-shoes"), List.of(SHISHI_APPAREL));
        assertThat(findings(jinjiang(city), SHISHI_DATA)).containsExactly("R13-NO-TEAM ss-shoes");
        // Without the reference, both of 石狮's chains lack a team.
        TalentTeam local = team(TeamMode.ONE_INDUSTRY_ONE_TEAM, List.of("jj-shoes"), List.of());
        assertThat(findings(jinjiang(local), SHISHI_DATA))
                .containsExactlyInAnyOrder("R13-NO-TEAM ss-apparel", "R13-NO-TEAM ss-shoes");
        // The same chain id in another county is another chain.
        TalentTeam wrongCounty = team(TeamMode.ONE_INDUSTRY_ONE_TEAM, List.of("jj-shoes"),
                List.of(new ChainReference(DivisionCode.of("350583"), "ss-apparel")));
        assertThat(findings(jinjiang(wrongCounty), SHISHI_DATA))
                .containsExactlyInAnyOrder("R13-NO-TEAM ss-apparel", "R13-NO-TEAM ss-shoes");
    }

    @Test
    void aOneChainTeamServesOneChainHereOrThere() {
        assertThat(findings(jinjiang(team(TeamMode.ONE_CHAIN_ONE_TEAM, List.of(), List.of(SHISHI_APPAREL)))))
                .containsExactly("R13-NO-TEAM jj-shoes");
        Finding spread = RuleEngine.builder().rule(new R13TalentTeamRule()).build().screen(jinjiang(team(
                TeamMode.ONE_CHAIN_ONE_TEAM, List.of("jj-shoes"), List.of(SHISHI_APPAREL))))
                .findingsWithCode("R13-TEAM-SEVERAL-CHAINS").get(0);
        assertThat(spread.evidence()).containsEntry("chainIds", "350581:ss-apparel,jj-shoes")
                .containsEntry("chainCount", "2");
        assertThat(findings(jinjiang(team(TeamMode.ONE_INDUSTRY_ONE_TEAM, List.of("jj-shoes"),
                List.of(SHISHI_APPAREL))))).isEmpty();
    }

    @Test
    void referencesAreUniqueAndReadFromJson() {
        InvalidInputException twice = (InvalidInputException) catchThrowable(() -> team(TeamMode.ONE_INDUSTRY_ONE_TEAM,
                List.of(), List.of(SHISHI_APPAREL, new ChainReference(SHISHI, " ss-apparel "))));
        assertThat(twice.errorCode()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(twice.location().path()).isEqualTo("otherChains[1]");
        TalentTeam read = CountyChainJson.defaults().read("{\"id\":\"t1\",\"name\":\"团\",\"county\":\"350582\","
                + "\"mode\":\"一业一团\",\"otherChains\":[{\"county\":\"350581\",\"chainId\":\"ss-apparel\"}]}",
                TalentTeam.class);
        assertThat(read.otherChains()).containsExactly(SHISHI_APPAREL);
        assertThat(read.serves(SHISHI, "ss-apparel")).isTrue();
        assertThat(read.serves(JINJIANG, "ss-apparel")).isFalse();
        assertThat(read.chainCount()).isEqualTo(1);
        InvalidInputException noCounty = (InvalidInputException) catchThrowable(() -> CountyChainJson.defaults()
                .read("{\"chainId\":\"x\"}", ChainReference.class));
        assertThat(noCounty.errorCode()).isEqualTo(ErrorCode.REQUIRED);
    }
}
