package org.countychain.talent;

import org.countychain.Labelled;

/**
 * How an S&amp;T commissioner team is organised (组团模式, R13).
 *
 * @since 0.1.0
 */
public enum TeamMode implements Labelled {
    /** 一业一团. */
    ONE_INDUSTRY_ONE_TEAM("一业一团"),
    /** 一链一团. */
    ONE_CHAIN_ONE_TEAM("一链一团");

    private final String label;

    TeamMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
