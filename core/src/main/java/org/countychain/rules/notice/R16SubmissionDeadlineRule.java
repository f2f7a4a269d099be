package org.countychain.rules.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.countychain.dataset.CitySubmission;
import org.countychain.division.ReportingUnit;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Subject;
import org.countychain.rules.spi.RuleContext;

/**
 * R16 (七, closing paragraph): “各设市区科技管理部门应于10月底前汇总各县（市、区）以及连同本单位牵头编写的《调研报告》上报省科学
 * 技术信息研究所”.
 *
 * <p>For every city-level unit in scope (see {@link RuleContext#cityUnitsInScope()}), its submission of the
 * reporting year (the earliest sent, when there are several), against {@link CitySubmission#deadlineFor(int)}
 * (31 October, inclusive):
 * <ul>
 *   <li>{@code R16-LATE}: sent after the deadline;</li>
 *   <li>{@code R16-MISSING}: not sent (no submission, or one not yet sent), and the as-of date is after the
 *       deadline. Without an as-of date nothing is missing yet.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class R16SubmissionDeadlineRule extends NoticeRule {
    /** Not sent by the deadline. Evidence: reportingYear, deadline, asOf. */
    public static final FindingType MISSING = BuiltInTypes.type("R16-MISSING", "R16", Severity.ERROR,
            "reportingYear", "deadline", "asOf");
    /** Sent late. Evidence: reportingYear, deadline, submittedOn. */
    public static final FindingType LATE = BuiltInTypes.type("R16-LATE", "R16", Severity.WARNING,
            "reportingYear", "deadline", "submittedOn");

    /**
     * Creates the rule.
     */
    public R16SubmissionDeadlineRule() {
        super("R16", "七", MISSING, LATE);
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        int year = context.reportingYear();
        LocalDate deadline = CitySubmission.deadlineFor(year);
        LocalDate asOf = context.asOf().orElse(null);
        Integer yearValue = year;
        List<Finding> out = new ArrayList<>();
        for (ReportingUnit city : context.cityUnitsInScope()) {
            LocalDate sent = null;
            for (CitySubmission s : context.submissions()) {
                if (s.unitId().equals(city.id()) && s.year() == year && s.submittedOn() != null
                        && (sent == null || s.submittedOn().isBefore(sent))) {
                    sent = s.submittedOn();
                }
            }
            if (sent != null) {
                if (sent.isAfter(deadline)) {
                    out.add(Finding.of(LATE, Subject.unit(city), yearValue, deadline, sent));
                }
            } else if (asOf != null && asOf.isAfter(deadline)) {
                out.add(Finding.of(MISSING, Subject.unit(city), yearValue, deadline, asOf));
            }
        }
        return out;
    }
}
