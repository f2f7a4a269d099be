package org.countychain.division;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;

/**
 * A GB/T 2260 administrative division code (行政区划代码): six digits, province (2) + prefecture (2) +
 * county (2). Only the form is checked here; whether the code exists is a question for {@link Divisions}.
 *
 * @param value the six digits
 * @since 0.1.0
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {
    /**
     * Checks the form.
     *
     * @throws InvalidInputException {@link ErrorCode#DIVISION_CODE_FORMAT} unless six ASCII digits
     */
    public DivisionCode {
        if (!isWellFormed(value)) {
            throw new InvalidInputException(ErrorCode.DIVISION_CODE_FORMAT, "", String.valueOf(value));
        }
    }

    /**
     * Parses a code, ignoring surrounding white space.
     *
     * @param text six digits
     * @return the code
     * @throws InvalidInputException when the text is not six digits
     */
    @JsonCreator
    // Jackson hands a JSON null to this creator; the constructor reports it as a malformed code (data, not a
    // caller's mistake), so the null is let through on purpose.
    @SuppressWarnings("NullAway")
    public static DivisionCode of(String text) {
        return new DivisionCode(text == null ? null : text.strip());
    }

    /**
     * Whether the text is six ASCII digits.
     *
     * @param text any text
     * @return true when well-formed
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The province part, for example {@code 350000} for {@code 350582}.
     *
     * @return the province's code
     */
    public DivisionCode province() {
        return new DivisionCode(value.substring(0, 2) + "0000");
    }

    /**
     * The prefecture (city) part, for example {@code 350500} for {@code 350582}.
     *
     * @return the prefecture's code
     */
    public DivisionCode prefecture() {
        return new DivisionCode(value.substring(0, 4) + "00");
    }

    /**
     * Whether this is a province's code ({@code xx0000}).
     *
     * @return true for a province
     */
    public boolean isProvinceLevel() {
        return value.endsWith("0000");
    }

    /**
     * Whether this is a prefecture's code ({@code xxxx00} but not {@code xx0000}).
     *
     * @return true for a prefecture
     */
    public boolean isPrefectureLevel() {
        return value.endsWith("00") && !isProvinceLevel();
    }

    /**
     * Whether this is a county-level code (last two digits not {@code 00}).
     *
     * @return true for a county-level unit
     */
    public boolean isCountyLevel() {
        return !value.endsWith("00");
    }

    /**
     * The six digits.
     *
     * @return the code as text
     */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    @Override
    public int compareTo(DivisionCode other) {
        return value.compareTo(other.value);
    }
}
