package org.countychain.validation.internal;

import org.countychain.enterprise.HighTechCertificate;
import org.countychain.validation.constraints.ValidHighTechCertificate;

/**
 * {@link ValidHighTechCertificate}: dates ordered, valid for at most three years. A certificate without its last
 * valid day has nothing to check: the day is derived from the issue date.
 */
public final class ValidHighTechCertificateValidator
        extends ReportingValidator<ValidHighTechCertificate, HighTechCertificate> {
    private static final String K = "ValidHighTechCertificate.";

    @Override
    protected void findProblems(HighTechCertificate c, Report report) {
        if (c.validUntil() == null) {
            return;
        }
        if (c.issuedOn().isAfter(c.validUntil())) {
            report.add(Templates.pieces(K + "datesReversed", c.issuedOn(), c.validUntil()), "issuedOn");
        } else if (c.validUntil().isAfter(c.issuedOn().plusYears(3))) {
            report.add(Templates.pieces(K + "longerThanThreeYears", c.issuedOn(), c.validUntil()), "validUntil");
        }
    }
}
