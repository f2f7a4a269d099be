package org.countychain.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

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
    public BigDecimal percent() {
        return percent(2);
    }

    /**
     * The percentage, rounded half-even to the given number of decimals.
     *
     * @param scale decimals
     * @return the percentage, or {@code null} when the whole is zero
     */
    public BigDecimal percent(int scale) {
        return isDefined() ? part.multiply(HUNDRED).divide(whole, scale, RoundingMode.HALF_EVEN) : null;
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
