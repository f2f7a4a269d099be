package org.countychain.enterprise;

import java.time.LocalDate;

import org.countychain.internal.Checks;

/**
 * A high-tech enterprise certificate (高新技术企业证书), valid for three years from its issue date. Whether the
 * dates are ordered is a validation question, not a construction invariant, so such data can still be read.
 *
 * @param number     the certificate number, for example {@code GR202335000123}
 * @param issuedOn   the issue date
 * @param validUntil the last day it is valid
 * @since 0.1.0
 */
public record HighTechCertificate(String number, LocalDate issuedOn, LocalDate validUntil) {
    /**
     * Checks the invariants.
     */
    public HighTechCertificate {
        number = Checks.requiredText(number, "number");
        Checks.required(issuedOn, "issuedOn");
        Checks.required(validUntil, "validUntil");
    }

    /**
     * Whether the certificate is valid on a day.
     *
     * @param day the day
     * @return true when {@code issuedOn <= day <= validUntil}
     */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(validUntil);
    }

    /**
     * Whether the certificate is valid on at least one day of a year.
     *
     * @param year the year
     * @return true when its validity overlaps the year
     */
    public boolean isValidDuring(int year) {
        return !issuedOn.isAfter(LocalDate.of(year, 12, 31)) && !validUntil.isBefore(LocalDate.of(year, 1, 1));
    }

    /**
     * Whether the certificate is valid on every day of a year.
     *
     * @param year the year
     * @return true when it covers 1 January to 31 December
     */
    public boolean isValidThroughout(int year) {
        return isValidOn(LocalDate.of(year, 1, 1)) && isValidOn(LocalDate.of(year, 12, 31));
    }
}
