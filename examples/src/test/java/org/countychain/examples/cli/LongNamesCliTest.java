package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.countychain.examples.cli.SmallHeapCli.inline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.countychain.export.excel.EnterpriseImporter;
import org.countychain.export.excel.ExcelErrorCode;
import org.countychain.export.excel.SpooledImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long-names workbook: rows whose names have 11,600 characters, every cell under Excel's 32,767 and the workbook
 * under the zip-bomb ratio, so that nothing but the name's own length can stop them. The import holds a name to
 * validation's 200 characters, so {@code import} and {@code screen} in a child JVM of 64 MB heap reject those rows
 * as row errors (CC-7005), keep the good rows, and end normally; before, every such row was an enterprise, and
 * {@code screen}, which holds the enterprises it screens, ran out of memory (exit 3, CC-9005).
 *
 * <p>The workbook had 150,000 such rows (1.74 billion characters, 3.5 GB of names on the heap); this one has
 * {@value #ROWS}, about 184 MB of names on the heap, about three times the child's 64 MB heap as those were of a gigabyte,
 * so that the build stays quick; the shape (name length, cell limit, zip ratio) is the issue's.
 */
@Tag("class-path") // the child JVM runs the command line from the class path (java.class.path)
class LongNamesCliTest {
    private static final int ROWS = 8_000;
    private static final int NAME_CHARS = 11_600;
    private static final int GOOD_EVERY = 100;
    private static final int GOOD = ROWS / GOOD_EVERY;
    private static final int BAD = ROWS - GOOD;

    @TempDir
    static Path shared;
    private static Path xlsx;

    @TempDir
    Path tmp;

    @BeforeAll
    static void writeTheWorkbook() throws IOException {
        xlsx = shared.resolve("long-names.xlsx");
        Random random = new Random(17);
        char[] name = new char[NAME_CHARS];
        SmallHeapCli.writeWorkbook(xlsx, List.of("统一社会信用代码", "企业名称", "所在县（市、区）"), w -> {
            for (int i = 1; i <= ROWS; i++) {
                int r = i + 1;
                String n = i % GOOD_EVERY == 0 ? "企业" + i : longName(random, name);
                w.write("<row r=\"" + r + "\">" + inline("A" + r, SpooledImportCliTest.code(i)) + inline("B" + r, n)
                        + "<c r=\"C" + r + "\" t=\"s\"><v>0</v></c></row>");
            }
        });
    }

    /**
     * A name of {@value #NAME_CHARS} characters, each 企 or 业 at random: about one bit a character, so that the
     * sheet deflates about 14 to 1, well within the zip-bomb guard's 100 to 1.
     */
    private static String longName(Random random, char[] name) {
        for (int i = 0; i < name.length; i += 64) {
            long bits = random.nextLong();
            for (int j = i; j < Math.min(name.length, i + 64); j++) {
                name[j] = (bits & 1) == 0 ? '企' : '业';
                bits >>>= 1;
            }
        }
        return new String(name);
    }

    @Test
    void importRejectsTheLongNamesAsRowErrorsWith64MbOfHeapAndWritesThemToTheErrorWorkbook() throws Exception {
        Path temporary = Files.createDirectories(tmp.resolve("tmp"));
        Path out = tmp.resolve("out");
        SmallHeapCli.Finished p = SmallHeapCli.run(temporary, tmp.resolve("import.txt"), "import", xlsx.toString(),
                "--out", out.toString());
        String console = p.console();
        assertThat(p.exit()).as(tail(console)).isEqualTo(1);
        assertThat(console).contains("读取" + ROWS + "行，接受" + GOOD + "行，拒绝" + BAD + "行；企业" + GOOD + "家")
                .contains("[CC-7005] 企业!B2 (企业名称) \"", "文本有11600个字符，超过此列上限200个")
                .doesNotContain("\tat ", "CC-9005");
        // one line per error, the name shown by its start
        assertThat(console.lines().filter(l -> l.startsWith("[CC-7005]"))).hasSize(BAD)
                .allSatisfy(l -> assertThat(l).hasSizeLessThan(300));
        assertThat(SmallHeapCli.spoolDirectories(temporary)).as("no temporary file left").isEmpty();
        // the error workbook holds every rejected row with its name whole: imported again, all are rejected again
        try (SpooledImport again = EnterpriseImporter.defaults().importSpooled(out.resolve("long-names-errors.xlsx"))) {
            assertThat(again.rowsRead()).isEqualTo(BAD);
            assertThat(again.rowsRejected()).isEqualTo(BAD);
            assertThat(again.errors()).extracting(e -> e.code()).containsOnly(ExcelErrorCode.IMPORT_TEXT_TOO_LONG);
            assertThat(again.errors().get(0).rawValue()).hasSize(NAME_CHARS);
        }
    }

    @Test
    void screenRejectsTheLongNamesAndScreensTheRestWith64MbOfHeap() throws Exception {
        Path temporary = Files.createDirectories(tmp.resolve("tmp"));
        SmallHeapCli.Finished s = SmallHeapCli.run(temporary, tmp.resolve("screen.txt"), "screen", xlsx.toString(),
                "--year", "2024");
        String console = s.console();
        // rejected rows are reported and left out, as for any rejected row; the good ones are screened
        assertThat(s.exit()).as(tail(console)).isEqualTo(0);
        assertThat(console).contains("[CC-7005] 企业!B2 (企业名称) \"", "2024年度检查结果")
                .doesNotContain("\tat ", "CC-9005");
        assertThat(SmallHeapCli.spoolDirectories(temporary)).as("no temporary file left").isEmpty();
    }

    private static String tail(String console) {
        return console.length() > 4000 ? console.substring(console.length() - 4000) : console;
    }
}
