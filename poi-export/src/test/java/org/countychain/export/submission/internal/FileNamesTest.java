package org.countychain.export.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File names that unpack the same on Windows, macOS and Linux. */
class FileNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "350582-晋江市-纺织鞋服 # 350582-晋江市-纺织鞋服.docx",
            "a/b\\c:d*e?f\"g<h>i|j # a／b＼c：d＊e？f＂g＜h＞i｜j.docx",
            "CON # _CON.docx",
            "con # _con.docx",
            "LPT1 # _LPT1.docx",
            "com9.backup # _com9.backup.docx",
            "CONSOLE # CONSOLE.docx",
            "report.  # report.docx",
            "'  spaced   out  ' # spaced out.docx",
            "'' # _.docx",
            "... # _.docx",
            "tab\there # tab here.docx"})
    void unsafeNamesAreMadeSafe(String stem, String expected) {
        assertThat(FileNames.safe(stem, "docx")).isEqualTo(expected);
    }

    @Test
    void controlAndFormatCharactersAreRemoved() {
        assertThat(FileNames.safe("晋江\u0000\u0007\u200b\u202e市", "docx")).isEqualTo("晋江市.docx");
    }

    @Test
    void namesAreComposedNotDecomposed() {
        // "é" as e + combining acute (what macOS file systems hand out) becomes one code point
        assertThat(FileNames.safe("Caf\u0065\u0301", "docx")).isEqualTo("Caf\u00e9.docx");
    }

    @Test
    void longNamesAreCutAtACharacterBoundaryKeepingTheExtension() {
        String name = FileNames.safe("县".repeat(100), "docx");
        assertThat(name).endsWith("县.docx");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(FileNames.MAX_BYTES - 3);
        String emoji = FileNames.safe("😀".repeat(60), "docx");
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(emoji.length() - 5 - (emoji.length() - 5) / 2 + 5);
        assertThat(emoji).matches("(😀)+\\.docx");
    }

    @Test
    void clashesAreNumberedIgnoringCase() {
        Set<String> taken = FileNames.names();
        assertThat(FileNames.unique("Report", "docx", taken)).isEqualTo("Report.docx");
        assertThat(FileNames.unique("report", "docx", taken)).isEqualTo("report（2）.docx");
        assertThat(FileNames.unique("REPORT", "docx", taken)).isEqualTo("REPORT（3）.docx");
        Set<String> other = FileNames.names();
        String longStem = "链".repeat(100);
        String first = FileNames.unique(longStem, "docx", other);
        String second = FileNames.unique(longStem, "docx", other);
        assertThat(second).isNotEqualTo(first).endsWith("（2）.docx");
        assertThat(second.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
    }

    @Property(tries = 500)
    void anyTextGivesASafeName(@ForAll String stem) {
        String name = FileNames.safe(stem, "docx");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isBetween(6, FileNames.MAX_BYTES);
        assertThat(name).endsWith(".docx").doesNotContain("/", "\\", ":", "*", "?", "\"", "<", ">", "|");
        assertThat(name.chars()).noneMatch(c -> c < 0x20 || c == 0x7f);
        String base = name.substring(0, name.length() - 5);
        assertThat(base).doesNotEndWith(".").doesNotEndWith(" ").doesNotStartWith(" ");
        assertThat(FileNames.safe(base, "docx")).isEqualTo(name);
    }
}
