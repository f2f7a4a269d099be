package org.countychain.platform;

import org.countychain.Labelled;

/**
 * The types of innovation platform the notice names (创新平台类型, R10).
 *
 * @since 0.1.0
 */
public enum PlatformType implements Labelled {
    /** 中试平台. */
    PILOT_TEST_PLATFORM("中试平台"),
    /** 概念验证中心. */
    PROOF_OF_CONCEPT_CENTER("概念验证中心"),
    /** 共性技术平台. */
    COMMON_TECHNOLOGY_PLATFORM("共性技术平台"),
    /** 产业化中试基地. */
    INDUSTRIALISATION_PILOT_BASE("产业化中试基地"),
    /** 企业重点实验室. */
    ENTERPRISE_KEY_LAB("企业重点实验室"),
    /** 新型研发机构. */
    NEW_RD_INSTITUTION("新型研发机构"),
    /** 科技企业孵化器. */
    INCUBATOR("科技企业孵化器"),
    /** 众创空间. */
    MAKER_SPACE("众创空间"),
    /** 农业科技园区. */
    AGRICULTURAL_SCI_TECH_PARK("农业科技园区"),
    /** 星创天地. */
    STAR_INNOVATION_SPACE("星创天地"),
    /** 高新区. */
    HIGH_TECH_ZONE("高新区"),
    /** 异地研发机构. */
    ENCLAVE_RD_INSTITUTION("异地研发机构");

    private final String label;

    PlatformType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
