package org.countychain.enterprise;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.division.DivisionCode;

/**
 * A unified social credit code (统一社会信用代码, USCC, GB 32100-2015): 18 characters from the set
 * {@code 0-9 A-H J-N P-R T U W-Y}.
 *
 * <ul>
 *   <li>character 1: registration department (登记管理部门), character 2: organisation category (机构类别) —
 *       see {@link #registrationCategory()};</li>
 *   <li>characters 3–8: the GB/T 2260 division code of the registering authority <em>at registration
 *       time</em> — a retired code or another province's code is normal there ({@link #divisionPart()});</li>
 *   <li>characters 9–17: the GB 11714 organisation code with its own check character
 *       ({@link #organisationCode()}, {@link #isOrganisationCodeValid()});</li>
 *   <li>character 18: the check character over characters 1–17 ({@link #isCheckCharacterValid()}).</li>
 * </ul>
 *
 * <p>An instance is always <em>well-formed</em> (18 characters from the set). {@link #parse(String)} also
 * requires a correct check character — or a Fujian pilot-era code ({@link #isPilotEra()}); {@link #parseLenient(String)}
 * requires neither, so data with a mistyped code can still be read and the mistake reported by validation, with
 * nothing else lost. The GB 11714 inner check is reported separately and never enforced here, because some real
 * codes were issued with a bad inner check.
 *
 * <p><b>Pilot-era codes (试点期代码).</b> Before GB 32100-2015 applied uniformly, registration offices of Fuzhou
 * (3501xx) and Xiamen (3502xx) issued enterprise codes whose character 18 does not follow GB 32100, such as
 * {@code 91350100M0001TGQXM}. They are real, printed on business licences and still in use. Such a code is
 * recognised when all of these hold (the rule, its evidence and its sources are in {@code docs/validation.md}):
 * characters 1–2 are {@code 91}; characters 3–6 are {@code 3501} or {@code 3502}; characters 9–12 are
 * {@code M000}; the GB 11714 check of characters 9–17 is right; and character 18 is the pilot's check character
 * ({@link #pilotCheckCharacter(CharSequence)}), not GB 32100's. A wrong check character that does not fit this
 * rule is still an error.
 *
 * @param value the 18 normalised characters (upper case, half-width)
 * @since 0.1.0
 */
