package org.countychain.export.model;

import java.util.Optional;

import org.countychain.Labelled;

/**
 * An appendix of the notice's lists for the report's chain that a caller can switch on (附件清单).
 *
 * @since 0.1.0
 */
public enum NoticeAppendix implements Labelled {
    /** R5: the one-on-one service list (“一对一”“点对点”服务清单). */
    SERVICE("service", "“一对一”“点对点”服务企业清单"),
    /** R7: enterprises recommended first for provincial S&amp;T plan projects (优先推荐清单). */
    PRIORITY("priority", "优先推荐申报省级科技计划项目企业清单"),
    /** R8: R&amp;D statistics anomalies (研发统计数据异常清单). */
    ANOMALIES("anomalies", "研发统计数据异常企业清单"),
    /** R11: above-scale S&amp;T enterprises to cultivate into high-tech enterprises (高新技术企业培育清单). */
    CULTIVATION("cultivation", "高新技术企业培育清单"),
    /**
     * R4: the bottlenecks of the chain's map that no technology demand, challenge task or platform is aimed at
     * (尚无攻关力量的断点、堵点、难点).
     *
     * @since 0.2.0
     */
    BOTTLENECKS("bottlenecks", "尚无攻关力量的断点堵点难点清单"),
    /**
     * R13: the S&amp;T commissioner teams serving the chain (科技特派团), with how each was formed, its period of
     * service, leader and members with their titles and whether they are S&amp;T commissioners, its challenge tasks
     * and its results with their post-subsidies.
     *
     * @since 0.2.0
     */
    TEAMS("teams", "科技特派团服务情况表"),
    /**
     * R11: the chain's high-tech enterprises valid in the report's year, which the notice has the bureau visit once
     * (高新技术企业入企普查服务清单), with the certificate number, its issue date and last valid day, and the service
     * contact with the contact's role and whether the contact is a person of a talent team.
     *
     * @since 0.2.0
     */
    HIGH_TECH_VISITS("visits", "高新技术企业入企普查服务清单"),
    /**
     * The chain as the county describes it (产业链基本情况): its full name, whether it is a pilot chain, its industry
     * class, and its scale by year (output value in the unit the county states it, enterprises, above-scale ones).
     *
     * @since 0.2.0
     */
    CHAIN("chain", "基本情况表"),
    /**
     * R10: the innovation platforms serving the chain (创新平台), with their type and level, host organisations and
     * credit codes, the links of the chain they serve, when they were set up and recognised, their services and the
     * bottlenecks they are aimed at.
     *
     * @since 0.2.0
     */
    PLATFORMS("platforms", "创新平台情况表"),
    /**
     * R4: the major S&amp;T achievements for the chain (重大科技成果清单), with their owner, link, maturity (TRL) and
     * origin (省内/省外/境外) and the bottlenecks they are aimed at.
     *
     * @since 0.2.0
     */
    ACHIEVEMENTS("achievements", "重大科技成果清单"),
    /**
     * R12: the province's watch list of S&amp;T intermediaries with serious errors (严重失误科技中介服务机构名单), every
     * edition the data set keeps with its year, year of circulation, source and the reason for each entry, and
     * which edition is in force in the report's year. Not the chain's: its title does not name the chain.
     *
     * @since 0.2.0
     */
    WATCH_LIST("watchlist", "严重失误科技中介服务机构名单"),
    /**
     * R4: the chain's technology demands (技术需求清单), with their proposing enterprise, the bottlenecks or key
     * technologies they address, the investment the proposer plans in 万元 and the challenge tasks aimed at the same
     * bottlenecks with their status.
     *
     * @since 0.2.0
     */
    DEMANDS("demands", "技术需求清单");

    private final String id;
    private final String label;

    NoticeAppendix(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * The stable id used on command lines and in files, for example {@code service}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The appendix with an id, case-insensitive.
     *
     * @param id for example {@code priority}
     * @return the appendix, or empty
     */
    public static Optional<NoticeAppendix> byId(String id) {
        for (NoticeAppendix a : values()) {
            if (a.id.equalsIgnoreCase(id == null ? "" : id.strip()) || a.name().equalsIgnoreCase(String.valueOf(id))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
