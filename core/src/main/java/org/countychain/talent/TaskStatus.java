package org.countychain.talent;

import org.countychain.Labelled;

/**
 * The state of a challenge task (揭榜挂帅任务状态).
 *
 * @since 0.1.0
 */
public enum TaskStatus implements Labelled {
    /** 张榜. */
    OPEN("张榜"),
    /** 已揭榜. */
    TAKEN("已揭榜"),
    /** 攻关中. */
    IN_PROGRESS("攻关中"),
    /** 已完成. */
    COMPLETED("已完成"),
    /** 未完成. */
    FAILED("未完成");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