public record CreditCode(String value) implements Comparable<CreditCode> {
    /** The GB 32100 character set, in value order (0 … 30). */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] VALUE_OF = new int[128];
    /** The characters of the pilot check, in value order (0 … 35). */
    private static final String PILOT_CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    static {
        java.util.Arrays.fill(VALUE_OF, -1);
        for (int i = 0; i < CHARSET.length(); i++) {
            VALUE_OF[CHARSET.charAt(i)] = i;
        }
    }

    /**
     * Checks that the value is well-formed (18 characters of the GB 32100 set); the check character is not
     * checked here.
     *
     * @throws InvalidInputException {@link ErrorCode#CREDIT_CODE_LENGTH} or
     *                               {@link ErrorCode#CREDIT_CODE_CHARACTER}
     */
    public CreditCode {
        if (value == null) {
            throw new InvalidInputException(ErrorCode.REQUIRED, "");
        }
        if (value.length() != 18) {
            throw new InvalidInputException(ErrorCode.CREDIT_CODE_LENGTH, "", Integer.toString(value.length()),
                    value);
        }
        for (int i = 0; i < 18; i++) {
            if (valueOf(value.charAt(i)) < 0) {
                throw new InvalidInputException(ErrorCode.CREDIT_CODE_CHARACTER, "", Integer.toString(i + 1), value,
                        String.valueOf(value.charAt(i)));
            }
        }
    }

    /**
     * Parses and normalises a code (white space removed, full-width characters folded, upper case) and requires
     * a correct check character; a pilot-era code ({@link #isPilotEra()}) is accepted and keeps its text.
     *
     * @param text the code as written
     * @return the code
     * @throws InvalidInputException when the code is malformed or its check character is wrong (and it is not a
     *                               pilot-era code); the message says which character and what was expected
     */
    public static CreditCode parse(String text) {
        CreditCode code = parseLenient(text);
        char expected = checkCharacter(code.value);
        if (code.value.charAt(17) != expected && !isPilotEra(code.value)) {
            throw new InvalidInputException(ErrorCode.CREDIT_CODE_CHECK, "", code.value,
                    String.valueOf(code.value.charAt(17)), String.valueOf(expected));
        }
        return code;
    }

    /**
     * Parses and normalises a code without checking its check character.
     *
     * @param text the code as written
     * @return the code
     * @throws InvalidInputException when the code is not 18 characters of the GB 32100 set
     */
    @JsonCreator
    public static CreditCode parseLenient(String text) {
        return new CreditCode(normalise(text));
    }

    /**
     * Whether the text is exactly a valid code: 18 characters of the set (upper case, no white space) with a
     * correct GB 32100 check character. Allocates nothing. A pilot-era code is not valid here; see
     * {@link #check(CharSequence)} and {@link CreditCodeCheck#isAccepted()}.
     *
     * @param text any text
     * @return true when valid
     */
    public static boolean isValid(CharSequence text) {
        if (text == null || text.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = valueOf(text.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = valueOf(text.charAt(17));
        return check >= 0 && check == (31 - sum % 31) % 31;
    }

    /**
     * Checks a code and says what is wrong with it, without throwing.
     *
     * @param text the code as written (not normalised)
     * @return the result; {@link CreditCodeCheck#VALID} when valid, {@link CreditCodeCheck.Status#PILOT_ERA} for a
     *         Fujian pilot-era code
     */
    public static CreditCodeCheck check(CharSequence text) {
        if (isValid(text)) {
            return CreditCodeCheck.VALID;
        }
        if (text == null) {
            return new CreditCodeCheck(CreditCodeCheck.Status.WRONG_LENGTH, 0, '\0', '\0');
        }
        if (text.length() != 18) {
            return new CreditCodeCheck(CreditCodeCheck.Status.WRONG_LENGTH, text.length(), '\0', '\0');
        }
        for (int i = 0; i < 18; i++) {
            if (valueOf(text.charAt(i)) < 0) {
                return new CreditCodeCheck(CreditCodeCheck.Status.BAD_CHARACTER, i + 1, text.charAt(i), '\0');
            }
        }
        return new CreditCodeCheck(isPilotEra(text) ? CreditCodeCheck.Status.PILOT_ERA
                : CreditCodeCheck.Status.WRONG_CHECK_CHARACTER, 18, text.charAt(17), checkCharacter(text));
    }

    /**
     * Whether the text is exactly (upper case, no white space) a Fujian pilot-era code: its GB 32100 check
     * character is wrong, and it fits the pilot's pattern described on this class. Allocates nothing.
     *
     * @param text any text
     * @return true for a pilot-era code; false for a valid code, a malformed one, or any other wrong one
     */
    public static boolean isPilotEra(CharSequence text) {
        if (text == null || text.length() != 18 || isValid(text)) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (valueOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        if (text.charAt(0) != '9' || text.charAt(1) != '1' || text.charAt(2) != '3' || text.charAt(3) != '5'
                || text.charAt(4) != '0' || (text.charAt(5) != '1' && text.charAt(5) != '2')
                || !isDigits(text, 6, 8)) {
            return false;
        }
        if (text.charAt(8) != 'M' || text.charAt(9) != '0' || text.charAt(10) != '0' || text.charAt(11) != '0') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(8 + i);
            sum += (c <= '9' ? c - '0' : c - 'A' + 10) * ORG_WEIGHTS[i];
        }
        int inner = 11 - sum % 11;
        char innerExpected = inner == 10 ? 'X' : inner == 11 ? '0' : (char) ('0' + inner);
        return text.charAt(16) == innerExpected && text.charAt(17) == pilotCheckCharacter(text);
    }

    /**
     * The check character the Fuzhou and Xiamen pilot offices gave their codes (试点期校验码), worked out from the
     * published real codes (see {@code docs/validation.md}): each of characters 1–17 takes its value in
     * {@code 0-9A-Z} (0–35), weighted by 2<sup>i−1</sup> modulo 37 for position i; the check value is
     * (37 − sum mod 37) mod 37, written in {@code 0-9A-Z}. A value of 36 has no character ({@code '\0'}).
     *
     * @param first17 at least 17 digits or upper-case letters; only the first 17 are used
     * @return the pilot check character, or {@code '\0'} when the value is 36 or a character is not a digit or an
     *         upper-case letter
     * @throws InvalidInputException {@link ErrorCode#CREDIT_CODE_LENGTH} when the text is shorter than 17
     * @throws NullPointerException  when {@code first17} is {@code null}
     */
    public static char pilotCheckCharacter(CharSequence first17) {
        requireFirst17(first17);
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else {
                return '\0';
            }
            sum += v * weight;
            weight = weight * 2 % 37;
        }
        int check = (37 - sum % 37) % 37;
        return check == 36 ? '\0' : PILOT_CHARSET.charAt(check);
    }

    private static final String ORGANISATION_CODE_FORM = "8 digits or upper-case letters";

    private static void requireFirst17(CharSequence first17) {
        java.util.Objects.requireNonNull(first17, "first17");
        if (first17.length() < 17) {
            throw new InvalidInputException(ErrorCode.CREDIT_CODE_LENGTH, "", Integer.toString(first17.length()),
                    first17.toString());
        }
    }

    private static boolean isDigits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Computes the check character (character 18) for the first 17 characters.
     *
     * @param first17 at least 17 characters of the set; only the first 17 are used
     * @return the check character
     * @throws InvalidInputException {@link ErrorCode#CREDIT_CODE_LENGTH} when the text is shorter than 17,
     *                               {@link ErrorCode#CREDIT_CODE_CHARACTER} when one of the 17 is outside the set
     * @throws NullPointerException  when {@code first17} is {@code null}
     */
    public static char checkCharacter(CharSequence first17) {
        requireFirst17(first17);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = valueOf(first17.charAt(i));
            if (v < 0) {
                throw new InvalidInputException(ErrorCode.CREDIT_CODE_CHARACTER, "", Integer.toString(i + 1),
                        first17.toString(), String.valueOf(first17.charAt(i)));
            }
            sum += v * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /**
     * Computes the GB 11714 check character (character 9 of an organisation code) for its first 8 characters.
     *
     * @param first8 at least 8 characters, digits or upper-case letters; only the first 8 are used
     * @return the check character, {@code 0}–{@code 9} or {@code X}
     * @throws InvalidInputException {@link ErrorCode#MALFORMED} when the text is shorter than 8 or one of the 8 is
     *                               not a digit or an upper-case letter
     * @throws NullPointerException  when {@code first8} is {@code null}
     */
    public static char organisationCheckCharacter(CharSequence first8) {
        java.util.Objects.requireNonNull(first8, "first8");
        if (first8.length() < 8) {
            throw new InvalidInputException(ErrorCode.MALFORMED, "", first8.toString(), ORGANISATION_CODE_FORM);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else {
                throw new InvalidInputException(ErrorCode.MALFORMED, "", first8.toString(), ORGANISATION_CODE_FORM);
            }
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * Normalises written forms: strips white space (including full-width), folds full-width digits and letters
     * to ASCII and upper-cases letters. Never {@code null}.
     *
     * @param text the code as written, may be {@code null}
     * @return the normalised text (possibly still invalid)
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(18);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '-') {
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static int valueOf(char c) {
        return c < 128 ? VALUE_OF[c] : -1;
    }

    /**
     * Whether character 18 is the correct GB 32100 check character (false for a pilot-era code).
     *
     * @return true when correct
     */
    public boolean isCheckCharacterValid() {
        return isValid(value);
    }

    /**
     * Whether this is a Fujian pilot-era code (试点期代码): a real code whose check character follows the pilot's
     * rule, not GB 32100's. See the class description.
     *
     * @return true for a pilot-era code
     */
    public boolean isPilotEra() {
        return isPilotEra(value);
    }

    /**
     * Characters 9–17: the GB 11714 organisation code (组织机构代码), check character included.
     *
     * @return nine characters
     */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /**
     * Whether the GB 11714 organisation code has a correct check character. Reported separately from
     * {@link #isCheckCharacterValid()}: some real codes were issued with a bad inner check.
     *
     * @return true when correct
     */
    public boolean isOrganisationCodeValid() {
        for (int i = 8; i < 16; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return organisationCheckCharacter(value.substring(8, 16)) == value.charAt(16);
    }

    /**
     * Characters 3–8: the division code of the registering authority at registration time. It may be a retired
     * code (350427 沙县) or another province's code; resolve it with
     * {@link org.countychain.division.Divisions#current}.
     *
     * @return the division part, or empty when the six characters are not digits
     */
    public Optional<DivisionCode> divisionPart() {
        String part = value.substring(2, 8);
        return DivisionCode.isWellFormed(part) ? Optional.of(DivisionCode.of(part)) : Optional.empty();
    }

    /**
     * Characters 1–2 decoded: registration department and organisation category (GB 32100-2015 table, with
     * categories from later practice marked as such).
     *
     * @return the category, or empty when the pair is not in the table
     */
    public Optional<RegistrationCategory> registrationCategory() {
        return RegistrationCategories.builtIn().find(value.charAt(0), value.charAt(1));
    }

    /**
     * The 18 characters.
     *
     * @return the code as text
     */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    @Override
    public int compareTo(CreditCode other) {
        return value.compareTo(other.value);
    }
}
