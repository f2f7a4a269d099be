package org.countychain.chain;

import org.countychain.Labelled;

/**
 * Where an achievement comes from, seen from Fujian (成果来源): the notice welcomes achievements from outside the
 * province as well as from inside it.
 *
 * @since 0.2.0
 */
public enum AchievementOrigin implements Labelled {
    /** 省内: owned by a university, institute or enterprise in Fujian. */
    IN_PROVINCE("省内"),
    /** 省外: owned in another province, region or municipality of China. */
    OUT_OF_PROVINCE("省外"),
    /** 境外: owned outside the mainland (abroad, or Hong Kong, Macao, Taiwan). */
    ABROAD("境外");

    private final String label;

    AchievementOrigin(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
