package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.CreditCodeCheck;

/**
 * The credit-code checks behind {@code @ValidCreditCode}. The valid path neither allocates nor uses regular
 * expressions: it is {@link CreditCode#isValid(CharSequence)} and, for the inner check, one loop.
 */
final class CreditCodeChecks {
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final boolean[] IN_SET = new boolean[128];

    static {
        for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            IN_SET[c] = true;
        }
    }

    private CreditCodeChecks() {
    }

    /**
     * Length, character set and check character (GB 32100).
     */
    static boolean code(CharSequence value, ConstraintValidatorContext ctx, boolean detailed) {
        if (CreditCode.isValid(value)) {
            return true;
        }
        CreditCodeCheck check = CreditCode.check(value);
        if (check.status() == CreditCodeCheck.Status.PILOT_ERA) {
            // Real: reported, if the mapping asks, by the PILOT_ERA part with its own code and severity.
            return true;
        }
        if (detailed) {
            String template = switch (check.status()) {
                case WRONG_LENGTH -> Templates.pieces("ValidCreditCode.length", check.position());
                case BAD_CHARACTER -> Templates.pieces("ValidCreditCode.character", check.position(), check.found());
                default -> Templates.pieces("ValidCreditCode.checkCharacter", check.found(), check.expected());
            };
            Report.replace(ctx, template);
        }
        return false;
    }

    /**
     * A Fujian pilot-era code is reported; any other code passes (the other parts judge it).
     */
    static boolean pilotEra(CharSequence value, ConstraintValidatorContext ctx, boolean detailed, boolean warning) {
        if (!CreditCode.isPilotEra(value)) {
            return true;
        }
        if (detailed) {
            Report.replace(ctx, Templates.pieces(warning ? "ValidCreditCode.pilotEra"
                    : "ValidCreditCode.pilotEraRejected",
                    value.charAt(17), CreditCode.checkCharacter(value)));
        }
        return false;
    }

    /**
     * The GB 11714 check character of the organisation code in characters 9–17; silent unless the code is 18
     * characters of the set.
     */
    static boolean organisationCode(CharSequence value, ConstraintValidatorContext ctx, boolean detailed) {
        if (value.length() != 18) {
            return true;
        }
        for (int i = 0; i < 18; i++) {
            char c = value.charAt(i);
            if (c >= 128 || !IN_SET[c]) {
                return true;
            }
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = value.charAt(8 + i);
            sum += (c <= '9' ? c - '0' : c - 'A' + 10) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        char found = value.charAt(16);
        if (found == expected) {
            return true;
        }
        if (detailed) {
            Report.replace(ctx, Templates.pieces("ValidCreditCode.organisationCode", found, expected));
        }
        return false;
    }
}
