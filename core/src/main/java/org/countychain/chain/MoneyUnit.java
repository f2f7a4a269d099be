package org.countychain.chain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.countychain.BilingualLabelled;
import org.countychain.BilingualText;

/**
 * The unit a county states an amount in (金额单位): 元, 万元 or 亿元. The model keeps amounts in yuan; the unit says how
 * the county shows them, so reports and summaries print {@code 120.50亿元} where the county wrote 亿元.
 *
 * @since 0.2.0
 */
public enum MoneyUnit implements BilingualLabelled {
    /** 元. */
    YUAN("元", "yuan", 0),
    /** 万元: ten thousand yuan. */
    TEN_THOUSAND_YUAN("万元", "10k yuan", 4),
    /** 亿元: a hundred million yuan. */
    HUNDRED_MILLION_YUAN("亿元", "100M yuan", 8);

    private final BilingualText text;
    private final int powerOfTen;

    MoneyUnit(String label, String english, int powerOfTen) {
        this.text = new BilingualText(label, english);
        this.powerOfTen = powerOfTen;
    }

    @Override
    public BilingualText text() {
        return text;
    }

    /**
     * An amount in yuan expressed in this unit, rounded half-up to two decimals ({@code 12050000000} is
     * {@code 120.50} 亿元).
     *
     * @param yuan the amount in yuan
     * @return the amount in this unit
     */
    public BigDecimal fromYuan(BigDecimal yuan) {
        return yuan.movePointLeft(powerOfTen).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * An amount in yuan as text in this unit with the unit's label: {@code 120.50亿元}.
     *
     * @param yuan the amount in yuan
     * @return the text
     */
    public String format(BigDecimal yuan) {
        return fromYuan(yuan).toPlainString() + label();
    }
}
