package org.countychain.industry;

/**
 * The four levels of GB/T 4754 (国民经济行业分类的层次).
 *
 * @since 0.1.0
 */
public enum IndustryLevel {
    /** 门类: one letter, {@code C}. */
    SECTION,
    /** 大类: the letter and two digits, {@code C19}. */
    DIVISION,
    /** 中类: the letter and three digits, {@code C195}. */
    GROUP,
    /** 小类: the letter and four digits, {@code C1951}. */
    CLASS
}
