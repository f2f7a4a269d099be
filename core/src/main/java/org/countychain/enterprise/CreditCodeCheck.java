package org.countychain.enterprise;

/**
 * What {@link CreditCode#check(CharSequence)} found (信用代码校验结果).
 *
 * @param status   the outcome
 * @param position for {@link Status#BAD_CHARACTER}, {@link Status#WRONG_CHECK_CHARACTER} and
 *                 {@link Status#PILOT_ERA}, the 1-based position of the offending character (18 for a check
 *                 character); for {@link Status#WRONG_LENGTH}, the length found
 * @param found    the offending character, {@code '\0'} when not applicable
 * @param expected for {@link Status#WRONG_CHECK_CHARACTER} and {@link Status#PILOT_ERA}, the check character
 *                 GB 32100 gives; else {@code '\0'}
 * @since 0.1.0
 */
public record CreditCodeCheck(Status status, int position, char found, char expected) {
    /** The result for a valid code. */
    public static final CreditCodeCheck VALID = new CreditCodeCheck(Status.VALID, 0, '\0', '\0');

    /**
     * Whether the code is valid under GB 32100. A {@link Status#PILOT_ERA} code is not: see {@link #isAccepted()}.
     *
     * @return true when valid
     */
    public boolean isValid() {
        return status == Status.VALID;
    }

    /**
     * Whether the code is a real code the library accepts: valid under GB 32100, or a Fujian pilot-era code
     * ({@link Status#PILOT_ERA}).
     *
     * @return true when valid or pilot-era
     * @since 0.1.0
     */
    public boolean isAccepted() {
        return status == Status.VALID || status == Status.PILOT_ERA;
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
        WRONG_CHECK_CHARACTER,
        /**
         * A real code issued by a Fuzhou or Xiamen registration office in the pilot before GB 32100 applied
         * uniformly (试点期代码): character 18 does not follow GB 32100 but follows the pilot's own check, and the
         * rest of the code fits the pilot's pattern ({@link CreditCode#isPilotEra()}). Accepted, not valid.
         *
         * @since 0.1.0
         */
        PILOT_ERA
    }
}
