package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.rules.Fixtures.county;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.screen;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.json.CountyChainJson;
import org.countychain.json.LenientJsonReader;
import org.countychain.json.LenientRead;
import org.countychain.rules.model.CertificateValidity;
import org.countychain.rules.notice.R11HighTechRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A high-tech certificate without its last valid day: valid three years from the issue date, the issue day the first
 * (认定管理办法: 资格自颁发证书之日起有效期为三年), so the derived last day is the day before the third anniversary. The
 * strict and lenient readers both keep such a certificate, and R11's visit list and coverage count it by the derived
 * day; a stated day always wins.
 */
class DerivedCertificateValidityTest {
    private static Enterprise holder(int n, String issued) {
        return enterprise(n).highTechCertificate(new HighTechCertificate("GR" + n, LocalDate.parse(issued))).build();
    }

    @ParameterizedTest(name = "issued {0}: valid to {1}")
    @CsvSource({
        "2021-12-31, 2024-12-30",   // the year's last day: valid through 2024 but for its last day
        "2021-01-01, 2023-12-31",   // the year's first day: ends the year before
        "2021-12-01, 2024-11-30",
        "2020-02-29, 2023-02-27",   // 29 February: the anniversary in a common year is 28 February
        "2024-02-29, 2027-02-27",
        "2021-02-28, 2024-02-27",
        "2021-03-01, 2024-02-29",   // the day before the anniversary falls on a leap day
        "2023-03-01, 2026-02-28",
    })
    void theLastValidDayIsTheDayBeforeTheThirdAnniversary(LocalDate issued, LocalDate until) {
        HighTechCertificate c = new HighTechCertificate("GR1", issued);
        assertThat(c.validUntil()).isNull();
        assertThat(c.validUntilDerived()).isTrue();
        assertThat(c.effectiveValidUntil()).isEqualTo(until).isEqualTo(HighTechCertificate.derivedValidUntil(issued));
        assertThat(c.isValidOn(until)).isTrue();
        assertThat(c.isValidOn(until.plusDays(1))).isFalse();
        assertThat(c.isValidOn(issued)).isTrue();
        assertThat(c.isValidOn(issued.minusDays(1))).isFalse();
    }

    @Test
    void aStatedLastDayWins() {
        HighTechCertificate shorter = new HighTechCertificate("GR1", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30));
        assertThat(shorter.effectiveValidUntil()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(shorter.validUntilDerived()).isFalse();
        assertThat(shorter.isValidDuring(2023)).isFalse();
        // Stated to the anniversary itself, one day past the derived day: the stated day counts for 2024.
        HighTechCertificate longer = new HighTechCertificate("GR2", LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1));
        assertThat(longer.isValidDuring(2024)).isTrue();
        assertThat(new HighTechCertificate("GR2", LocalDate.of(2021, 1, 1)).isValidDuring(2024)).isFalse();
    }

    /** R11 for 2024: issued 2021-12-31 counts (to 2024-12-30), issued 2021-01-01 does not (to 2023-12-31). */
    @Test
    void theVisitListAndTheCoverageCountUseTheDerivedDay() {
        Enterprise stated = enterprise(3).highTechCertificate(new HighTechCertificate("GR3", LocalDate.of(2021, 1, 1),
                LocalDate.of(2024, 1, 1))).build();
        ScreeningResult r = screen(new R11HighTechRule(), county(holder(1, "2021-12-31"), holder(2, "2021-01-01"),
                stated));
        assertThat(r.highTechVisitList()).extracting(e -> e.certificate().number()).containsExactly("GR1", "GR3");
        assertThat(r.list(NoticeList.HIGH_TECH_VISITS)).extracting(f -> f.evidence().get("validUntil"))
                .containsExactly("2024-12-30", "2024-01-01");
        assertThat(r.findingsWithCode("R11-COVERAGE")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("highTechEnterprises", "2"));
        // Not valid on 31 December 2024 (the derived day is the 30th): R11 says the certificate runs out in the year.
        assertThat(r.findingsWithCode("R11-CERTIFICATE-EXPIRES")).extracting(f -> f.evidence().get("validUntil"))
                .contains("2024-12-30");
        assertThat(CertificateValidity.YEAR_END.holds(holder(1, "2021-12-31"), 2024)).isFalse();
        assertThat(CertificateValidity.WHOLE_YEAR.holds(holder(1, "2022-01-01"), 2024)).isTrue();
        assertThat(CertificateValidity.ANY_DAY.holds(holder(1, "2021-01-01"), 2023)).isTrue();
    }

    /** The strict and the lenient reader read a certificate without {@code validUntil} alike, and write it back alike. */
    @Test
    void bothReadersKeepACertificateWithoutItsLastDayAndWriteItBackWithout() {
        CountyDataset county = county(holder(1, "2021-12-31"));
        String json = CountyChainJson.defaults().writeToString(county);
        assertThat(json).contains("\"issuedOn\" : \"2021-12-31\"").doesNotContain("validUntil");
        CountyDataset strict = CountyChainJson.defaults().read(json, CountyDataset.class);
        LenientRead<CountyDataset> lenient = LenientJsonReader.defaults().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json", CountyDataset.class);
        assertThat(lenient.leftOut()).isEmpty();
        for (CountyDataset read : java.util.List.of(strict, lenient.value())) {
            HighTechCertificate c = read.enterprises().get(0).highTechCertificates().get(0);
            assertThat(c.validUntil()).isNull();
            assertThat(c.effectiveValidUntil()).isEqualTo(LocalDate.of(2024, 12, 30));
            assertThat(CountyChainJson.defaults().writeToString(read)).isEqualTo(json);
            assertThat(screen(new R11HighTechRule(), read).highTechVisitList()).hasSize(1);
        }
    }
}
