package org.countychain.chain;

import java.math.BigDecimal;

import org.countychain.internal.Checks;

/**
 * A chain's scale in one year (产业链规模): its output value and how many enterprises it has, as the county states
 * them. Money is yuan, as everywhere in the model; reports show it in 亿元.
 *
 * @param year                  the year
 * @param outputValue           产值, yuan, or {@code null} when not stated
 * @param enterprises           企业数: enterprises on the chain, or {@code null}
 * @param aboveScaleEnterprises 规上企业数: of them above scale, or {@code null}
 * @since 0.2.0
 */
public record ChainScale(int year, BigDecimal outputValue, Integer enterprises, Integer aboveScaleEnterprises) {
    /**
     * Checks the invariants: a plausible year, no negative figure.
     */
    public ChainScale {
        Checks.year(year, "year");
        Checks.nonNegative(outputValue, "outputValue");
        Checks.nonNegative(enterprises, "enterprises");
        Checks.nonNegative(aboveScaleEnterprises, "aboveScaleEnterprises");
    }
}
