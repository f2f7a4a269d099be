package org.countychain.export.excel;

import java.util.List;

/**
 * A column of an enterprise list (企业名单的列): its standard Chinese header, the synonyms an importer also
 * accepts, and the kind of value it holds. One row is one enterprise and one reporting year; rows with the same
 * credit code are one enterprise with several years.
 *
 * <p>Money columns are in yuan unless their header names a unit: {@code 营业收入（万元）}, {@code 研发费用(千元)},
 * {@code 营业收入/元}. A title row above the header such as {@code 单位：万元} sets the unit of the money columns
 * whose header names none.
 *
 * @since 0.1.0
 */
public enum EnterpriseColumn {
    /** 统一社会信用代码 (required). */
    CREDIT_CODE("统一社会信用代码", Kind.CREDIT_CODE, true, "信用代码", "社会信用代码", "统一代码", "统一社会信用代码（组织机构代码）"),
    /** 企业名称 (required). */
    NAME("企业名称", Kind.TEXT, true, "单位名称", "企业（单位）名称", "单位详细名称", "名称"),
    /** 所在县（市、区）: a county-level division's name or six-digit code (required). */
    COUNTY("所在县（市、区）", Kind.DIVISION, true, "县（市、区）", "所在县区", "县区", "所在地区", "行政区划", "行政区划代码",
            "区划代码"),
    /** 行业代码: GB/T 4754 class. */
    INDUSTRY_CODE("行业代码", Kind.TEXT, false, "国民经济行业代码", "行业分类代码", "国民经济行业分类"),
    /** 产业链编号: chain ids separated by {@code ；}, {@code ;} or {@code 、}. */
    CHAIN_IDS("产业链编号", Kind.LIST, false, "产业链", "所属产业链"),
    /** 是否规上: 是/否. */
    ABOVE_SCALE("是否规上企业", Kind.YES_NO, false, "是否规上", "规上企业", "规模以上"),
    /** 是否制造业: 是/否. */
    MANUFACTURING("是否制造业", Kind.YES_NO, false, "制造业"),
    /** 是否科技型中小企业: 是/否. */
    SCIENCE_TECH_SME("是否科技型中小企业", Kind.YES_NO, false, "科技型中小企业", "是否科技型企业"),
    /** 注册日期. */
    REGISTERED_ON("注册日期", Kind.DATE, false, "成立日期", "注册时间", "成立时间"),
    /** 年度: the reporting year of the figures on the row. */
    YEAR("年度", Kind.YEAR, false, "年份", "统计年度", "报告年度"),
    /** 营业收入. */
    OPERATING_REVENUE("营业收入", Kind.MONEY, false, "营业收入合计", "主营业务收入"),
    /** 研发费用. */
    RD_EXPENSE("研发费用", Kind.MONEY, false, "R&D经费内部支出", "研发费用合计", "研究开发费用",
            "研究开发费用合计", "研发投入", "R&D经费支出"),
    /** 自主研发费用 (R7). */
    SELF_FUNDED_RD_EXPENSE("自主研发费用", Kind.MONEY, false, "自筹研发经费", "企业自筹研发经费"),
    /** 境内研发费用. */
    DOMESTIC_RD_EXPENSE("境内研发费用", Kind.MONEY, false, "在中国境内发生的研发费用"),
    /** 高新技术产品（服务）收入. */
    HIGH_TECH_PRODUCT_REVENUE("高新技术产品（服务）收入", Kind.MONEY, false, "高新技术产品收入"),
    /** 职工总数. */
    EMPLOYEES("职工总数", Kind.COUNT, false, "从业人员", "从业人员数", "职工人数", "从业人员期末人数"),
    /** 科技人员数. */
    SCIENCE_TECH_STAFF("科技人员数", Kind.COUNT, false, "科技人员", "研发人员数"),
    /** 有效发明专利数. */
    INVENTION_PATENTS("有效发明专利数", Kind.COUNT, false, "发明专利", "发明专利数", "拥有有效发明专利数"),
    /** 核心自主知识产权数. */
    CORE_IP_COUNT("核心自主知识产权数", Kind.COUNT, false, "核心知识产权数"),
    /** 研发机构名称: names separated by {@code ；}. */
    RD_INSTITUTION_NAMES("研发机构名称", Kind.LIST, false, "研发机构"),
    /** 研发机构级别: one level per institution name, separated by {@code ；}. */
    RD_INSTITUTION_LEVELS("研发机构级别", Kind.LIST, false, "研发机构认定级别"),
    /** 是否建立研发辅助帐: 是/否. */
    AUXILIARY_LEDGER("是否建立研发辅助帐", Kind.YES_NO, false, "研发辅助帐", "研发辅助账", "是否建立研发辅助账"),
    /** 是否建立研发准备金制度: 是/否. */
    RD_RESERVE_FUND("是否建立研发准备金制度", Kind.YES_NO, false, "研发准备金制度"),
    /** 科技部门立项数. */
    SCIENCE_DEPARTMENT_PROJECTS("科技部门立项数", Kind.COUNT, false, "科技项目数", "科技部门立项项目数"),
    /** 高新技术企业证书编号. */
    HIGH_TECH_CERTIFICATE_NUMBER("高新技术企业证书编号", Kind.TEXT, false, "高企证书编号"),
    /** 高新技术企业证书发证日期. */
    HIGH_TECH_CERTIFICATE_ISSUED_ON("高企证书发证日期", Kind.DATE, false, "发证日期"),
    /** 高新技术企业证书有效期至. */
    HIGH_TECH_CERTIFICATE_VALID_UNTIL("高企证书有效期至", Kind.DATE, false, "有效期至"),
    /**
     * 行业名称: the industry class's name as the county writes it, beside the code.
     *
     * @since 0.2.0
     */
    INDUSTRY_NAME("行业名称", Kind.TEXT, false, "国民经济行业名称", "行业类别名称", "所属行业名称"),
    /**
     * 是否工业企业: 是/否, empty to derive it from the industry code (sections B, C, D).
     *
     * @since 0.2.0
     */
    INDUSTRIAL("是否工业企业", Kind.YES_NO, false, "是否工业", "工业企业"),
    /**
     * 注册地址.
     *
     * @since 0.2.0
     */
    REGISTERED_ADDRESS("注册地址", Kind.TEXT, false, "注册地", "住所", "企业注册地址"),
    /**
     * 当年是否规上: whether the enterprise was above scale in the row's year (是/否), empty when the year has no
     * status of its own and {@link #ABOVE_SCALE} applies.
     *
     * @since 0.2.0
     */
    YEAR_ABOVE_SCALE("当年是否规上", Kind.YES_NO, false, "本年是否规上", "当年规上", "年度是否规上");

