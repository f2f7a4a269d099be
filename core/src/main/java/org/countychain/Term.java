package org.countychain;

/**
 * Names of things that problem messages mention (消息中的术语), so a message reads right in either language:
 * {@code 重复的年份：2024} and {@code duplicate year: 2024}. Exceptions carry these as arguments and render them
 * with {@link #displayName(java.util.Locale)}.
 *
 * @since 0.1.0
 */
public enum Term implements Labelled {
    /** 年份. */
    YEAR("年份"),
    /** 产业链编号. */
    CHAIN_ID("产业链编号"),
    /** 统一社会信用代码. */
    CREDIT_CODE("统一社会信用代码"),
    /** 团队编号. */
    TEAM_ID("团队编号"),
    /** 平台编号. */
    PLATFORM_ID("平台编号"),
    /** 技术需求编号. */
    DEMAND_ID("技术需求编号"),
    /** 科技成果编号. */
    ACHIEVEMENT_ID("科技成果编号"),
    /** 报告编号. */
    REPORT_ID("报告编号"),
    /** 模板条目编号. */
    ITEM_ID("模板条目编号"),
    /** 环节编号. */
    LINK_ID("环节编号"),
    /** 关键技术. */
    TECHNOLOGY("关键技术"),
    /** 卡点或关键技术编号: the id of a bottleneck or key technology of a chain map. */
    TARGET_ID("卡点或关键技术编号"),
    /** 县级单位. */
    COUNTY("县级单位"),
    /** 报送单位编号. */
    UNIT_ID("报送单位编号"),
    /** 招商需求编号. */
    NEED_ID("招商需求编号"),
    /** 行政区划代码. */
    DIVISION_CODE("行政区划代码"),
    /** 技术需求清单. */
    DEMAND_LIST("技术需求清单"),
    /** 科技成果清单. */
    ACHIEVEMENT_LIST("科技成果清单"),
    /**
     * 依托单位名称: the name of a platform's host organisation.
     *
     * @since 0.2.0
     */
    HOST_NAME("依托单位名称"),
    /**
     * 服务项目: a service a platform offers.
     *
     * @since 0.2.0
     */
    SERVICE("服务项目");

    private final String label;

    Term(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
