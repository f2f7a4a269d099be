package org.countychain.rules.notice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.report.ResearchReport;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Share;
import org.countychain.rules.model.Subject;
import org.countychain.rules.spi.RuleContext;

/**
 * R1 (一.1): “每个县市区至少梳理一条产业链，按时完成并提交《县域重点产业创新链调研报告》”.
 *
 * <p>Every county-level unit in scope (see {@link RuleContext#countyUnitsInScope()}) needs at least one research
 * report of the reporting year that covers it: its own (written by it), or a report of its city that lists it
 * among the covered counties (同一设区市内统一梳理, R3). Retired division codes in a report count for their
 * successor.
 * <ul>
 *   <li>{@code R1-NO-REPORT}: a county without such a report;</li>
 *   <li>{@code R1-CITY-COVERAGE}: per city-level unit, how many of its counties in scope are covered.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class R01ReportCoverageRule extends NoticeRule {
    /** A county with no report. Evidence: reportingYear, cityLevelUnitId, cityLevelUnitName. */
    public static final FindingType NO_REPORT = BuiltInTypes.type("R1-NO-REPORT", "R1", Severity.ERROR,
            "reportingYear", "cityLevelUnitId", "cityLevelUnitName");
    /** Coverage per city. Evidence: counties, countiesWithReport, countiesWithoutReport, coveragePercent. */
    public static final FindingType CITY_COVERAGE = BuiltInTypes.type("R1-CITY-COVERAGE", "R1", Severity.INFO,
            "counties", "countiesWithReport", "countiesWithoutReport", "coveragePercent");

    /**
     * Creates the rule.
     */
    public R01ReportCoverageRule() {
        super("R1", "一.1", NO_REPORT, CITY_COVERAGE);
    }

    /**
     * The county-level units a report covers: its listed counties, or its unit when it lists none, each
     * followed to its current code.
     *
     * @param report    the report
     * @param divisions the divisions
     * @return the unit ids
     */
    static Set<String> coveredUnits(ResearchReport report, Divisions divisions) {
        Set<String> ids = new HashSet<>();
        if (report.coveredCounties().isEmpty()) {
            ids.add(report.unitId());
            if (DivisionCode.isWellFormed(report.unitId())) {
                divisions.current(DivisionCode.of(report.unitId())).ifPresent(d -> ids.add(d.code().value()));
            }
        }
        for (DivisionCode c : report.coveredCounties()) {
            ids.add(c.value());
            divisions.current(c).ifPresent(d -> ids.add(d.code().value()));
        }
        return ids;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        int year = context.reportingYear();
        Set<String> covered = new HashSet<>();
        for (ResearchReport r : context.reports()) {
            if (r.year() == year) {
                covered.addAll(coveredUnits(r, context.divisions()));
            }
        }
        List<Finding> out = new ArrayList<>();
        Map<String, int[]> perCity = new LinkedHashMap<>();
        Integer yearValue = year;
        for (ReportingUnit county : context.countyUnitsInScope()) {
            int[] counts = perCity.computeIfAbsent(county.parentId(), k -> new int[2]);
            counts[0]++;
            if (covered.contains(county.id())) {
                counts[1]++;
            } else {
                String cityName = context.divisions().reportingUnit(county.parentId()).map(ReportingUnit::name)
                        .orElse(null);
                out.add(Finding.of(NO_REPORT, Subject.unit(county), yearValue, county.parentId(), cityName));
            }
        }
        perCity.forEach((cityId, counts) -> {
            Subject city = context.divisions().reportingUnit(cityId).map(Subject::unit)
                    .orElseGet(() -> Subject.unit(cityId, cityId, null));
            out.add(Finding.of(CITY_COVERAGE, city, counts[0], counts[1], counts[0] - counts[1],
                    Share.of(counts[1], counts[0])));
        });
        return out;
    }
}
