package org.countychain.division;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An administrative division (行政区划): a province, a prefecture-level city or a county-level unit.
 *
 * @param code   its GB/T 2260 code
 * @param name   its official name, for example {@code 晋江市}
 * @param level  its level
 * @param parent the code of the division above it, {@code null} for a province
 * @since 0.1.0
 */
public record Division(DivisionCode code, String name, DivisionLevel level, @Nullable DivisionCode parent) {
    /**
     * Checks the invariants.
     */
    public Division {
        Checks.required(code, "code");
        name = Checks.requiredText(name, "name");
        Checks.required(level, "level");
        if (level != DivisionLevel.PROVINCE) {
            Checks.required(parent, "parent");
        }
    }

    /**
     * The name without its administrative suffix, for matching what people type: {@code 晋江} for
     * {@code 晋江市}, {@code 沙县} for {@code 沙县区}. Two-character names keep their suffix ({@code 沙县}).
     *
     * @return the short name
     */
    public String shortName() {
        return shortNameOf(name);
    }

    static String shortNameOf(String name) {
        if (name.length() <= 2) {
            return name;
        }
        char last = name.charAt(name.length() - 1);
        if (last == '市' || last == '县' || last == '区' || last == '省') {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
