package org.countychain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fujian's pilot-era credit codes: real codes whose check character does not follow GB 32100.
 */
class PilotEraCreditCodeTest {

    /**
     * The real codes published as pilot-era codes, with where each was published.
     * <ul>
     *   <li>bluesky335/IDCheck, README.md and USCI/USCI_test.go (https://github.com/bluesky335/IDCheck): three named
     *       companies, "早期部分试点地区推行…较早…它们都是合法的代码";</li>
     *   <li>hutool, CreditCodeUtilTest.isCreditCode2 (https://github.com/dromara/hutool,
     *       hutool-core/src/test/java/cn/hutool/core/util/CreditCodeUtilTest.java), citing IDCheck;</li>
     *   <li>hutool issue #4119 (https://github.com/chinabugotech/hutool/issues/4119): a company's code, with the
     *       maintainer's answer "厦门某些企业在2016年以前注册的代码都不符合这个标准" (also issue #2020);</li>
     *   <li>02020/vite, learn/utils/validateSocialCreditCode.js (https://github.com/02020/vite): a validator that
     *       lets this one code through by name because it is real.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "91350100M0001TGQXM, 福建恒跃柳工机械销售有限公司, 1",
            "91350211M0000XUF46, 厦门云上晴空航空科技有限公司, R",
            "91350203M0001FUE2P, 厦门黑脉网络科技有限公司, J",
            "91350211M00013FA1N, hutool CreditCodeUtilTest, 3",
            "91350203M0001QKT19, hutool issue 4119, F",
            "91350203M0001QAY9B, 02020/vite validateSocialCreditCode.js, 9"
    })
    void publishedPilotEraCodesAreRecognisedAndKeepTheirText(String code, String source, char gb32100) {
        assertThat(CreditCode.isValid(code)).as(source).isFalse();
        assertThat(CreditCode.isPilotEra(code)).as(source).isTrue();
        CreditCodeCheck check = CreditCode.check(code);
        assertThat(check.status()).isEqualTo(CreditCodeCheck.Status.PILOT_ERA);
        assertThat(check.isValid()).isFalse();
        assertThat(check.isAccepted()).isTrue();
        assertThat(check.position()).isEqualTo(18);
        assertThat(check.found()).isEqualTo(code.charAt(17));
        assertThat(check.expected()).as("what GB 32100 would give").isEqualTo(gb32100);

        CreditCode parsed = CreditCode.parse(code);
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.isPilotEra()).isTrue();
        assertThat(parsed.isCheckCharacterValid()).isFalse();
        assertThat(parsed.isOrganisationCodeValid()).as("the GB 11714 inner check holds").isTrue();
        assertThat(CreditCode.pilotCheckCharacter(code)).isEqualTo(code.charAt(17));
        // Written forms are normalised as for any code.
        assertThat(CreditCode.parse(" " + code.toLowerCase(java.util.Locale.ROOT) + " ").value()).isEqualTo(code);
    }

    /** The example printed in the standard's own materials is valid under GB 32100, so it is not pilot-era. */
    @Test
    void theStandardsExampleIsValidNotPilotEra() {
        String example = "91350100M000100Y43";
        assertThat(CreditCode.check(example)).isSameAs(CreditCodeCheck.VALID);
        assertThat(CreditCode.isPilotEra(example)).isFalse();
        assertThat(CreditCode.parse(example).isPilotEra()).isFalse();
    }

    /**
     * No single-character change and no swap of neighbours of a published pilot-era code is pilot-era: the pilot
     * check (modulo 37, weights 2^(i-1)) catches them all, so a mistyped pilot-era code stays an error. (A change
     * can, by chance, give a code that is valid under GB 32100, as a change of any invalid code can.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M0001TGQXM", "91350211M0000XUF46", "91350203M0001FUE2P",
            "91350211M00013FA1N", "91350203M0001QKT19", "91350203M0001QAY9B"})
    void everyCorruptionIsCaught(String code) {
        String set = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        List<String> corruptions = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            for (int k = 0; k < set.length(); k++) {
                char c = set.charAt(k);
                if (c != code.charAt(i)) {
                    corruptions.add(code.substring(0, i) + c + code.substring(i + 1));
                }
            }
        }
        for (int i = 0; i < 17; i++) {
            if (code.charAt(i) != code.charAt(i + 1)) {
                corruptions.add(code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2));
            }
        }
        assertThat(corruptions).hasSizeGreaterThan(500);
        for (String altered : corruptions) {
            CreditCodeCheck check = CreditCode.check(altered);
            assertThat(check.status()).as(altered).isNotEqualTo(CreditCodeCheck.Status.PILOT_ERA);
            if (!check.isValid()) {
                assertThatThrownBy(() -> CreditCode.parse(altered)).as(altered)
                        .isInstanceOf(InvalidInputException.class);
            }
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            // Same body as a published code, another registration department or category: not in the evidence.
            "92350203M0001FUE2P, category 2 (个体工商户)",
            "51350203M0001FUE2P, department 5",
            // Another Fujian city's office (泉州 3505): the pilot is Fuzhou's and Xiamen's.
            "91350582M0001FUE2P, 晋江",
            // Not an M000 organisation part.
            "91350203MA001FUE2P, MA instead of M000"
    })
    void aCodeOutsideThePatternStaysAnError(String body, String why) {
        // Give each its own pilot check character, so that only the pattern is wrong.
        String code = body.substring(0, 17) + pilotOrSomething(body);
        assertThat(CreditCode.isPilotEra(code)).as(why).isFalse();
        if (!CreditCode.isValid(code)) {
            assertThat(CreditCode.check(code).status()).isEqualTo(CreditCodeCheck.Status.WRONG_CHECK_CHARACTER);
            assertThatThrownBy(() -> CreditCode.parse(code)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CREDIT_CODE_CHECK));
        }
    }

    @Test
    void aWrongInnerCheckIsNotPilotEra() {
        // 91350203M0001FUE2P with character 17 changed and the pilot check recomputed: only the inner check is off.
        String body = "91350203M0001FUE3";
        String code = body + CreditCode.pilotCheckCharacter(body);
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThat(CreditCode.isPilotEra(code)).isFalse();
    }

    @Test
    void pilotCheckCharacterHasNoCharacterForThirtySix() {
        for (int i = 0; i < 100_000; i++) {
            String body = String.format(Locale.ROOT, "91350203M%08d", i);
            if (CreditCode.pilotCheckCharacter(body) == '\0') {
                return;
            }
        }
        throw new AssertionError("no body with pilot check value 36 among 100,000");
    }

    private static char pilotOrSomething(String body) {
        char c = CreditCode.pilotCheckCharacter(body);
        return c == '\0' || "IOSVZ".indexOf(c) >= 0 ? '1' : c;
    }

}
