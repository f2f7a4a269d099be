package org.countychain.export.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The compact shared-strings table gives back every text as added, in memory and from its temporary file. */
class SharedStringTableTest {
    private static final String[] PIECES = {"", "a", "Zz9", "é", "ÿ", "\u0100", "企业", "福建省晋江市", "😀", "\uFFFD",
        "x".repeat(70_000), "统一社会信用代码".repeat(5_000)};

    private static List<String> randomTexts(long seed, int n) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                b.append(piece.length() > 1_000 && random.nextInt(20) != 0 ? "y" : piece);
            }
            texts.add(random.nextInt(50) == 0 ? null : b.toString());
        }
        return texts;
    }

    @Test
    void everyTextComesBackInMemoryAndSpilled() throws Exception {
        for (long budget : new long[] {Long.MAX_VALUE, 0, SharedStringTable.PAGE * 3L}) {
            List<String> texts = randomTexts(budget, 20_000);
            Path file;
            try (SharedStringTable table = new SharedStringTable(budget)) {
                for (int i = 0; i < texts.size(); i++) {
                    String t = texts.get(i);
                    table.add(t, t == null ? 1_000_000L + i : t.length());
                }
                assertThat(table.size()).isEqualTo(texts.size());
                assertThat(table.spilled()).as("budget " + budget).isEqualTo(budget != Long.MAX_VALUE);
                Random random = new Random(7);
                for (int k = 0; k < 60_000; k++) {
                    int i = k < texts.size() ? k : random.nextInt(texts.size());
                    assertThat(table.get(i)).as("string " + i).isEqualTo(texts.get(i));
                    assertThat(table.length(i)).isEqualTo(texts.get(i) == null ? 1_000_000L + i : 0L);
                }
                file = table.spillFile();
                assertThat(file == null).isEqualTo(budget == Long.MAX_VALUE);
            }
            if (file != null) {
                assertThat(file).doesNotExist();
            }
        }
    }

    @Test
    void aMillionCodesAndNamesTakeAboutTheirCharacters() throws Exception {
        try (SharedStringTable table = new SharedStringTable(Long.MAX_VALUE)) {
            long chars = 0;
            for (int i = 0; i < 500_000; i++) {
                String code = "91350582MA" + i;
                String name = "福建省样例科技股份有限公司第" + i + "分公司";
                table.add(code, code.length());
                table.add(name, name.length());
                chars += code.length() + 2L * name.length();
            }
            assertThat(table.get(999_999)).isEqualTo("福建省样例科技股份有限公司第499999分公司");
            // one byte per Latin character, two per other, a 4-byte header, padding to 4 bytes
            assertThat(table.bytes()).isLessThan(chars + 8L * 1_000_000 + SharedStringTable.PAGE);
        }
    }

    @Test
    void noStringsNoFile() throws Exception {
        try (SharedStringTable table = new SharedStringTable(0)) {
            assertThat(table.size()).isZero();
            assertThat(table.spilled()).isFalse();
            assertThat(table.spillFile()).isNull();
        }
    }
}
