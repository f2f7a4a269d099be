package org.countychain.rules.notice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.countychain.chain.ChainReference;
import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.internal.ReportCoverage;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Subject;
import org.countychain.rules.spi.RuleContext;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;
import org.jspecify.annotations.Nullable;

/**
 * R13 (五.1): “实施科技特派团服务重点产业链专项，以‘一业一团、一链一团’模式和‘揭榜挂帅’方式组建科技特派团”.
 *
 * <ul>
 *   <li>{@code R13-NO-TEAM}: a key chain of a county that no team of that county's data set serves (a team
 *       of either mode serves the chains it lists), nor a city-level team of another data set of the input that
 *       names it in its {@code otherChains}.</li>
 *   <li>{@code R13-TEAM-SEVERAL-CHAINS}: a team formed 一链一团 (one chain, one team) that serves more than one
 *       chain, its data set's and other counties' together.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class R13TalentTeamRule extends NoticeRule {
    /** A key chain without a team. Evidence: countyTeams. */
    public static final FindingType NO_TEAM = BuiltInTypes.type("R13-NO-TEAM", "R13", Severity.ERROR,
            "countyTeams");
    /**
     * A 一链一团 team serving several chains. Evidence: chainIds (its data set's, and other counties' as
     * {@code county:chainId}, sorted), chainCount, then what describes the team: formation (揭榜挂帅, 组团选派 …),
     * serviceFrom, serviceUntil, leaderTitle, commissioners (members and leader registered as S&amp;T commissioners),
     * tasks, postSubsidies (yuan, summed over its results).
     */
    public static final FindingType TEAM_SEVERAL_CHAINS = BuiltInTypes.type("R13-TEAM-SEVERAL-CHAINS", "R13",
            Severity.WARNING, "chainIds", "chainCount", "formation", "serviceFrom", "serviceUntil", "leaderTitle",
            "commissioners", "tasks", "postSubsidies");

    /**
     * Creates the rule.
     */
    public R13TalentTeamRule() {
        super("R13", "五.1", NO_TEAM, TEAM_SEVERAL_CHAINS);
    }

    private static int commissioners(TalentTeam t) {
        int n = t.leader() != null && Boolean.TRUE.equals(t.leader().scienceCommissioner()) ? 1 : 0;
        for (org.countychain.talent.Commissioner c : t.members()) {
            n += Boolean.TRUE.equals(c.scienceCommissioner()) ? 1 : 0;
        }
        return n;
    }

    /** The post-subsidies of the team's results, summed; {@code null} when none states one. */
    private static java.math.@Nullable BigDecimal postSubsidies(TalentTeam t) {
        java.math.BigDecimal sum = null;
        for (org.countychain.talent.TeamResult r : t.results()) {
            if (r.postSubsidy() != null) {
                sum = sum == null ? r.postSubsidy() : sum.add(r.postSubsidy());
            }
        }
        return sum;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        // Chains of other counties that city-level teams of any data set of the input serve.
        Set<ChainReference> servedFromElsewhere = new HashSet<>();
        for (CountyDataset county : context.counties()) {
            for (TalentTeam t : county.teams()) {
                servedFromElsewhere.addAll(t.otherChains());
            }
        }
        for (CountyDataset county : context.counties()) {
            for (TalentTeam t : county.teams()) {
                if (t.mode() == TeamMode.ONE_CHAIN_ONE_TEAM && t.chainCount() > 1) {
                    List<String> all = new ArrayList<>(t.chainIds());
                    t.otherChains().forEach(r -> all.add(r.toString()));
                    out.add(Finding.of(TEAM_SEVERAL_CHAINS, Subject.team(t), all.stream().sorted().toList(),
                            t.chainCount(), t.formation(), t.serviceFrom(), t.serviceUntil(),
                            t.leader() == null ? null : t.leader().title(), commissioners(t), t.tasks().size(),
                            postSubsidies(t)));
                }
            }
            Integer teams = county.teams().size();
            for (IndustryChain chain : ReportCoverage.chainsWithoutTeam(county)) {
                if (!servedFromElsewhere.contains(new ChainReference(chain.county(), chain.id()))) {
                    out.add(Finding.of(NO_TEAM, Subject.chain(chain), teams));
                }
            }
        }
        return out;
    }
}
