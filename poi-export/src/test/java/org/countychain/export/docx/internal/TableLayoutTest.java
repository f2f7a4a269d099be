package org.countychain.export.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The column sizing's rules at their boundaries, without a renderer: what a line cannot break, where a label would
 * leave a character alone, and how much tighter a label may be set. {@code AppendixRenderingTest} and
 * {@code LayoutRenderingTest} check the same on LibreOffice's PDF.
 */
class TableLayoutTest {
    private static final double NINE_PT_EM = 9 * 20;
    private static final int MARGINS = 2 * 85;

    @Test
    void aCodeInCjkBracketsIsOneTokenWithItsBrackets() {
        double code = TableLayout.longestToken("91350500155801216M");
        assertThat(TableLayout.longestToken("福建恒步体育用品有限公司（91350500155801216M）；华侨大学"))
                .isCloseTo(code + 3, within(1e-9));
        // A space, or a CJK character without punctuation, is a place to break.
        assertThat(TableLayout.longestToken("2020-06-18 成立")).isCloseTo(TableLayout.longestToken("2020-06-18"),
                within(1e-9));
        assertThat(TableLayout.longestToken("中试平台")).isEqualTo(1);
        // A closing mark stays with the character before it, an opening one with the character after it.
        assertThat(TableLayout.longestToken("中心（样例）")).isEqualTo(2);
    }

    @Test
    void theWidthOfACellIsItsWidestLine() {
        assertThat(TableLayout.ems("科技特派员\n是人才团队成员")).isEqualTo(7);
    }

    /**
     * Every run says {@code w:hint="eastAsia"}: curly quotes, the dash of an empty cell and ★ are set in the CJK font,
     * an em each. Measured as Latin, the service appendix's title was two ems short and left 单 alone.
     */
    @Test
    void punctuationOfAmbiguousWidthIsAnEmWide() {
        assertThat(TableLayout.ems("“一对一”“点对点”")).isEqualTo(10);
        assertThat(TableLayout.ems("—")).isEqualTo(1);
        assertThat(TableLayout.ems("张三★")).isEqualTo(3);
        // Latin punctuation stays Latin: an apostrophe, a hyphen, a straight quote.
        assertThat(TableLayout.ems("'")).isLessThan(0.5);
        assertThat(TableLayout.ems("-")).isLessThan(0.5);
        assertThat(TableLayout.ems("\"")).isLessThan(0.6);
    }

    @Test
    void aLabelLeavesACharacterAloneOnlyWhenItsLastLineHoldsOne() {
        assertThat(TableLayout.endsWithOneAlone("单位（团队）名称", 7)).isTrue();
        assertThat(TableLayout.endsWithOneAlone("单位（团队）名称", 8)).isFalse();
        assertThat(TableLayout.endsWithOneAlone("单位（团队）名称", 6)).isFalse();
        // 单位（团 / 队）名称: the bracket goes down with its character, not alone.
        assertThat(TableLayout.endsWithOneAlone("单位（团队）名称", 4)).isFalse();
        assertThat(TableLayout.endsWithOneAlone("成立及认定日期", 6)).isTrue();
        // A Latin character alone is not counted: the check is for CJK text.
        assertThat(TableLayout.endsWithOneAlone("TRL 6", 2)).isFalse();
    }

    @Test
    void noHeadingOfTheUnitTableLeavesACharacterAlone() {
        List<String> header = List.of("序号", "单位（团队）名称", "类型", "研究领域", "优势", "联系方式");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            rows.add(List.of(Integer.toString(i), "福建省轻工业研究所（福建省轻工业产品质量检验站）", "科研院所",
                    "鞋服新材料、功能性面料与MES/ERP/PLM/SCADA工业软件", "国家级检测资质，主导制定GB/T33000-2016等行业标准十余项",
                    "陈工 0595-12345678"));
        }
        for (int total = 7000; total <= 9600; total += 37) {
            TableLayout.Layout layout = TableLayout.layout(header, rows, total, 12);
            double em = layout.fontPt() * 20;
            for (int c = 0; c < header.size(); c++) {
                double capacity = Math.floor((layout.widths()[c] - MARGINS) / em);
                assertThat(TableLayout.endsWithOneAlone(header.get(c), capacity))
                        .as("%s in %d twips of a %d-twip table", header.get(c), layout.widths()[c], total).isFalse();
            }
            int sum = 0;
            for (int w : layout.widths()) {
                sum += w;
            }
            assertThat(sum).isEqualTo(total);
        }
    }

    @Test
    void aLabelIsSetAtMostATenthTighter() {
        // 7 characters in 6.7 ems: a little tighter keeps it on one line.
        int width = (int) (6.7 * NINE_PT_EM) + MARGINS;
        int each = TableLayout.tightening("成立及认定日期", width, 9);
        assertThat(each).isPositive();
        assertThat(7 * (NINE_PT_EM - each)).isLessThanOrEqualTo(width - MARGINS);
        // In a little over 6 ems it would take more than a tenth: left as it is.
        assertThat(TableLayout.tightening("成立及认定日期", (int) (6.05 * NINE_PT_EM) + MARGINS, 9)).isZero();
        // Whole on a line, or wrapping without a character alone: nothing to do.
        assertThat(TableLayout.tightening("成立及认定日期", (int) (7.2 * NINE_PT_EM) + MARGINS, 9)).isZero();
        assertThat(TableLayout.tightening("成立及认定日期", (int) (4.5 * NINE_PT_EM) + MARGINS, 9)).isZero();
        // A cell of several lines is set tighter for the line that needs it.
        assertThat(TableLayout.tightening("科技特派员\n人才团队成员", (int) (5.7 * NINE_PT_EM) + MARGINS, 9)).isPositive();
    }
}
