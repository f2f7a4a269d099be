package org.countychain.export.excel;

import java.util.List;

/**
 * The columns of the statistics bureau's R&amp;D forms as their exports print them (研发统计报表列): 107-2
 * 企业研究开发活动及相关情况 (one row per enterprise) and 107-1 规模以上工业法人单位研发项目情况 (one row per project).
 * Each has the indicator name the form prints and other wordings seen in exports; money is in 千元 unless the header
 * or a title row names another unit. The names come from the forms of the statistics system (国统字〔2015〕95号 and
 * later editions) and from the column sets county statistics offices' checking tools read.
 */
enum RdFormColumn {
    CREDIT_CODE(Kind.TEXT, "统一社会信用代码", "信用代码", "社会信用代码", "统一代码"),
    NAME(Kind.TEXT, "单位详细名称", "单位名称", "企业名称", "法人单位详细名称"),
    YEAR(Kind.YEAR, "年度", "报告期", "统计年度"),

    // 107-2 一 研究开发人员 (人)
    STAFF_TOTAL(Kind.COUNT, "研究开发人员合计", "研究开发人员", "研发人员合计"),
    STAFF_MANAGEMENT(Kind.COUNT, "管理和服务人员"),
    STAFF_FEMALE(Kind.COUNT, "女性"),
    STAFF_FULL_TIME(Kind.COUNT, "全职人员", "全时人员"),
    STAFF_BACHELOR(Kind.COUNT, "本科毕业及以上人员", "本科及以上人员"),
    STAFF_EXTERNAL(Kind.COUNT, "外聘人员"),
    // 二 研究开发费用 (千元)
    RD_EXPENDITURE(Kind.MONEY, "研究开发费用合计", "研究开发费用", "研发费用合计"),
    EXPENSE_STAFF(Kind.MONEY, "人员人工费用"),
    EXPENSE_DIRECT(Kind.MONEY, "直接投入费用"),
    EXPENSE_DEPRECIATION(Kind.MONEY, "折旧费用与长期待摊费用"),
    EXPENSE_AMORTISATION(Kind.MONEY, "无形资产摊销费用"),
    EXPENSE_DESIGN(Kind.MONEY, "设计费用"),
    EXPENSE_EQUIPMENT(Kind.MONEY, "装备调试费用与试验费用"),
    EXPENSE_COMMISSIONED(Kind.MONEY, "委托外部研究开发费用"),
    EXPENSE_OTHER(Kind.MONEY, "其他费用"),
    COMMISSIONED_INSTITUTES(Kind.MONEY, "委托境内研究机构"),
    COMMISSIONED_UNIVERSITIES(Kind.MONEY, "委托境内高等学校"),
    COMMISSIONED_ENTERPRISES(Kind.MONEY, "委托境内企业"),
    COMMISSIONED_ABROAD(Kind.MONEY, "委托境外机构"),
    // 三 研究开发资产
    ASSETS_FORMED(Kind.MONEY, "当年形成用于研究开发的固定资产"),
    ASSETS_EQUIPMENT(Kind.MONEY, "仪器和设备"),
    // 四 研究开发支出资金来源
    FUNDING_SELF(Kind.MONEY, "企业自筹", "企业资金"),
    FUNDING_GOVERNMENT(Kind.MONEY, "政府部门", "政府资金来源"),
    FUNDING_BANK(Kind.MONEY, "银行贷款"),
    FUNDING_VENTURE(Kind.MONEY, "风险投资"),
    FUNDING_OTHER(Kind.MONEY, "其他渠道"),
    // 六 企业办研究开发机构（境内）
    INSTITUTIONS(Kind.COUNT, "期末机构数", "企业办研究开发机构", "机构数"),
    INSTITUTION_STAFF(Kind.COUNT, "机构研究开发人员"),
    INSTITUTION_DOCTORS(Kind.COUNT, "博士毕业"),
    INSTITUTION_MASTERS(Kind.COUNT, "硕士毕业"),
    INSTITUTION_EXPENDITURE(Kind.MONEY, "机构研究开发费用"),
    INSTITUTION_EQUIPMENT(Kind.MONEY, "期末仪器和设备原价"),
    // 七 研究开发产出
    PATENT_APPLICATIONS(Kind.COUNT, "当年专利申请数", "专利申请数"),
    INVENTION_APPLICATIONS(Kind.COUNT, "发明专利"),
    VALID_INVENTION_PATENTS(Kind.COUNT, "期末有效发明专利数"),
    IMPLEMENTED_PATENTS(Kind.COUNT, "已被实施"),
    NEW_PRODUCT_REVENUE(Kind.MONEY, "新产品销售收入"),
    NEW_PRODUCT_EXPORTS(Kind.MONEY, "出口"),

    // 107-1, one row per project
    PROJECT_NAME(Kind.TEXT, "项目名称"),
    PROJECT_EXPENDITURE(Kind.MONEY, "项目经费内部支出"),
    PROJECT_GOVERNMENT(Kind.MONEY, "政府资金"),
    PROJECT_STAFF(Kind.COUNT, "参加项目人员"),
    PROJECT_PERSON_MONTHS(Kind.NUMBER, "项目人员实际工作时间");

    /** What a cell of the column holds. */
    enum Kind {
        TEXT, YEAR, COUNT, NUMBER, MONEY
    }

    private final Kind kind;
    private final List<String> names;

    RdFormColumn(Kind kind, String... names) {
        this.kind = kind;
        this.names = List.of(names);
    }

    Kind kind() {
        return kind;
    }

    /** The indicator name as the form prints it. */
    String label() {
        return names.get(0);
    }

    List<String> names() {
        return names;
    }
}
