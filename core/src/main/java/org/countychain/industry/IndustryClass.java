package org.countychain.industry;

import java.util.Objects;

/**
 * One entry of GB/T 4754-2017 (国民经济行业分类): a section, division, group or class with its Chinese name.
 *
 * @param code  the code with its section letter: {@code C}, {@code C19}, {@code C195}, {@code C1951}
 * @param level its level
 * @param name  its name in the standard, for example {@code 纺织面料鞋制造}
 * @since 0.1.0
 */
public record IndustryClass(String code, IndustryLevel level, String name) {
    /**
     * Checks the parts are present.
     */
    public IndustryClass {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The section letter (门类).
     *
     * @return the letter, for example {@code C}
     */
    public char section() {
        return code.charAt(0);
    }

    /**
     * Whether this entry is in manufacturing (制造业): section C, divisions 13–43.
     *
     * @return true for section C and everything under it
     */
    public boolean isManufacturing() {
        return section() == 'C';
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
