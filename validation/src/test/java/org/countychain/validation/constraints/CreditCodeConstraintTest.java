package org.countychain.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.countychain.validation.Fixtures;
import org.countychain.validation.ViolationSeverity;
import org.countychain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code @ValidCreditCode} on an integrator's own class, at its boundaries.
 */
class CreditCodeConstraintTest {
    private static final String SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /**
     * Real, publicly disclosed codes of well-known companies (listed in issue 3; companies print them in their
     * annual reports and they appear in the national enterprise credit information publicity system). Each passes
     * both the GB 32100 and the GB 11714 check, as the first test asserts.
     */
    static final List<String> REAL_CODES = List.of(
            "914403001922038216", // 华为技术有限公司
            "91330100799655058B", // 阿里巴巴（中国）有限公司
            "9144030071526726XG", // 腾讯科技（深圳）有限公司
            "91520000214434146R", // 贵州茅台酒股份有限公司
            "91110000710926094P", // 中国石油化工股份有限公司
            "91110108551385082Q"); // 小米科技有限责任公司

    /** An integrator's class, annotated as the Javadoc of {@code @ValidCreditCode} shows. */
    record Supplier(@ValidCreditCode @ValidCreditCode(part = ValidCreditCode.Part.ORGANISATION_CODE,
            payload = Warning.class)
                    String uscc) {
    }

    /** The same without the inner check. */
    record Plain(@ValidCreditCode String uscc) {
    }

    /** The inner check as an error. */
    record Strict(@ValidCreditCode(part = ValidCreditCode.Part.ORGANISATION_CODE) String uscc) {
    }

    /** An overridden message. */
    record Custom(@ValidCreditCode(message = "bad code") String uscc) {
    }

    @ParameterizedTest
    @MethodSource("realCodes")
    void realPublishedCodesPassBothChecks(String code) {
        assertThat(Fixtures.violations(new Supplier(code))).isEmpty();
        assertThat(Fixtures.violations(new Strict(code))).isEmpty();
    }

    static Stream<String> realCodes() {
        return REAL_CODES.stream();
    }

    @Test
    void nullIsLeftToNotNull() {
        assertThat(Fixtures.violations(new Supplier(null))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everySingleAlteration")
    void everySingleCharacterAlterationOfARealCodeIsCaught(String altered, int position) {
        List<Violation> found = Fixtures.violations(new Plain(altered));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).code()).isEqualTo("CV-0104");
        assertThat(found.get(0).path()).isEqualTo("uscc");
        assertThat(found.get(0).invalidValue()).isEqualTo(altered);
    }

    static Stream<Arguments> everySingleAlteration() {
        // Each real code, each of its 18 positions, the next character of the set there: 108 codes.
        return REAL_CODES.stream().flatMap(code -> Stream.iterate(0, i -> i < 18, i -> i + 1).map(i -> {
            char c = code.charAt(i);
            char other = SET.charAt((SET.indexOf(c) + 1) % SET.length());
            return Arguments.of(code.substring(0, i) + other + code.substring(i + 1), i + 1);
        }));
    }

    @Test
    void aWrongCheckCharacterNamesTheExpectedOne() {
        Violation v = Fixtures.violations(new Plain("914403001922038217")).get(0);
        assertThat(v.code()).isEqualTo("CV-0104");
        assertThat(v.message()).isEqualTo("统一社会信用代码校验码错误：第18位为“7”，应为“6”");
        assertThat(Fixtures.english(new Plain("914403001922038217")).get(0).message())
                .isEqualTo("wrong check character in the credit code: character 18 is '7', expected '6'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91440300192203821", "9144030019220382166", ""})
    void wrongLengthIsReportedWithTheLength(String code) {
        Violation v = Fixtures.violations(new Plain(code)).get(0);
        assertThat(v.code()).isEqualTo("CV-0102");
        assertThat(v.message()).isEqualTo("统一社会信用代码应为18位，此代码为" + code.length() + "位");
    }

    @Test
    void aCharacterOutsideTheSetIsNamedWithItsPosition() {
        Violation v = Fixtures.violations(new Plain("9144030019220382I6")).get(0);
        assertThat(v.code()).isEqualTo("CV-0103");
        assertThat(v.message()).startsWith("统一社会信用代码第17位“I”不属于GB 32100字符集");
        assertThat(Fixtures.english(new Plain("914403001922o38216")).get(0).message())
                .startsWith("character 13 of the credit code, 'o', is not in the GB 32100 character set");
    }

    @Test
    void interpolationCharactersInTheValueAreShownLiterally() {
        Violation v = Fixtures.violations(new Plain("91440300192203{$}6")).get(0);
        assertThat(v.message()).contains("第15位“{”");
    }

    @Test
    void theInnerCheckIsAWarningThatNamesBothCharacters() {
        // 华为's code with character 17 (the GB 11714 check) changed and character 18 recomputed.
        String body = "91440300192203820";
        String code = body + org.countychain.enterprise.CreditCode.checkCharacter(body);
        List<Violation> found = Fixtures.violations(new Supplier(code));
        assertThat(found).hasSize(1);
        Violation v = found.get(0);
        assertThat(v.code()).isEqualTo("CV-0105");
        assertThat(v.severity()).isEqualTo(ViolationSeverity.WARNING);
        assertThat(v.message()).endsWith("第17位为“0”，应为“1”");
        assertThat(Fixtures.violations(new Plain(code))).isEmpty();
        assertThat(Fixtures.violations(new Strict(code))).singleElement()
                .extracting(Violation::severity).isEqualTo(ViolationSeverity.ERROR);
    }

    @Test
    void theInnerCheckIsSilentOnMalformedCodes() {
        assertThat(Fixtures.violations(new Strict("91440300"))).isEmpty();
        assertThat(Fixtures.violations(new Strict("9144030019220382I6"))).isEmpty();
    }

    @Test
    void anOverriddenMessageIsKept() {
        Violation v = Fixtures.violations(new Custom("914403001922038217")).get(0);
        assertThat(v.message()).isEqualTo("bad code");
        assertThat(v.code()).isEqualTo("CV-0101");
    }

    @Property(tries = 300)
    void everySingleSubstitutionOfAValidCodeIsCaught(@ForAll("validCodes") String code,
                                                     @ForAll("positions") int position,
                                                     @ForAll("shifts") int shift) {
        char original = code.charAt(position);
        char replacement = SET.charAt((SET.indexOf(original) + shift) % SET.length());
        String altered = code.substring(0, position) + replacement + code.substring(position + 1);
        assertThat(Fixtures.codes(new Plain(code))).isEmpty();
        assertThat(Fixtures.codes(new Plain(altered))).containsExactly("CV-0104");
    }

    @Provide
    Arbitrary<String> validCodes() {
        Arbitrary<Character> c = Arbitraries.of(SET.chars().mapToObj(i -> (char) i).toList());
        return c.list().ofSize(17).map(l -> {
            StringBuilder sb = new StringBuilder(18);
            l.forEach(sb::append);
            return sb.append(org.countychain.enterprise.CreditCode.checkCharacter(sb)).toString();
        });
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 17);
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(1, 30);
    }
}
