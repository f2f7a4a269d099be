package org.countychain.enterprise;

import org.countychain.Labelled;

/**
 * The incentives the notice asks bureaus to make enterprises use (惠企政策, R6).
 *
 * @since 0.1.0
 */
public enum Incentive implements Labelled {
    /** 高新技术企业所得税减免 (15% rate for high-tech enterprises). */
    HIGH_TECH_TAX_REDUCTION("高新技术企业所得税减免"),
    /** 研发费用税前加计扣除. */
    RD_SUPER_DEDUCTION("研发费用加计扣除"),
    /** 科技贷 (S&amp;T loans with provincial risk compensation). */
    TECH_LOAN("科技贷");

    private final String label;

    Incentive(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
