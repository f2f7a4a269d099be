package org.countychain.rules.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.countychain.division.ReportingUnit;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.internal.ReportCoverage;
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

    @Override
    public List<Finding> evaluate(RuleContext context) {
        int year = context.reportingYear();
        Set<String> covered = ReportCoverage.byCoveredUnit(context.reports(), year, context.divisions()).keySet();
        List<Finding> out = new ArrayList<>();
        Map<String, int[]> perCity = new LinkedHashMap<>();
        Integer yearValue = year;
        for (ReportingUnit county : context.countyUnitsInScope()) {
            int[] counts = perCity.computeIfAbsent(county.parentId(), k -> new int[2]);
            counts[0]++;
            if (covered.contains(county.id())) {
                counts[1]++;
            } else {
                String parent = county.parentId();
                String cityName = parent == null ? null
                        : context.divisions().reportingUnit(parent).map(ReportingUnit::name).orElse(null);
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
