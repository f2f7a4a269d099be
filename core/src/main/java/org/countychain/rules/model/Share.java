package org.countychain.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.jspecify.annotations.Nullable;

/**
 * A part of a whole (占比), kept exact: the two amounts or counts, with the percentage computed only when asked
 * for, in {@link BigDecimal} (never {@code double}). Used as an evidence value (rendered as the percentage with
 * two decimals) and for coverage figures.
 *
 * @param part  the part
 * @param whole the whole
 * @since 0.1.0
 */
public record Share(BigDecimal part, BigDecimal whole) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Decimals tried beyond the amounts' own digits before giving up on telling a figure from its reference. */
    private static final int MAX_DECIMALS = 12;

    /**
     * Checks the invariants.
     */
    public Share {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
    }

    /**
     * A share of counts.
     *
     * @param part  the part
     * @param whole the whole
     * @return the share
     */
    public static Share of(long part, long whole) {
        return new Share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /**
     * A share of amounts.
     *
     * @param part  the part
     * @param whole the whole
     * @return the share
     */
    public static Share of(BigDecimal part, BigDecimal whole) {
        return new Share(part, whole);
    }

    /**
     * Whether the share is defined (the whole is not zero).
     *
     * @return true when a percentage can be given
     */
    @JsonIgnore
    public boolean isDefined() {
        return whole.signum() != 0;
    }

    /**
     * The percentage, rounded half-even to two decimals ({@code 33.33} for 1 of 3).
     *
     * @return the percentage, or {@code null} when the whole is zero
     */
    public @Nullable BigDecimal percent() {
        return percent(2);
    }

    /**
     * The percentage, rounded half-even to the given number of decimals.
     *
     * @param scale decimals
     * @return the percentage, or {@code null} when the whole is zero
     */
    public @Nullable BigDecimal percent(int scale) {
        return isDefined() ? part.multiply(HUNDRED).divide(whole, scale, RoundingMode.HALF_EVEN) : null;
    }

    /**
     * The percentage as plain text, with at least two decimals and as many more as it takes for the figure shown
     * to compare with {@code referencePercent} as the exact share does. A share one cent above 5% of a revenue of
     * 100,000,000 yuan is {@code 5.00000001} against 5, not {@code 5.00}; one exactly at 5% is {@code 5.00}; one
     * of a third is {@code 33.33} against 5. Rounding is half-even.
     *
     * @param referencePercent the percentage the figure is read against, such as a rule's threshold {@code 5}
     * @return the percentage, or {@code null} when the whole is zero
     * @since 0.1.0
     */
    public @Nullable String percentText(BigDecimal referencePercent) {
        Objects.requireNonNull(referencePercent, "referencePercent");
        if (!isDefined()) {
            return null;
        }
        BigDecimal hundredfold = part.multiply(HUNDRED);
        int exact = Integer.signum(hundredfold.compareTo(whole.multiply(referencePercent)));
        int limit = MAX_DECIMALS + Math.max(0, part.scale()) + Math.max(0, whole.precision());
        for (int scale = 2; scale < limit; scale++) {
            BigDecimal shown = hundredfold.divide(whole, scale, RoundingMode.HALF_EVEN);
            if (Integer.signum(shown.compareTo(referencePercent)) == exact) {
                return shown.toPlainString();
            }
        }
        return hundredfold.divide(whole, Math.max(2, limit), RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Compares the share with a percentage, exactly ({@code part × 100} against {@code whole × percent}, without
     * division).
     *
     * @param percent the percentage
     * @return negative, zero or positive as the share is below, at or above {@code percent}%
     * @throws IllegalStateException when the whole is zero
     * @since 0.1.0
     */
    public int compareToPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (!isDefined()) {
            throw new IllegalStateException("a share of a zero whole has no percentage");
        }
        return Integer.signum(part.multiply(HUNDRED).compareTo(whole.multiply(percent)));
    }

    /**
     * The percentage as plain text, or an empty string when the whole is zero.
     *
     * @return for example {@code 5.01}
     */
    @Override
    public String toString() {
        BigDecimal p = percent();
        return p == null ? "" : p.toPlainString();
    }
}
