package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.CreditCode;
import org.countychain.platform.HostOrganisation;
import org.countychain.platform.InnovationPlatform;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * A platform's dates (CV-1013), its hosts' credit codes (each checked; none given twice, CV-1014) and the links it
 * serves (CV-0703).
 */
class PlatformValidationTest {
    private static final CountyDataset SAMPLE = SampleCounty.jinjiang();
    private static final InnovationPlatform P = SAMPLE.platforms().get(0);

    private static List<String> found(CountyDataset d) {
        return Fixtures.VALIDATOR.validate(d).violations().stream()
                .filter(v -> !SampleCountyValidationTest.PLANTED.contains(v.severity() + " " + v.code() + " " + v.path()))
                .map(v -> v.severity() + " " + v.code() + " " + v.path()).toList();
    }

    private static CountyDataset with(List<HostOrganisation> hosts, List<String> links, LocalDate established,
                                      LocalDate recognised) {
        return with(P.chainIds(), hosts, links, established, recognised);
    }

    private static CountyDataset with(List<String> chains, List<HostOrganisation> hosts, List<String> links,
                                      LocalDate established, LocalDate recognised) {
        List<InnovationPlatform> list = new ArrayList<>(SAMPLE.platforms());
        list.set(0, new InnovationPlatform(P.id(), P.name(), P.type(), P.level(), P.county(), chains, P.operator(),
                P.enclave(), P.targetIds(), hosts, links, established, recognised, P.services()));
        return SAMPLE.toBuilder().platforms(list).build();
    }

    @Test
    void theSamplesPlatformsAreValid() {
        assertThat(P.hosts()).hasSize(2);
        assertThat(found(SAMPLE)).isEmpty();
    }

    @Test
    void recognisedOnTheDayItWasSetUpOrLaterButNotBefore() {
        LocalDate set = LocalDate.of(2021, 5, 10);
        assertThat(found(with(P.hosts(), P.linkIds(), set, set))).isEmpty();
        assertThat(found(with(P.hosts(), P.linkIds(), set, set.plusDays(1)))).isEmpty();
        assertThat(found(with(P.hosts(), P.linkIds(), set, set.minusDays(1))))
                .containsExactly("ERROR CV-1013 platforms[0].recognisedOn");
        assertThat(found(with(P.hosts(), P.linkIds(), null, set.minusDays(1)))).isEmpty();
        assertThat(found(with(P.hosts(), P.linkIds(), set, null))).isEmpty();
        CountyDataset reversed = with(P.hosts(), P.linkIds(), set, set.minusDays(1));
        assertThat(Fixtures.VALIDATOR.validate(reversed, Locale.SIMPLIFIED_CHINESE).violations())
                .filteredOn(v -> v.code().equals("CV-1013")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("认定日期2021-05-09早于成立日期2021-05-10"));
        assertThat(Fixtures.VALIDATOR.validate(reversed, Locale.ENGLISH).violations())
                .filteredOn(v -> v.code().equals("CV-1013")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("recognised on 2021-05-09 before it was set up on "
                        + "2021-05-10"));
    }

    @Test
    void eachHostsCreditCodeIsCheckedAndGivenOnce() {
        CreditCode code = P.hosts().get(0).creditCode();
        List<HostOrganisation> twice = List.of(P.hosts().get(0), new HostOrganisation("另一名称（样例）", code));
        assertThat(found(with(twice, P.linkIds(), null, null)))
                .containsExactly("ERROR CV-1014 platforms[0].hosts[1].creditCode");
        String v = code.value();
        String wrongCheck = v.substring(0, 17) + (v.charAt(17) == '0' ? '1' : '0');
        List<HostOrganisation> mistyped = List.of(new HostOrganisation("某公司", CreditCode.parseLenient(wrongCheck)));
        assertThat(found(with(mistyped, P.linkIds(), null, null)))
                .singleElement().asString().contains(" CV-01").endsWith("platforms[0].hosts[0].creditCode");
    }

    @Test
    void theLinksServedAreOnTheMapOfOneOfItsChains() {
        assertThat(found(with(P.hosts(), List.of("shoe-materials", "no-such-link"), null, null)))
                .containsExactly("ERROR CV-0703 platforms[0].linkIds[1]");
        // Serving no chain in particular: any chain's map will do.
        assertThat(found(with(List.of(), P.hosts(), List.of("recycling"), null, null))).isEmpty();
        assertThat(found(with(List.of(), P.hosts(), List.of("nowhere"), null, null)))
                .containsExactly("ERROR CV-0703 platforms[0].linkIds[0]");
        // An unknown chain is reported as such, not its links.
        assertThat(found(with(List.of("no-such-chain"), P.hosts(), List.of("nowhere"), null, null)))
                .containsExactly("ERROR CV-0702 platforms[0].chainIds[0]");
    }
}
