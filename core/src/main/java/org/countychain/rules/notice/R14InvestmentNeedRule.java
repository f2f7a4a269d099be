package org.countychain.rules.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.countychain.investment.InvestmentNeed;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Subject;
import org.countychain.rules.spi.RuleContext;

/**
 * R14 (六): “于每年12月底前，由设区市科技局汇总上报下一年度的需求。对特别重大的科技招商活动（项目）实时沟通上报”.
 *
 * <p>For every investment-attraction need of the input (see {@link RuleContext#investmentNeeds()}):
 * <ul>
 *   <li>{@code R14-LATE}: sent after its deadline ({@link InvestmentNeed#deadline()}, 31 December of the year
 *       before the planned year);</li>
 *   <li>{@code R14-OVERDUE}: not sent, and the as-of date is after the deadline;</li>
 *   <li>{@code R14-VERY-LARGE-PENDING}: a very large need (特别重大, reported at once, no yearly deadline) not
 *       sent by the as-of date.</li>
 * </ul>
 * Without an as-of date only needs already sent late are reported.
 *
 * @since 0.1.0
 */
public final class R14InvestmentNeedRule extends NoticeRule {
    /** Not sent by the deadline. Evidence: forYear, deadline, asOf. */
    public static final FindingType OVERDUE = BuiltInTypes.type("R14-OVERDUE", "R14", Severity.ERROR,
            "forYear", "deadline", "asOf");
    /** Sent late. Evidence: forYear, deadline, submittedOn. */
    public static final FindingType LATE = BuiltInTypes.type("R14-LATE", "R14", Severity.WARNING,
            "forYear", "deadline", "submittedOn");
    /** A very large need not yet sent. Evidence: forYear, asOf. */
    public static final FindingType VERY_LARGE_PENDING = BuiltInTypes.type("R14-VERY-LARGE-PENDING", "R14",
            Severity.WARNING, "forYear", "asOf");

    /**
     * Creates the rule.
     */
    public R14InvestmentNeedRule() {
        super("R14", "六", OVERDUE, LATE, VERY_LARGE_PENDING);
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        LocalDate asOf = context.asOf().orElse(null);
        List<Finding> out = new ArrayList<>();
        for (InvestmentNeed n : context.investmentNeeds()) {
            if (n.veryLarge()) {
                if (n.submittedOn() == null && asOf != null) {
                    out.add(Finding.of(VERY_LARGE_PENDING, Subject.investmentNeed(n), n.forYear(), asOf));
                }
                continue;
            }
            LocalDate deadline = n.deadline();
            if (n.submittedOn() != null) {
                if (n.submittedOn().isAfter(deadline)) {
                    out.add(Finding.of(LATE, Subject.investmentNeed(n), n.forYear(), deadline, n.submittedOn()));
                }
            } else if (asOf != null && asOf.isAfter(deadline)) {
                out.add(Finding.of(OVERDUE, Subject.investmentNeed(n), n.forYear(), deadline, asOf));
            }
        }
        return out;
    }
}
