package org.countychain.rules.model;

import org.countychain.BilingualLabelled;
import org.countychain.BilingualText;

/**
 * Why R7 recommends an enterprise first for provincial S&amp;T plan projects.
 *
 * @since 0.1.0
 */
public enum PriorityReason implements BilingualLabelled {
    /** 研发费用占营业收入比重高于阈值 (高于5%, strict). */
    RD_RATIO("研发费用占营业收入比重高于阈值", "R&D expense share of revenue above the threshold"),
    /** 年度自主研发费用达到阈值 (2000万元以上, inclusive). */
    SELF_FUNDED_RD("年度自主研发费用达到阈值", "self-funded R&D at or above the threshold");

    private final BilingualText text;

    PriorityReason(String label, String english) {
        this.text = new BilingualText(label, english);
    }

    @Override
    public BilingualText text() {
        return text;
    }
}
