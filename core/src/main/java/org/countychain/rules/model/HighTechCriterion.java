package org.countychain.rules.model;

import org.countychain.BilingualLabelled;
import org.countychain.BilingualText;

/**
 * The criteria of 高新技术企业认定管理办法 (国科发火〔2016〕32号, 第十一条) that R11's cultivation list measures each
 * enterprise against. Not assessed, for want of data: the supported technology field, the innovation-capability
 * score and the absence of major accidents.
 *
 * @since 0.1.0
 */
public enum HighTechCriterion implements BilingualLabelled {
    /** 注册成立一年以上: registered at least one year before the end of the reporting year. */
    REGISTERED_ONE_YEAR("registeredOneYear", "注册成立一年以上", "registered for at least one year"),
    /** 拥有核心自主知识产权: at least one core IP right. */
    CORE_IP("coreIp", "拥有核心自主知识产权", "owns core IP"),
    /** 近三年研发费用占销售收入比例: the three-year R&amp;D ratio of the revenue band. */
    RD_RATIO("rdRatio", "近三年研发费用占比达到所在收入档要求", "three-year R&D ratio meets its revenue band"),
    /** 境内研发费用占比不低于60%. */
    DOMESTIC_RD_SHARE("domesticRdShare", "境内研发费用占比不低于60%", "R&D in China at least 60%"),
    /** 高新技术产品（服务）收入占比不低于60%. */
    HIGH_TECH_PRODUCT_REVENUE("highTechProductRevenue", "高新技术产品（服务）收入占比不低于60%",
            "high-tech product revenue at least 60%"),
    /** 科技人员占职工总数比例不低于10%. */
    SCIENCE_TECH_STAFF("scienceTechStaff", "科技人员占比不低于10%", "S&T staff at least 10%");

    private final String key;
    private final BilingualText text;

    HighTechCriterion(String key, String label, String english) {
        this.key = key;
        this.text = new BilingualText(label, english);
    }

    /**
     * The criterion's evidence name in R11-CULTIVATE findings ({@code rdRatio}, with {@code rdRatio.actual},
     * {@code rdRatio.required}, {@code rdRatio.missing}).
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    @Override
    public BilingualText text() {
        return text;
    }
}
