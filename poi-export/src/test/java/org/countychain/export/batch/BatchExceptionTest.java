package org.countychain.export.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BatchExceptionTest {
    @ParameterizedTest
    @EnumSource(BatchErrorCode.class)
    void everyBatchCodeIsInTheRangeAndHasAChineseAndAnEnglishMessage(BatchErrorCode code) {
        assertThat(code.code()).matches("CC-63\\d\\d");
        BatchException e = new BatchException(code, "350500-泉州市", List.of("甲", "乙"), null);
        String zh = e.getMessage(Locale.SIMPLIFIED_CHINESE);
        String en = e.getMessage(Locale.ENGLISH);
        assertThat(zh).startsWith("[" + code.code() + "] 350500-泉州市: ").containsPattern("\\p{IsHan}{4}");
        assertThat(en).startsWith("[" + code.code() + "] 350500-泉州市: ").containsPattern("[a-z]+ [a-z]+ [a-z]+")
                .doesNotContain(code.code() + " [");   // the form of a missing key
        assertThat(zh).isNotEqualTo(en);
    }
}
