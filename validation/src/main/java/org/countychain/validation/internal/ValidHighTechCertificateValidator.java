package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.enterprise.HighTechCertificate;
import org.countychain.validation.constraints.ValidHighTechCertificate;

/**
 * {@link ValidHighTechCertificate}: dates ordered, valid for at most three years.
 */
public final class ValidHighTechCertificateValidator
        implements ConstraintValidator<ValidHighTechCertificate, HighTechCertificate> {
    private static final String K = "ValidHighTechCertificate.";
    private boolean detailed;

    @Override
    public void initialize(ValidHighTechCertificate annotation) {
        detailed = Report.isDefault(annotation.message(), "ValidHighTechCertificate");
    }

    @Override
    public boolean isValid(HighTechCertificate c, ConstraintValidatorContext context) {
        if (c == null) {
            return true;
        }
        if (c.issuedOn().isAfter(c.validUntil())) {
            new Report(context, detailed).add(Templates.pieces(K + "datesReversed", c.issuedOn(), c.validUntil()),
                    "issuedOn");
            return false;
        }
        if (c.validUntil().isAfter(c.issuedOn().plusYears(3))) {
            new Report(context, detailed).add(Templates.pieces(K + "longerThanThreeYears", c.issuedOn(),
                    c.validUntil()), "validUntil");
            return false;
        }
        return true;
    }
}
