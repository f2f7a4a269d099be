package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.countychain.chain.ChainReference;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.sample.SampleCounty;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;
import org.junit.jupiter.api.Test;

/**
 * A city-level team's chains of other counties: no longer an unknown chain; a chain of its own county belongs in
 * {@code chainIds} (CV-1015); another city's county is a warning (CV-1016); 一链一团 counts them (CV-0604).
 */
class CityLevelTeamValidationTest {
    private static final CountyDataset SAMPLE = SampleCounty.jinjiang();
    private static final TalentTeam T = SAMPLE.teams().get(0);

    private static List<String> found(CountyDataset d) {
        return Fixtures.VALIDATOR.validate(d).violations().stream()
                .filter(v -> !SampleCountyValidationTest.PLANTED.contains(v.severity() + " " + v.code() + " " + v.path()))
                .map(v -> v.severity() + " " + v.code() + " " + v.path()).toList();
    }

    private static CountyDataset with(TeamMode mode, String... countyAndChain) {
        List<ChainReference> refs = new java.util.ArrayList<>();
        for (int i = 0; i < countyAndChain.length; i += 2) {
            refs.add(new ChainReference(DivisionCode.of(countyAndChain[i]), countyAndChain[i + 1]));
        }
        TalentTeam team = new TalentTeam(T.id(), T.name(), T.county(), mode, T.formation(), T.serviceFrom(),
                T.serviceUntil(), T.chainIds(), refs, T.leader(), T.members(), T.tasks(), T.results());
        return SAMPLE.toBuilder().teams(List.of(team)).build();
    }

    @Test
    void anotherCountysChainOfTheSameCityIsAccepted() {
        assertThat(found(with(TeamMode.ONE_INDUSTRY_ONE_TEAM, "350581", "350581-apparel"))).isEmpty();
    }

    @Test
    void aChainOfTheTeamsOwnCountyBelongsInChainIds() {
        assertThat(found(with(TeamMode.ONE_INDUSTRY_ONE_TEAM, "350582", "350582-textile-footwear")))
                .containsExactly("ERROR CV-1015 teams[0].otherChains[0]");
        assertThat(Fixtures.VALIDATOR.validate(with(TeamMode.ONE_INDUSTRY_ONE_TEAM, "350582", "x"), Locale.ENGLISH)
                .violations()).filteredOn(v -> v.code().equals("CV-1015")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("the chain x is named as another county's but "
                        + "belongs to the team's own county 350582: list it in chainIds"));
    }

    @Test
    void anotherCitysCountyIsAWarning() {
        // 350581 石狮 is in 泉州 like 晋江; 350203 思明 is in 厦门.
        assertThat(found(with(TeamMode.ONE_INDUSTRY_ONE_TEAM, "350203", "xm-chain")))
                .containsExactly("WARNING CV-1016 teams[0].otherChains[0]");
    }

    @Test
    void theCountyMustBeACurrentCounty() {
        assertThat(found(with(TeamMode.ONE_INDUSTRY_ONE_TEAM, "350500", "qz-chain")))
                .containsExactly("ERROR CV-0115 teams[0].otherChains[0].county");
    }

    @Test
    void aOneChainTeamCountsTheOtherCountysChains() {
        assertThat(found(with(TeamMode.ONE_CHAIN_ONE_TEAM, "350581", "350581-apparel")))
                .containsExactly("ERROR CV-0604 teams[0].otherChains");
    }
}
