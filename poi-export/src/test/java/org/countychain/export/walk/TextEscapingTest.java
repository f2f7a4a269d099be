package org.countychain.export.walk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEscapingTest {
    @Test
    void htmlEscapesMarkupAndQuotesAndDropsForbiddenCharacters() {
        assertThat(TextEscaping.html("<script>alert('x')</script> & \"晋江\"\u0001"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;晋江&quot;");
        assertThat(TextEscaping.html("纺织鞋服\n产业链\t1")).isEqualTo("纺织鞋服\n产业链\t1");
        assertThat(TextEscaping.html(null)).isEmpty();
        assertThat(TextEscaping.html("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void markdownEscapesInlineMarkupEverywhere() {
        assertThat(TextEscaping.markdown("*重点* _链主_ `code` [链接](x) <b> a|b ~~删~~ \\ &amp;"))
                .isEqualTo("\\*重点\\* \\_链主\\_ \\`code\\` \\[链接\\](x) \\<b> a\\|b \\~\\~删\\~\\~ \\\\ \\&amp;");
        assertThat(TextEscaping.markdown("晋江市纺织鞋服产业，产值超千亿。")).isEqualTo("晋江市纺织鞋服产业，产值超千亿。");
    }

    @Test
    void markdownEscapesBlockStartsOnlyAtTheStartOfALine() {
        assertThat(TextEscaping.markdown("# 标题")).isEqualTo("\\# 标题");
        assertThat(TextEscaping.markdown("- 列表")).isEqualTo("\\- 列表");
        assertThat(TextEscaping.markdown("+ 列表")).isEqualTo("\\+ 列表");
        assertThat(TextEscaping.markdown("> 引用")).isEqualTo("\\> 引用");
        assertThat(TextEscaping.markdown("===")).isEqualTo("\\===");
        assertThat(TextEscaping.markdown("2024. 年")).isEqualTo("2024\\. 年");
        assertThat(TextEscaping.markdown("3) 项")).isEqualTo("3\\) 项");
        assertThat(TextEscaping.markdown("  # 缩进")).isEqualTo("  \\# 缩进");
        assertThat(TextEscaping.markdown("第一行\n# 第二行\n2. 第三行")).isEqualTo("第一行\n\\# 第二行\n2\\. 第三行");
        // Not at a line start, or not a list number: unchanged.
        assertThat(TextEscaping.markdown("增长 3.5% - 稳定 #1 a>b")).isEqualTo("增长 3.5% - 稳定 #1 a>b");
        assertThat(TextEscaping.markdown("2024年增长")).isEqualTo("2024年增长");
        assertThat(TextEscaping.markdown("3.5亿元")).isEqualTo("3\\.5亿元");
    }

    @Test
    void inlineAndTableCellTextLeaveBlockStartsAndBreakLines() {
        assertThat(TextEscaping.markdownInline("1.产业现状")).isEqualTo("1.产业现状");
        assertThat(TextEscaping.markdownInline("# *a*")).isEqualTo("# \\*a\\*");
        assertThat(TextEscaping.markdownTableCell("王工|0595\r\n李工\n<x>")).isEqualTo("王工\\|0595<br>李工<br>\\<x>");
        assertThat(TextEscaping.markdownTableCell(null)).isEmpty();
        assertThat(TextEscaping.markdown("a\u0000b\uFFFEc")).isEqualTo("abc");
    }
}
