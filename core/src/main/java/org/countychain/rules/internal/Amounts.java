package org.countychain.rules.internal;

import java.math.BigDecimal;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.jspecify.annotations.Nullable;

/**
 * Exact comparisons of shares without division, and year look-ups without allocation, for the rules' hot
 * loops. Internal: not part of the API.
 */
public final class Amounts {
    private Amounts() {
    }

    /**
     * Whether {@code part / whole} is strictly above {@code percent}%: {@code part × 100 > whole × percent}.
     *
     * @param part    the part
     * @param whole   the whole
     * @param percent the percentage
     * @return the comparison, exact
     */
    public static boolean above(BigDecimal part, BigDecimal whole, BigDecimal percent) {
        return compare(part, whole, percent) > 0;
    }

    /**
     * Whether {@code part / whole} is at least {@code percent}%: {@code part × 100 ≥ whole × percent}.
     *
     * @param part    the part
     * @param whole   the whole
     * @param percent the percentage
     * @return the comparison, exact
     */
    public static boolean atLeast(BigDecimal part, BigDecimal whole, BigDecimal percent) {
        return compare(part, whole, percent) >= 0;
    }

    /**
     * Compares {@code part × 100} with {@code whole × percent}, exactly. Doubles decide when the two sides are
     * clearly apart (they are within a relative 1e-12 of the exact values for any amount a ledger holds), without
     * allocating; {@code BigDecimal} decides every close call, so the boundary — exactly 5%, or one cent above —
     * is always exact.
     */
    private static int compare(BigDecimal part, BigDecimal whole, BigDecimal percent) {
        double left = part.doubleValue() * 100;
        double right = whole.doubleValue() * percent.doubleValue();
        double margin = 1e-9 * Math.max(Math.abs(left), Math.abs(right));
        if (!Double.isInfinite(left) && !Double.isInfinite(right)) {
            if (left > right + margin) {
                return 1;
            }
            if (left < right - margin) {
                return -1;
            }
        }
        return part.scaleByPowerOfTen(2).compareTo(whole.multiply(percent));
    }

    /**
     * Whether an amount is present and zero.
     *
     * @param v the amount
     * @return true for a reported zero
     */
    public static boolean isZero(@Nullable BigDecimal v) {
        return v != null && v.signum() == 0;
    }

    /**
     * The figures of a year, or {@code null}: like {@link Enterprise#year(int)} without the {@code Optional}.
     *
     * @param e    the enterprise
     * @param year the year
     * @return the figures, or {@code null} when the year is not reported
     */
    public static @Nullable AnnualRdFigures year(Enterprise e, int year) {
        var years = e.years();
        for (int i = years.size() - 1; i >= 0; i--) {
            AnnualRdFigures f = years.get(i);
            if (f.year() == year) {
                return f;
            }
        }
        return null;
    }
}
