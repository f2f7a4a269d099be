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
    }
}