    /**
     * What a column holds.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Text. */
        TEXT,
        /** A credit code. */
        CREDIT_CODE,
        /** A county-level division's name or code. */
        DIVISION,
        /** Several values separated by {@code ；}, {@code ;} or {@code 、}. */
        LIST,
        /** 是 or 否 (also Y/N, true/false, 1/0). */
        YES_NO,
        /** A date: a date cell or {@code 2024-01-31}, {@code 2024/1/31}, {@code 2024年1月31日}. */
        DATE,
        /** A year from 1949 to 2100. */
        YEAR,
        /** An amount of money, in the unit its header names (元 by default). */
        MONEY,
        /** A whole non-negative number. */
        COUNT
    }

    private final String header;
    private final Kind kind;
    private final boolean required;
    private final List<String> synonyms;

    EnterpriseColumn(String header, Kind kind, boolean required, String... synonyms) {
        this.header = header;
        this.kind = kind;
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    /**
     * The standard header, as the template and the exporter write it (money columns add {@code （元）}).
     *
     * @return the header
     */
    public String header() {
        return header;
    }

    /**
     * The other headers accepted for this column.
     *
     * @return the synonyms
     */
    public List<String> synonyms() {
        return synonyms;
    }

    /**
     * What the column holds.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether every row must fill this column and every file must have it.
     *
     * @return true for the credit code, the name and the county
     */
    public boolean required() {
        return required;
    }
}
