package org.countychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/** Every problem code has a distinct code and a message in Chinese and in English. */
class ErrorCodeMessagesTest {
    @Test
    void everyCodeIsUniqueAndWellFormed() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("CC-\\d{4}"));
    }

    @Test
    void everyCodeHasAChineseAndAnEnglishMessage() {
        ResourceBundle zh = Messages.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = Messages.bundle(Locale.ENGLISH);
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(zh.containsKey(c.code())).as("zh " + c).isTrue();
            assertThat(en.containsKey(c.code())).as("en " + c).isTrue();
            assertThat(zh.getString(c.code())).as(c.code()).isNotEqualTo(en.getString(c.code()));
        }
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        // The core's bundle holds the core's codes only: another module's codes travel with that module.
        assertThat(en.keySet().stream().filter(k -> k.startsWith("CC-")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList());
    }

    @Test
    void theMessageOfACodeIsLookedUpInItsOwnModulesBundle() {
        InvalidInputException e = new InvalidInputException(ErrorCode.CREDIT_CODE_LENGTH, "creditCode", "17", "x");
        assertThat(e.errorCode()).isInstanceOf(ProblemCode.class);
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("[CC-1101] creditCode: a unified social credit code has 18"
                + " characters, this one has 17 (x)");
        ProblemCode elsewhere = new ProblemCode() {
            @Override
            public String code() {
                return "CC-0000";
            }

            @Override
            public String messageBundle() {
                return "org.countychain.no.such.bundle";
            }
        };
        // A module without its bundle still says which code it is, rather than failing to report.
        assertThat(new InvalidInputException(elsewhere, "f", "a").getMessage(Locale.ENGLISH))
                .isEqualTo("[CC-0000] f: CC-0000 [a]");
    }
}
