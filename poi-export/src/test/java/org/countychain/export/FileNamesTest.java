package org.countychain.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File names that unpack the same on Windows, macOS and Linux: the one convention of batch, package and CLI. */
class FileNamesTest {
    @Test
    void chineseNamesStayAsTheyAre() {
        assertThat(FileNames.safe("350582-晋江市-纺织鞋服", "docx")).isEqualTo("350582-晋江市-纺织鞋服.docx");
        assertThat(FileNames.safe("PINGTAN-平潭综合实验区", null)).isEqualTo("PINGTAN-平潭综合实验区");
        assertThat(FileNames.safe("350500-泉州市", "")).isEqualTo("350500-泉州市");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "350582-晋江市-纺织鞋服 # 350582-晋江市-纺织鞋服.docx",
            "a/b\\c:d*e?f\"g<h>i|j # a／b＼c：d＊e？f＂g＜h＞i｜j.docx",
            "纺织/鞋服 # 纺织／鞋服.docx",
            "../../etc/passwd # ／..／etc／passwd.docx",
            "CON # _CON.docx",
            "con # _con.docx",
            "LPT1 # _LPT1.docx",
            "com1 # _com1.docx",
            "com9.backup # _com9.backup.docx",
            "nul.docx # _nul.docx.docx",
            "'CON .txt' # '_CON .txt.docx'",
            "CONSOLE # CONSOLE.docx",
            "com10 # com10.docx",
            "report.  # report.docx",
            ".hidden # hidden.docx",
            "'  集成  电路 . ' # 集成 电路.docx",
            "'  spaced   out  ' # spaced out.docx",
            "'' # _.docx",
            "... # _.docx",
            "'.. ' # _.docx",
            "tab\there # tab here.docx"})
    void unsafeNamesAreMadeSafe(String stem, String expected) {
        assertThat(FileNames.safe(stem, "docx")).isEqualTo(expected);
    }

    @Test
    void folderNamesHaveNoExtension() {
        assertThat(FileNames.safe(null, null)).isEqualTo("_");
        assertThat(FileNames.safe(" . ", null)).isEqualTo("_");
        assertThat(FileNames.safe("..", null)).isEqualTo("_");
        assertThat(FileNames.safe("nul", null)).isEqualTo("_nul");
        assertThat(FileNames.safe("nul.docx", null)).isEqualTo("_nul.docx");
    }

    @Test
    void extensionsAreMadeSafeAndShort() {
        assertThat(FileNames.safe("a", "DOCX")).isEqualTo("a.DOCX");
        assertThat(FileNames.safe("a", "tar.gz")).isEqualTo("a.tar.gz");
        assertThat(FileNames.safe("a", "x/y")).isEqualTo("a.x／y");
        assertThat(FileNames.safe("a", " . ")).isEqualTo("a");
        assertThat(FileNames.safe("a", "x".repeat(40))).isEqualTo("a." + "x".repeat(16));
    }

    @Test
    void controlAndFormatCharactersAreRemovedAndWhiteSpaceCollapses() {
        assertThat(FileNames.safe("晋江\u0000\u0007\u200b\u202e市", "docx")).isEqualTo("晋江市.docx");
        assertThat(FileNames.safe("a\tb\u0000c\u200bd\u2028e\u3000\u3000f\u00a0g", null)).isEqualTo("a bcd e f g");
        assertThat(FileNames.safe("a\ue000b\udc00c", null)).isEqualTo("abc");
    }

    @Test
    void namesAreComposedNotDecomposed() {
        // "é" as e + combining acute (what macOS file systems hand out) becomes one code point
        assertThat(FileNames.safe("Caf\u0065\u0301", "docx")).isEqualTo("Caf\u00e9.docx");
        // also when a removed character stood between the letter and its mark
        assertThat(FileNames.safe("e\u200b\u0301", null)).isEqualTo("\u00e9");
    }

    @Test
    void longNamesAreCutAtACharacterBoundaryKeepingTheExtension() {
        String name = FileNames.safe("县".repeat(100), "docx");
        assertThat(name).isEqualTo("县".repeat(38) + ".docx");
        assertThat(utf8(name)).isLessThanOrEqualTo(FileNames.MAX_BYTES).isGreaterThan(FileNames.MAX_BYTES - 3);
        assertThat(FileNames.safe("县".repeat(40), null)).isEqualTo("县".repeat(40));
        assertThat(FileNames.safe("县".repeat(41), null)).isEqualTo("县".repeat(40));
        // outside the BMP: two chars and four bytes each, never cut in half
        assertThat(FileNames.safe("😀".repeat(60), "docx")).isEqualTo("😀".repeat(28) + ".docx");
        assertThat(FileNames.safe("𠀀".repeat(31), null)).isEqualTo("𠀀".repeat(30));
        // a cut that leaves a space or dot at the end removes it
        assertThat(FileNames.safe("县".repeat(39) + " 市", null)).isEqualTo("县".repeat(39));
    }

    @Test
    void clashesAreNumberedIgnoringCasePerFolder() {
        FileNames.Unique names = new FileNames.Unique();
        assertThat(names.claim("d", "Report", "docx")).isEqualTo("d/Report.docx");
        assertThat(names.claim("d", "report", "DOCX")).isEqualTo("d/report（2）.DOCX");
        assertThat(names.claim("d", "REPORT", "docx")).isEqualTo("d/REPORT（3）.docx");
        assertThat(names.claim("e", "Report", "docx")).isEqualTo("e/Report.docx");
        assertThat(names.claim("", "Report", "md")).isEqualTo("Report.md");
        assertThat(names.claim("", "Report", "docx")).isEqualTo("Report.docx");
        assertThat(names.claim("", "Caf\u0065\u0301", "docx")).isEqualTo("Caf\u00e9.docx");
        assertThat(names.claim("", "CAF\u00c9", "docx")).isEqualTo("CAF\u00c9（2）.docx");
    }

    /** The examples of the class's Javadoc, as written there. */
    @Test
    void theDocumentedExamplesHold() {
        assertThat(FileNames.safe("350582-晋江市-纺织/鞋服", "docx")).isEqualTo("350582-晋江市-纺织／鞋服.docx");
        assertThat(FileNames.safe("CON", "txt")).isEqualTo("_CON.txt");
        assertThat(FileNames.safe("  .hidden. ", null)).isEqualTo("hidden");
        FileNames.Unique names = new FileNames.Unique();
        assertThat(names.claim("350500-泉州市", "报告", "docx")).isEqualTo("350500-泉州市/报告.docx");
        assertThat(names.claim("350500-泉州市", "报告", "DOCX")).isEqualTo("350500-泉州市/报告（2）.DOCX");
    }

    @Test
    void nullsAreEmptyNotErrors() {
        FileNames.Unique names = new FileNames.Unique();
        assertThat(names.claim(null, null, null)).isEqualTo("_");
        assertThat(names.claim("", "", "")).isEqualTo("_（2）");
        assertThat(FileNames.clashKey(null)).isEmpty();
        assertThat(FileNames.clashKey("Caf\u0065\u0301")).isEqualTo("caf\u00e9");
    }

    @Test
    void aNumberedNameStaysWithinTheLimit() {
        FileNames.Unique names = new FileNames.Unique();
        String longStem = "链".repeat(100);
        assertThat(names.claim("d", longStem, "docx")).isEqualTo("d/" + "链".repeat(38) + ".docx");
        // （2） is 7 bytes: two characters of the stem make room, 120 bytes in all
        assertThat(names.claim("d", longStem, "docx")).isEqualTo("d/" + "链".repeat(36) + "（2）.docx");
        assertThat(names.claim("f", "链".repeat(38) + " 县", "docx")).isEqualTo("f/" + "链".repeat(38) + ".docx");
        assertThat(names.claim("", "CON", "docx")).isEqualTo("_CON.docx");
        assertThat(names.claim("", "con", "docx")).isEqualTo("_con（2）.docx");
    }

    @Property(tries = 500)
    void anyTextGivesOneSafeStableName(@ForAll @StringLength(max = 200) String stem) {
        String name = FileNames.safe(stem, "docx");
        assertThat(utf8(name)).isBetween(6, FileNames.MAX_BYTES);
        assertThat(name).endsWith(".docx").doesNotContain("/", "\\", ":", "*", "?", "\"", "<", ">", "|");
        assertThat(name.chars()).noneMatch(c -> c < 0x20 || c == 0x7f);
        String base = name.substring(0, name.length() - 5);
        assertThat(base).doesNotEndWith(".").doesNotEndWith(" ").doesNotStartWith(" ").doesNotStartWith(".");
        assertThat(FileNames.safe(base, "docx")).isEqualTo(name);
        String folder = FileNames.safe(stem, null);
        assertThat(folder).isNotEmpty().isNotIn(".", "..").doesNotContainPattern("[\\\\/:*?\"<>|\\p{Cntrl}]");
        assertThat(FileNames.safe(folder, null)).isEqualTo(folder);
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
