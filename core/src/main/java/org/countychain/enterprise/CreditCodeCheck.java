package org.countychain.enterprise;

/**
 * What {@link CreditCode#check(CharSequence)} found (信用代码校验结果).
 *
 * @param status   the outcome
 * @param position for {@link Status#BAD_CHARACTER} and {@link Status#WRONG_CHECK_CHARACTER}, the 1-based position
 *                 of the offending character; for {@link Status#WRONG_LENGTH}, the length found
 * @param found    the offending character, {@code '\0'} when not applicable
 * @param expected for {@link Status#WRONG_CHECK_CHARACTER}, the correct check character; else {@code '\0'}
 * @since 0.1.0
 */
public record CreditCodeCheck(Status status, int position, char found, char expected) {
    /** The result for a valid code. */
    public static final CreditCodeCheck VALID = new CreditCodeCheck(Status.VALID, 0, '\0', '\0');

    /**
     * Whether the code is valid.
     *
     * @return true when valid
     */
    public boolean isValid() {
        return status == Status.VALID;
    }

    /**
     * The outcomes of a check.
     */
    public enum Status {
        /** 18 characters of the set with a correct check character. */
        VALID,
        /** Not 18 characters long. */
        WRONG_LENGTH,
        /** A character outside the GB 32100 set (I, O, S, V, Z, lower case, punctuation …). */
        BAD_CHARACTER,
        /** Character 18 is not the check character of characters 1–17. */
        WRONG_CHECK_CHARACTER
    }
}
