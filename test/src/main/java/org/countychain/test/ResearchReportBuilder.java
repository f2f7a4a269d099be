package org.countychain.test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.countychain.division.DivisionCode;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;

import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link ResearchReport} without its twelve-argument constructor (调研报告构建器). Starts from sensible
 * values for the sample county's chain (2024, the built-in template edition); set what the test is about.
 *
 * <pre>{@code
 * ResearchReport report = ResearchReportBuilder.forChain("350582-textile-footwear", "纺织鞋服")
 *         .item(ReportItem.ofParagraphs("1.1", "……")).build();
 * ResearchReport changed = ResearchReportBuilder.from(existing).preparedOn(LocalDate.of(2024, 10, 31)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ResearchReportBuilder {
    private String id = "350582-2024-textile-footwear";
    private String unitId = "350582";
    private String unitName = "晋江市";
    private String chainId = "350582-textile-footwear";
    private String chainName = "纺织鞋服";
    private @Nullable String templateEdition;
    private int year = 2024;
    private List<DivisionCode> coveredCounties = new ArrayList<>();
    private List<ReportItem> items = new ArrayList<>();
    private List<AdvantageUnit> advantageUnits = new ArrayList<>();
    private @Nullable String preparedBy;
    private @Nullable LocalDate preparedOn;
    private @Nullable String subtitle;
    private @Nullable String unitTableCaption;

    private ResearchReportBuilder() {
    }

    /**
     * A report of the sample county's unit on a chain.
     *
     * @param chainId   the chain's id
     * @param chainName the chain's name
     * @return the builder
     */
    public static ResearchReportBuilder forChain(String chainId, String chainName) {
        ResearchReportBuilder b = new ResearchReportBuilder();
        b.chainId = chainId;
        b.chainName = chainName;
        b.id = b.unitId + "-" + b.year + "-" + chainId;
        return b;
    }

    /**
     * A builder holding an existing report's values.
     *
     * @param r the report
     * @return the builder
     */
    public static ResearchReportBuilder from(ResearchReport r) {
        ResearchReportBuilder b = new ResearchReportBuilder();
        b.id = r.id();
        b.unitId = r.unitId();
        b.unitName = r.unitName();
        b.chainId = r.chainId();
        b.chainName = r.chainName();
        b.templateEdition = r.templateEdition();
        b.year = r.year();
        b.coveredCounties = new ArrayList<>(r.coveredCounties());
        b.items = new ArrayList<>(r.items());
        b.advantageUnits = new ArrayList<>(r.advantageUnits());
        b.preparedBy = r.preparedBy();
        b.preparedOn = r.preparedOn();
        b.subtitle = r.subtitle();
        b.unitTableCaption = r.unitTableCaption();
        return b;
    }

    /** @param v the report's id @return this builder */
    public ResearchReportBuilder id(String v) {
        id = v;
        return this;
    }

    /**
     * @param id   the reporting unit's id
     * @param name its name
     * @return this builder
     */
    public ResearchReportBuilder unit(String id, String name) {
        unitId = id;
        unitName = name;
        return this;
    }

    /**
     * @param id   the chain's id
     * @param name its name
     * @return this builder
     */
    public ResearchReportBuilder chain(String id, String name) {
        chainId = id;
        chainName = name;
        return this;
    }

    /** @param v the template edition, {@code null} for the default @return this builder */
    public ResearchReportBuilder templateEdition(@Nullable String v) {
        templateEdition = v;
        return this;
    }

    /** @param v the year @return this builder */
    public ResearchReportBuilder year(int v) {
        year = v;
        return this;
    }

    /** @param v the counties a consolidated report covers @return this builder */
    public ResearchReportBuilder coveredCounties(List<DivisionCode> v) {
        coveredCounties = new ArrayList<>(v);
        return this;
    }

    /** @param v the items, replacing any added before @return this builder */
    public ResearchReportBuilder items(List<ReportItem> v) {
        items = new ArrayList<>(v);
        return this;
    }

    /** @param v an item to add @return this builder */
    public ResearchReportBuilder item(ReportItem v) {
        items.add(v);
        return this;
    }

    /** @param v the advantage units, replacing any added before @return this builder */
    public ResearchReportBuilder advantageUnits(List<AdvantageUnit> v) {
        advantageUnits = new ArrayList<>(v);
        return this;
    }

    /** @param v an advantage unit to add @return this builder */
    public ResearchReportBuilder advantageUnit(AdvantageUnit v) {
        advantageUnits.add(v);
        return this;
    }

    /** @param v who prepared it @return this builder */
    public ResearchReportBuilder preparedBy(@Nullable String v) {
        preparedBy = v;
        return this;
    }

    /** @param v when it was prepared @return this builder */
    public ResearchReportBuilder preparedOn(@Nullable LocalDate v) {
        preparedOn = v;
        return this;
    }

    /** @param v the subtitle as the county writes it (副标题), or {@code null} for none @return this builder */
    public ResearchReportBuilder subtitle(@Nullable String v) {
        subtitle = v;
        return this;
    }

    /** @param v the caption of 三.3's table of advantage units, or {@code null} for the default @return this builder */
    public ResearchReportBuilder unitTableCaption(@Nullable String v) {
        unitTableCaption = v;
        return this;
    }

    /**
     * Builds the report; its constructor's invariants apply.
     *
     * @return the report
     */
    public ResearchReport build() {
        // No edition set: the report's own default, as its canonical constructor gives it.
        String edition = templateEdition == null ? ReportTemplates.FUJIAN_2024 : templateEdition;
        return new ResearchReport(id, unitId, unitName, chainId, chainName, edition, year, coveredCounties,
                items, advantageUnits, preparedBy, preparedOn, subtitle, unitTableCaption);
    }
}
