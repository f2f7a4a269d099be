package org.countychain.export.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.countychain.ErrorCode;
import org.countychain.ProblemCode;
import org.countychain.export.batch.BatchErrorCode;
import org.countychain.export.submission.SubmissionErrorCode;
import org.junit.jupiter.api.Test;

/**
 * The codes of this module live in their own enums, each in its range, with a message in Chinese and English in
 * their own bundle; no code is used by two enums of the library.
 */
class ProblemCodesTest {
    private static final Map<Class<? extends Enum<?>>, String> RANGES = Map.of(
            ExportErrorCode.class, "CC-50\\d\\d",
            SubmissionErrorCode.class, "CC-61\\d\\d",
            BatchErrorCode.class, "CC-63\\d\\d",
            org.countychain.export.docx.read.WordErrorCode.class, "CC-64\\d\\d",
            org.countychain.export.excel.ExcelErrorCode.class, "CC-70\\d\\d");

    @Test
    void everyCodeIsInItsModulesRange() {
        RANGES.forEach((type, range) -> assertThat(codes(type)).as(type.getSimpleName()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.code()).matches(range)));
        assertThat(Stream.of(ErrorCode.values()).map(ErrorCode::code))
                .as("the core keeps no export, submission, batch, Word or Excel code")
                .noneMatch(c -> c.matches("CC-(50|61|63|64|70)\\d\\d"));
    }

    @Test
    void noCodeIsUsedTwiceAcrossTheLibrary() {
        List<String> all = new ArrayList<>(Stream.of(ErrorCode.values()).map(ErrorCode::code).toList());
        RANGES.keySet().forEach(type -> codes(type).forEach(c -> all.add(c.code())));
        assertThat(all).hasSizeGreaterThan(ErrorCode.values().length).doesNotHaveDuplicates();
    }

    @Test
    void everyCodeHasItsOwnChineseAndEnglishMessageAndTheBundleNothingElse() {
        for (Class<? extends Enum<?>> type : RANGES.keySet()) {
            List<ProblemCode> codes = codes(type);
            String base = codes.get(0).messageBundle();
            // Looked up in the code's module, as core's renderer does (a Control is refused in a named module);
            // ROOT gives the English base bundle as it is, whatever the JVM's locale.
            ResourceBundle zh = ResourceBundle.getBundle(base, Locale.SIMPLIFIED_CHINESE, type.getModule());
            ResourceBundle en = ResourceBundle.getBundle(base, Locale.ROOT, type.getModule());
            assertThat(en.keySet()).as(base).containsExactlyInAnyOrderElementsOf(
                    codes.stream().map(ProblemCode::code).toList());
            assertThat(zh.keySet()).as(base).isEqualTo(en.keySet());
            for (ProblemCode c : codes) {
                assertThat(c.messageBundle()).isEqualTo(base);
                assertThat(zh.getString(c.code())).as(c.code()).containsPattern("\\p{IsHan}")
                        .isNotEqualTo(en.getString(c.code()));
                assertThat(en.getString(c.code())).as(c.code()).doesNotContainPattern("\\p{IsHan}");
            }
        }
    }

    private static List<ProblemCode> codes(Class<? extends Enum<?>> type) {
        return Stream.of(type.getEnumConstants()).map(ProblemCode.class::cast).toList();
    }
}
