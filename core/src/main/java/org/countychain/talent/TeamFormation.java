package org.countychain.talent;

import org.countychain.Labelled;

/**
 * How a talent team was formed (团队组建方式).
 *
 * @since 0.2.0
 */
public enum TeamFormation implements Labelled {
    /** 揭榜挂帅: the team won an open call for a posted task. */
    CHALLENGE_LIST("揭榜挂帅"),
    /** 组团选派: the S&amp;T department selected and sent the team as a group. */
    GROUP_SELECTION("组团选派"),
    /** 双向选择: enterprises and commissioners chose each other. */
    TWO_WAY_SELECTION("双向选择"),
    /** 其他: another way, to be described in the team's name or results. */
    OTHER("其他");

    private final String label;

    TeamFormation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
