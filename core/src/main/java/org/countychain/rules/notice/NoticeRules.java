package org.countychain.rules.notice;

import java.util.List;

import org.countychain.rules.spi.PolicyRule;

/**
 * The built-in rules of 闽科高〔2024〕135号 (通知内置规则). They are also listed in core's
 * {@code META-INF/services/org.countychain.rules.spi.PolicyRule}.
 *
 * <p>Not rules here, because they are not screening checks: R3 (consolidating reports), R4's two lists and
 * their matching (R4's rule here checks what is aimed at the chains' bottlenecks), R10 (the platform registry), R15 (innovation points).
 *
 * @since 0.1.0
 */
public final class NoticeRules {
    private NoticeRules() {
    }

    /**
     * New instances of every built-in rule, in id order.
     *
     * @return R1, R2, R4, R5, R6, R7, R8, R9, R11, R12, R13, R14, R16, FC
     */
    public static List<PolicyRule> all() {
        return List.of(new R01ReportCoverageRule(), new R02PilotChainRule(), new R04BottleneckRule(),
                new R05ResearchGapRule(),
                new R06IncentiveRule(), new R07PriorityRule(), new R08StatisticsConsistencyRule(),
                new R09ReserveFundRule(), new R11HighTechRule(), new R12WatchListRule(), new R13TalentTeamRule(),
                new R14InvestmentNeedRule(), new R16SubmissionDeadlineRule(), new FullCoverageRule());
    }

    /**
     * Whether a rule is one of the built-in ones.
     *
     * @param rule a rule
     * @return true for the classes of this package
     */
    public static boolean isBuiltIn(PolicyRule rule) {
        return rule.getClass().getPackageName().equals(NoticeRules.class.getPackageName());
    }
}
