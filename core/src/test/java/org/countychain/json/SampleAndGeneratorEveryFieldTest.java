package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;

/**
 * The 晋江 sample and the synthetic generator exercise every field of the current format version, as the fixture
 * county does: a field no sample fills is a field no demo, benchmark or integrator's test ever sees.
 */
class SampleAndGeneratorEveryFieldTest {
    @Test
    void theJinjiangSampleSetsEveryFieldOfTheNewTypes() {
        // Every new field, the report's subtitle and 三.3's caption as the county writes them included.
        List<String> expected = new ArrayList<>(EveryFieldCounty.NEW_FIELDS);
        assertThat(expected).contains("ResearchReport.subtitle", "ResearchReport.unitTableCaption");
        assertThat(EveryFieldCounty.componentsSet(SampleCounty.jinjiang())).containsAll(expected);
        // What version 2 lets a document leave out, left out somewhere: E31's certificate, issued 2024-07-01 and
        // copied from the recognition announcement without its last valid day, which is derived.
        assertThat(EveryFieldCounty.componentsLeftOut(SampleCounty.jinjiang()))
                .containsAll(EveryFieldCounty.LEFT_OUT_FIELDS);
        assertThat(certificates(SampleCounty.jinjiang().enterprises())).filteredOn(HighTechCertificate::validUntilDerived)
                .singleElement().satisfies(c -> {
                    assertThat(c.number()).isEqualTo("GR202435000105");
                    assertThat(c.effectiveValidUntil()).isEqualTo(java.time.LocalDate.of(2027, 6, 30));
                });
        // The city-level team: 晋江's chain and 石狮's.
        assertThat(SampleCounty.jinjiang().teams()).filteredOn(t -> !t.otherChains().isEmpty()).singleElement()
                .satisfies(t -> assertThat(t.otherChains()).extracting(r -> r.toString())
                        .containsExactly("350581:350581-apparel"));
    }

    @Test
    void theSyntheticProvinceSetsEveryFieldOfTheNewTypes() {
        ProvinceDataset p = SyntheticProvince.generate(7L, 2_000);
        EveryFieldCounty.assertEveryComponentSet(p);
        // Certificates with and without their last valid day; derived or stated, the day is issue + 3 years - 1.
        List<HighTechCertificate> certificates = certificates(p.counties().stream()
                .flatMap(c -> c.enterprises().stream()).toList());
        assertThat(certificates).filteredOn(HighTechCertificate::validUntilDerived).isNotEmpty()
                .hasSizeLessThan(certificates.size() / 5);
        assertThat(certificates).filteredOn(c -> !c.validUntilDerived()).hasSizeGreaterThan(certificates.size() / 2);
        assertThat(certificates).allSatisfy(c -> assertThat(c.effectiveValidUntil())
                .isEqualTo(HighTechCertificate.derivedValidUntil(c.issuedOn())));
        // Each city's first county's theme-chain team serves the theme chain of the city's third county as well,
        // under 一业一团 (R13 does not flag it), and that chain exists.
        java.util.Set<String> chains = new java.util.HashSet<>();
        p.counties().forEach(c -> c.chains().forEach(ch -> chains.add(ch.county().value() + ":" + ch.id())));
        List<org.countychain.talent.TalentTeam> cityLevel = p.counties().stream().flatMap(c -> c.teams().stream())
                .filter(t -> !t.otherChains().isEmpty()).toList();
        assertThat(cityLevel).isNotEmpty().allSatisfy(t -> {
            assertThat(t.mode()).isEqualTo(org.countychain.talent.TeamMode.ONE_INDUSTRY_ONE_TEAM);
            assertThat(t.otherChains()).allSatisfy(r -> assertThat(chains).contains(r.toString()));
        });
    }

    private static List<HighTechCertificate> certificates(List<Enterprise> enterprises) {
        return enterprises.stream().flatMap(e -> e.highTechCertificates().stream()).toList();
    }
}
