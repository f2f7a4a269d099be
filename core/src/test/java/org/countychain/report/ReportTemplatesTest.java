package org.countychain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.ReferenceDataException;
import org.countychain.internal.DirectJsonReader;
import org.junit.jupiter.api.Test;

class ReportTemplatesTest {

    @Test
    void fujian2024FollowsTheAttachmentVerbatim() {
        ReportTemplate t = ReportTemplates.fujian2024();
        assertThat(t.edition()).isEqualTo("fujian-2024");
        assertThat(t.titleFor("晋江市")).isEqualTo("晋江市县域重点产业创新链调研报告");
        assertThat(t.chapters()).extracting(TemplateChapter::number).containsExactly("一", "二", "三");
        assertThat(t.chapters()).extracting(c -> t.fill(c.title(), "晋江市")).containsExactly(
                "晋江市县域重点产业发展现状", "晋江市重点产业国内产业发展现状", "晋江市县域重点产业发展对策建议");
        assertThat(t.items()).extracting(i -> i.id() + " " + i.number() + "." + t.fill(i.title(), "晋江市"))
                .containsExactly(
                        "1.1 1.产业现状",
                        "1.2 2.产业技术发展现状、技术瓶颈",
                        "2.1 1.产业现状",
                        "2.2 2.产业技术发展现状、技术瓶颈",
                        "2.3 3.产业技术发展趋势（方向）",
                        "3.1 1.产业对策建议",
                        "3.2 2.产业科技创新对策建议及技术攻关方向",
                        "3.3 3.晋江市重点产业科技创新优势单位（团队）");
        assertThat(t.requiredItemIds()).hasSize(8);
        assertThat(t.item("3.3").orElseThrow().kind()).isEqualTo(ItemKind.UNIT_TABLE);
        assertThat(ReportTemplates.builtIn().defaultEdition()).isSameAs(t);
    }

    @Test
    void theBuiltInEditionIsReadWithoutTheMapperAndAsTheMapperReadsIt() throws IOException {
        byte[] json;
        try (InputStream in = ReportTemplates.class.getResourceAsStream("templates/fujian-2024.json")) {
            json = in.readAllBytes();
        }
        ReportTemplate direct = DirectJsonReader.read(json, json.length, ReportTemplate.class);
        assertThat(direct).isNotNull()
                .isEqualTo(ReportTemplates.read(new ByteArrayInputStream(json), "fujian-2024.json"))
                .isEqualTo(ReportTemplates.fujian2024());
    }

    @Test
    void anotherEditionIsPluggedInAsData() {
        String json = """
                {"edition":"test-2025","title":"***报告","chapters":[
                  {"number":"一","title":"概况","items":[{"id":"a","number":"1","title":"现状","required":true}]}]}""";
        ReportTemplate t = ReportTemplates.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "test-2025.json");
        assertThat(t.placeholder()).isEqualTo("***");
        assertThat(t.item("a").orElseThrow().kind()).isEqualTo(ItemKind.TEXT);
        ReportTemplates registry = ReportTemplates.builtIn().toBuilder().add(t).defaultEdition("test-2025").build();
        assertThat(registry.defaultEdition()).isSameAs(t);
        assertThat(registry.all()).hasSize(2);
        assertThat(ReportTemplates.builtIn().all()).hasSize(1);
    }

    @Test
    void brokenEditionIsAReferenceDataError() {
        String json = """
                {"edition":"bad","title":"t","chapters":[
                  {"number":"一","title":"x","items":[{"id":"a","number":"1","title":"y"},
                                                      {"id":"a","number":"2","title":"z"}]}]}""";
        assertThatThrownBy(() -> ReportTemplates.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json"))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.TEMPLATE);
                    assertThat(e.location().source()).isEqualTo("bad.json");
                    assertThat(e.getMessage()).contains("CC-1003");
                });
        assertThatThrownBy(() -> ReportTemplates.builtIn().require("nope"))
                .isInstanceOfSatisfying(ReferenceDataException.class,
                        e -> assertThat(e.getMessage()).contains("fujian-2024"));
    }

    @Test
    void missingRequiredItemsCountsEmptyBlocksAndThe33Table() {
        ReportTemplate t = ReportTemplates.fujian2024();
        ResearchReport empty = new ResearchReport("r", "350582", "晋江市", "c", "纺织鞋服", null, 2024,
                List.of(), List.of(ReportItem.ofParagraphs("1.1", "  ")), List.of(), null, null);
        assertThat(empty.templateEdition()).isEqualTo("fujian-2024");
        assertThat(empty.missingRequiredItems(t)).containsExactly("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2",
                "3.3");
        ResearchReport withUnits = new ResearchReport("r", "350582", "晋江市", "c", "纺织鞋服", null, 2024,
                List.of(), List.of(ReportItem.ofParagraphs("1.1", "内容")),
                List.of(new AdvantageUnit("某大学", UnitKind.UNIVERSITY, null, null, null)), null, null);
        assertThat(withUnits.missingRequiredItems(t)).doesNotContain("1.1", "3.3").hasSize(6);
    }
}
