package org.countychain.enterprise;

import java.time.LocalDate;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A high-tech enterprise certificate (高新技术企业证书), valid for three years from its issue date
 * (高新技术企业认定管理办法: 资格自颁发证书之日起有效期为三年). Whether the dates are ordered is a validation question,
 * not a construction invariant, so such data can still be read.
 *
 * <p>The last valid day may be left out: it is then derived from the issue date ({@link #effectiveValidUntil()}),
 * and every rule, count and list uses the derived day as it would a stated one.
 *
 * @param number     the certificate number, for example {@code GR202335000123}
 * @param issuedOn   the issue date
 * @param validUntil the last day it is valid as the certificate states it, or {@code null} when not stated (see
 *                   {@link #effectiveValidUntil()})
 * @since 0.1.0
 */
public record HighTechCertificate(String number, LocalDate issuedOn, @Nullable LocalDate validUntil) {
    /** How long a certificate is valid (有效期三年). */
    private static final int VALID_YEARS = 3;

    /**
     * Checks the invariants.
     */
    public HighTechCertificate {
        number = Checks.requiredText(number, "number");
        Checks.required(issuedOn, "issuedOn");
    }

    /**
     * A certificate whose last valid day is not stated, derived from its issue date.
     *
     * @param number   the certificate number
     * @param issuedOn the issue date
     * @since 0.2.0
     */
    public HighTechCertificate(String number, LocalDate issuedOn) {
        this(number, issuedOn, null);
    }

    /**
     * The last day the certificate is valid: {@link #validUntil()} when stated, else derived from the issue date
     * ({@link #derivedValidUntil(LocalDate)}).
     *
     * @return the last valid day, stated or derived
     * @since 0.2.0
     */
    public LocalDate effectiveValidUntil() {
        return validUntil != null ? validUntil : derivedValidUntil(issuedOn);
    }

    /**
     * Whether the last valid day is derived from the issue date rather than stated.
     *
     * @return true when {@link #validUntil()} is {@code null}
     * @since 0.2.0
     */
    public boolean validUntilDerived() {
        return validUntil == null;
    }

    /**
     * The last valid day of a certificate issued on a day: three years counted from the issue day, that day the
     * first, so the day before the third anniversary (issued 2021-12-31: valid to 2024-12-30; issued 2021-01-01:
     * valid to 2023-12-31). The third anniversary of 29 February in a common year is 28 February, the month's last
     * day (as {@link LocalDate#plusYears(long)} and 民法典 第二百零二条 take it), so a certificate issued 2020-02-29 is
     * valid to 2023-02-27: the derived day never claims a day the certificate may not cover.
     *
     * @param issuedOn the issue date
     * @return {@code issuedOn.plusYears(3).minusDays(1)}
     * @since 0.2.0
     */
    public static LocalDate derivedValidUntil(LocalDate issuedOn) {
        return issuedOn.plusYears(VALID_YEARS).minusDays(1);
    }

    /**
     * Whether the certificate is valid on a day.
     *
     * @param day the day
     * @return true when {@code issuedOn <= day <= effectiveValidUntil()}
     */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(effectiveValidUntil());
    }

    /**
     * Whether the certificate is valid on at least one day of a year.
     *
     * @param year the year
     * @return true when its validity overlaps the year
     */
    public boolean isValidDuring(int year) {
        return !issuedOn.isAfter(LocalDate.of(year, 12, 31)) && !effectiveValidUntil().isBefore(LocalDate.of(year, 1, 1));
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
