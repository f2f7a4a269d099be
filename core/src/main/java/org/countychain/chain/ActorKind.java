package org.countychain.chain;

import org.countychain.Labelled;

/**
 * What kind of actor works on a chain link (链上主体类型).
 *
 * @since 0.1.0
 */
public enum ActorKind implements Labelled {
    /** 企业. */
    ENTERPRISE("企业"),
    /** 高校. */
    UNIVERSITY("高校"),
    /** 科研院所. */
    RESEARCH_INSTITUTE("科研院所"),
    /** 创新平台. */
    PLATFORM("创新平台"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    ActorKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
