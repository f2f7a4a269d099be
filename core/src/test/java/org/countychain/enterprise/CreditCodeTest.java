package org.countychain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CreditCodeTest {

    /** Codes published by the companies themselves (annual reports, the national enterprise credit system). */
    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
            "914403001922038216, 华为技术有限公司",
            "91330100799655058B, 阿里巴巴（中国）有限公司",
            "9144030071526726XG, 腾讯科技（深圳）有限公司",
            "91520000214434146R, 贵州茅台酒股份有限公司",
            "91110000710926094P, 中国石油化工股份有限公司",
            "91110108551385082Q, 小米科技有限责任公司"
    })
    void realPublishedCodesAreValid(String code, String company) {
        assertThat(CreditCode.isValid(code)).as(company).isTrue();
        CreditCode parsed = CreditCode.parse(code);
        assertThat(parsed.isCheckCharacterValid()).isTrue();
        assertThat(parsed.isOrganisationCodeValid()).isTrue();
        assertThat(parsed.registrationCategory()).hasValueSatisfying(c -> {
            assertThat(c.isEnterprise()).isTrue();
            assertThat(c.departmentName()).isEqualTo("工商");
            assertThat(c.categoryName()).isEqualTo("企业");
        });
        assertThat(CreditCode.check(code)).isSameAs(CreditCodeCheck.VALID);
    }

    @Test
    void checkCharacterComputedFromFirst17() {
        assertThat(CreditCode.checkCharacter("91330100799655058")).isEqualTo('B');
        assertThat(CreditCode.checkCharacter("9144030071526726X")).isEqualTo('G');
        // A sum that is a multiple of 31 maps to '0', not to the out-of-range value 31.
        String first17 = findSeventeenWithCheck('0');
        assertThat(CreditCode.checkCharacter(first17)).isEqualTo('0');
        assertThat(CreditCode.isValid(first17 + "0")).isTrue();
    }

    @Test
    void checkCharacterOfBadTextIsACountyChainExceptionNamingTheCharacter() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("9135058200000O001"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException ex = (InvalidInputException) e;
                    assertThat(ex.errorCode()).isEqualTo(ErrorCode.CREDIT_CODE_CHARACTER);
                    assertThat(ex.getMessage(Locale.ENGLISH)).contains("character 14", "'O'");
                });
        // 16 characters: one short of what the computation needs; 17 is the boundary that works.
        assertThatThrownBy(() -> CreditCode.checkCharacter("9135058200000000"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CREDIT_CODE_LENGTH));
        assertThat("0123456789ABCDEFGHJKLMNPQRTUWXY")
                .contains(String.valueOf(CreditCode.checkCharacter("91350582000000000")));
        assertThatThrownBy(() -> CreditCode.pilotCheckCharacter("9135010"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CREDIT_CODE_LENGTH));
        assertThatThrownBy(() -> CreditCode.organisationCheckCharacter("7152672a"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED));
        assertThatThrownBy(() -> CreditCode.organisationCheckCharacter("7152672"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED));
    }

    @Test
    void aNullArgumentIsAProgrammingErrorNamingTheParameter() {
        assertThatThrownBy(() -> CreditCode.checkCharacter(null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("first17");
        assertThatThrownBy(() -> CreditCode.pilotCheckCharacter(null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("first17");
        assertThatThrownBy(() -> CreditCode.organisationCheckCharacter(null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("first8");
    }

    private static String findSeventeenWithCheck(char wanted) {
        for (int i = 0; i < 1000; i++) {
            String s = "91350582" + String.format(Locale.ROOT, "%09d", i);
            if (CreditCode.checkCharacter(s) == wanted) {
                return s;
            }
        }
        throw new AssertionError("no candidate");
    }

    @Test
    void parseNormalisesWrittenForms() {
        assertThat(CreditCode.parse(" 9133 0100 7996 5505 8b ").value()).isEqualTo("91330100799655058B");
        assertThat(CreditCode.parse("９１３３０１００７９９６５５０５８Ｂ").value()).isEqualTo("91330100799655058B");
        assertThat(CreditCode.parse("91330100-799655058B").value()).isEqualTo("91330100799655058B");
    }

    @Test
    void wrongCheckCharacterSaysWhatWasExpected() {
        assertThatThrownBy(() -> CreditCode.parse("91330100799655058C"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CREDIT_CODE_CHECK);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("'C'").contains("expected 'B'");
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("应为“B”");
                });
        CreditCodeCheck check = CreditCode.check("91330100799655058C");
        assertThat(check.status()).isEqualTo(CreditCodeCheck.Status.WRONG_CHECK_CHARACTER);
        assertThat(check.expected()).isEqualTo('B');
        assertThat(check.found()).isEqualTo('C');
    }

    @Test
    void lenientParseKeepsACodeWithAWrongCheckCharacter() {
        CreditCode code = CreditCode.parseLenient("91330100799655058C");
        assertThat(code.isCheckCharacterValid()).isFalse();
    }

    @Test
    void forbiddenCharactersAndLengthsAreReportedWithPosition() {
        for (char bad : new char[] {'I', 'O', 'S', 'V', 'Z', '*'}) {
            String code = "9133010079965505" + bad + "B";
            CreditCodeCheck check = CreditCode.check(code);
            assertThat(check.status()).isEqualTo(CreditCodeCheck.Status.BAD_CHARACTER);
            assertThat(check.position()).isEqualTo(17);
            assertThatThrownBy(() -> CreditCode.parse(code)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CREDIT_CODE_CHARACTER));
        }
        assertThat(CreditCode.check("9133010079965505").status()).isEqualTo(CreditCodeCheck.Status.WRONG_LENGTH);
        assertThat(CreditCode.check("9133010079965505").position()).isEqualTo(16);
        assertThat(CreditCode.check(null).status()).isEqualTo(CreditCodeCheck.Status.WRONG_LENGTH);
        assertThatThrownBy(() -> CreditCode.parse("913301007996550581B"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CREDIT_CODE_LENGTH));
        assertThatThrownBy(() -> CreditCode.parse(null)).isInstanceOf(InvalidInputException.class);
        assertThat(CreditCode.isValid("91330100799655058b")).as("lower case is not the canonical form").isFalse();
    }

    @Test
    void organisationCodeCheckIsReportedSeparately() {
        // Valid outer check character, but the inner GB 11714 check character (position 17) altered and the
        // outer one recomputed: such codes exist in the wild and must not be rejected.
        String first16 = "9135058215814355";
        char badInner = CreditCode.organisationCheckCharacter(first16.substring(8)) == '1' ? '2' : '1';
        String first17 = first16 + badInner;
        String code = first17 + CreditCode.checkCharacter(first17);
        CreditCode parsed = CreditCode.parse(code);
        assertThat(parsed.isCheckCharacterValid()).isTrue();
        assertThat(parsed.isOrganisationCodeValid()).isFalse();
        assertThat(parsed.organisationCode()).isEqualTo(first17.substring(8));
    }

    @Test
    void organisationCheckCharacterUsesXAndZero() {
        // GB 11714: 11 - (sum mod 11); 10 -> X, 11 -> 0.
        assertThat(CreditCode.organisationCheckCharacter("71526726")).isEqualTo('X');
        assertThat(CreditCode.organisationCheckCharacter("19220382")).isEqualTo('1');
    }

    @Test
    void divisionPartMayBeRetiredOrFromAnotherProvince() {
        String first17 = "91350427" + "MA2Y0K3L" + "5";
        CreditCode shaxian = CreditCode.parseLenient(first17 + CreditCode.checkCharacter(first17));
        assertThat(shaxian.divisionPart()).contains(DivisionCode.of("350427"));
        assertThat(Divisions.fujian().current(shaxian.divisionPart().orElseThrow()).orElseThrow().name())
                .isEqualTo("沙县区");
        CreditCode zhejiang = CreditCode.parse("91330100799655058B");
        assertThat(zhejiang.divisionPart()).contains(DivisionCode.of("330100"));
    }

    @Provide
    Arbitrary<String> validCodes() {
        Arbitrary<String> body = Arbitraries.strings().withChars(CreditCode.CHARSET.toCharArray()).ofLength(17);
        return body.map(b -> b + CreditCode.checkCharacter(b));
    }

    @Property(tries = 300)
    void everySingleCharacterSubstitutionIsCaught(@ForAll("validCodes") String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        for (int i = 0; i < 18; i++) {
            for (char c : CreditCode.CHARSET.toCharArray()) {
                if (c == code.charAt(i)) {
                    continue;
                }
                String altered = code.substring(0, i) + c + code.substring(i + 1);
                assertThat(CreditCode.isValid(altered)).as("%s -> %s", code, altered).isFalse();
                assertThat(CreditCode.check(altered).isValid()).isFalse();
            }
        }
    }

    @Property(tries = 200)
    void parseAcceptsWhatIsValidAndCheckAgrees(@ForAll("validCodes") String code) {
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
        assertThat(CreditCode.check(code).isValid()).isTrue();
    }
}
