package org.countychain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.countychain.consolidation.IdentityClause;
import org.countychain.consolidation.IdentityDecision;
import org.countychain.coverage.CityCoverage;
import org.countychain.coverage.CoverageCounts;
import org.countychain.coverage.ProvinceCoverage;
import org.countychain.division.DivisionChange;
import org.countychain.division.DivisionCode;
import org.countychain.report.ItemKind;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;
import org.countychain.rules.RuleProblem;
import org.countychain.rules.RuleProblemKind;
import org.junit.jupiter.api.Test;

/**
 * The record components a constructor defaults are declared non-null (docs/architecture.md, "Nullness"): given
 * {@code null}, as a JSON document without them gives it, each constructor puts its default in, so the accessor never
 * returns {@code null}.
 */
class DefaultedComponentsTest {
    private static final TemplateItem ITEM = new TemplateItem("1.1", "1", "标题", true, null);

    @Test
    void aNullGivenToTheConstructorBecomesTheDefault() {
        assertThat(ITEM.kind()).isEqualTo(ItemKind.TEXT);
        ReportTemplate template = new ReportTemplate("x-2024", null, "***县调研报告", null,
                List.of(new TemplateChapter("一", "章", List.of(ITEM))));
        assertThat(template.placeholder()).isEqualTo("***");
        ResearchReport report = new ResearchReport("r", "350582", "晋江市", "c", "纺织鞋服产业链", null, 2024,
                List.of(DivisionCode.of("350582")), List.of(), List.of(), null, null, null, null);
        assertThat(report.templateEdition()).isEqualTo(ReportTemplates.FUJIAN_2024);
        RuleProblem problem = new RuleProblem(RuleProblemKind.LOAD_FAILED, null, null, null);
        assertThat(problem.source()).isEmpty();
        assertThat(problem.detail()).isEmpty();
        IdentityDecision decision = new IdentityDecision(IdentityClause.SAME_COUNTY, null, null);
        assertThat(decision.left()).isEmpty();
        assertThat(decision.right()).isEmpty();
        DivisionChange change = new DivisionChange(DivisionCode.of("350583"), "南安市", DivisionCode.of("350582"),
                "晋江市", true, null);
        assertThat(change.note()).isEmpty();
        CityCoverage city = new CityCoverage("350500", "泉州市", 2024, List.of(), List.of(), List.of(), null);
        assertThat(city.counts()).isEqualTo(CoverageCounts.of(List.of(), List.of(), List.of()));
        ProvinceCoverage province = new ProvinceCoverage(2024, "registry", List.of(city), null);
        assertThat(province.counts()).isEqualTo(city.counts());
    }

    @Test
    void aGivenValueIsKept() {
        assertThat(new TemplateItem("1.1", "1", "标题", true, ItemKind.UNIT_TABLE).kind()).isEqualTo(ItemKind.UNIT_TABLE);
        assertThat(new RuleProblem(RuleProblemKind.LOAD_FAILED, "R1", "a.b.C", "boom").detail()).isEqualTo("boom");
    }
}
