package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.countychain.enterprise.HighTechCertificate;
import org.countychain.rules.model.CertificateValidity;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The allocation-free validity tests agree with {@link HighTechCertificate}'s own date logic. */
class CertificateValidityTest {
    @Property(tries = 2000)
    void sameAsTheCertificatesOwnTests(@ForAll @IntRange(min = 0, max = 3000) int issuedDay,
                                       @ForAll @IntRange(min = -400, max = 1500) int length,
                                       @ForAll @IntRange(min = 2020, max = 2028) int year) {
        LocalDate issued = LocalDate.of(2020, 1, 1).plusDays(issuedDay);
        HighTechCertificate c = new HighTechCertificate("GR", issued, issued.plusDays(length));
        assertThat(CertificateValidity.ANY_DAY.test(c, year)).isEqualTo(c.isValidDuring(year));
        assertThat(CertificateValidity.YEAR_END.test(c, year)).isEqualTo(c.isValidOn(LocalDate.of(year, 12, 31)));
        assertThat(CertificateValidity.WHOLE_YEAR.test(c, year)).isEqualTo(c.isValidThroughout(year));
    }
}
