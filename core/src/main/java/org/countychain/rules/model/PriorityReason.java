package org.countychain.rules.model;

import java.util.Locale;

import org.countychain.Labelled;
import org.countychain.internal.BilingualText;

/**
 * Why R7 recommends an enterprise first for provincial S&amp;T plan projects.
 *
 * @since 0.1.0
 */
public enum PriorityReason implements Labelled {
    /** 研发费用占营业收入比重高于阈值 (高于5%, strict). */
    RD_RATIO("研发费用占营业收入比重高于阈值", "R&D expense share of revenue above the threshold"),
    /** 年度自主研发费用达到阈值 (2000万元以上, inclusive). */
    SELF_FUNDED_RD("年度自主研发费用达到阈值", "self-funded R&D at or above the threshold");

    private final BilingualText name;

    PriorityReason(String label, String english) {
        this.name = new BilingualText(label, english);
    }

    @Override
    public String label() {
        return name.chinese();
    }

    @Override
    public String displayName(Locale locale) {
        return name.in(locale);
    }
}
