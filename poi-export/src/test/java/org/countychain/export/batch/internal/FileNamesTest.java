package org.countychain.export.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void chineseNamesStayAsTheyAre() {
        assertThat(FileNames.sanitise("350582-晋江市-纺织鞋服")).isEqualTo("350582-晋江市-纺织鞋服");
        assertThat(FileNames.sanitise("PINGTAN-平潭综合实验区")).isEqualTo("PINGTAN-平潭综合实验区");
    }

    @Test
    void separatorsAndCharactersWindowsForbidsBecomeUnderscores() {
        assertThat(FileNames.sanitise("纺织/鞋服\\a:b*c?d\"e<f>g|h")).isEqualTo("纺织_鞋服_a_b_c_d_e_f_g_h");
        assertThat(FileNames.sanitise("a\tb\u0000c\u200bd\u2028e\u3000\u3000f")).isEqualTo("a b_c_d e f");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("_.._etc_passwd");
    }

    @Test
    void spacesAndDotsAtTheEndsGoAndWhiteSpaceCollapses() {
        assertThat(FileNames.sanitise("  集成  电路 . ")).isEqualTo("集成 电路");
        assertThat(FileNames.sanitise("..")).isEqualTo("_");
        assertThat(FileNames.sanitise(" . ")).isEqualTo("_");
        assertThat(FileNames.sanitise("")).isEqualTo("_");
        assertThat(FileNames.sanitise(null)).isEqualTo("_");
    }

    @Test
    void windowsDeviceNamesArePrefixed() {
        assertThat(FileNames.sanitise("CON")).isEqualTo("_CON");
        assertThat(FileNames.sanitise("nul.docx")).isEqualTo("_nul.docx");
        assertThat(FileNames.sanitise("com1")).isEqualTo("_com1");
        assertThat(FileNames.sanitise("CONSOLE")).isEqualTo("CONSOLE");
        assertThat(FileNames.sanitise("com10")).isEqualTo("com10");
    }

    @Test
    void lengthIsCutAtSixtyCodePointsNeverInsideASurrogatePair() {
        String sixty = "县".repeat(60);
        assertThat(FileNames.sanitise(sixty)).isEqualTo(sixty);
        assertThat(FileNames.sanitise(sixty + "市")).isEqualTo(sixty);
        String pairs = "𠀀".repeat(61);   // outside the BMP: two chars each
        assertThat(FileNames.sanitise(pairs)).isEqualTo("𠀀".repeat(60));
        assertThat(FileNames.sanitise("县".repeat(59) + " 市")).isEqualTo("县".repeat(59));
    }

    @Test
    void decomposedTextIsComposed() {
        assertThat(FileNames.sanitise("e\u0301")).isEqualTo("\u00e9");
    }

    @Test
    void uniqueNamesNumberClashesAsCaseInsensitiveFileSystemsSeeThem() {
        FileNames.Unique names = new FileNames.Unique();
        assertThat(names.claim("d", "Report", "docx")).isEqualTo("d/Report.docx");
        assertThat(names.claim("d", "report", "DOCX")).isEqualTo("d/report-2.DOCX");
        assertThat(names.claim("d", "Report", "docx")).isEqualTo("d/Report-3.docx");
        assertThat(names.claim("e", "Report", "docx")).isEqualTo("e/Report.docx");
        assertThat(names.claim("", "Report", "md")).isEqualTo("Report.md");
    }

    @Test
    void aClaimedNameWithItsNumberAndExtensionStaysWithinTheLimit() {
        FileNames.Unique names = new FileNames.Unique();
        String long60 = "县".repeat(60);
        assertThat(names.claim("d", long60, "docx")).isEqualTo("d/" + "县".repeat(55) + ".docx");
        assertThat(names.claim("d", long60, "docx")).isEqualTo("d/" + "县".repeat(53) + "-2.docx");
        assertThat(names.claim("d", "县".repeat(54) + " 市", "docx")).isEqualTo("d/" + "县".repeat(54) + ".docx");
    }

    @Property
    void anyTextGivesOneSafeStableName(@ForAll @StringLength(max = 200) String text) {
        String name = FileNames.sanitise(text);
        assertThat(name).isNotEmpty().doesNotContainPattern("[\\\\/:*?\"<>|\\p{Cntrl}]")
                .doesNotStartWith(" ").doesNotEndWith(" ").doesNotEndWith(".");
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(FileNames.MAX_CODE_POINTS);
        assertThat(name).isNotIn(".", "..");
        assertThat(FileNames.sanitise(name)).isEqualTo(name);
    }
}
