package org.countychain.rules.notice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.countychain.chain.Achievement;
import org.countychain.chain.ChainMap.PlacedBottleneck;
import org.countychain.chain.KeyTechnology;
import org.countychain.dataset.BottleneckCoverage;
import org.countychain.dataset.CountyDataset;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Subject;
import org.countychain.rules.spi.RuleContext;

/**
 * R4 (一.2): “锚定县域重点产业链创新链的断点、堵点、难点，强化项目、平台、人才、资金等创新要素一体化、精准化配置”.
 *
 * <p>{@code R4-UNADDRESSED-BOTTLENECK}: a bottleneck of a chain map that no technology demand, challenge task or
 * platform of the data set is aimed at (see {@link BottleneckCoverage}), one finding per bottleneck with the chain
 * as its subject. Achievements aimed at it are named in the evidence: a candidate solution nobody has taken up.
 * The matching of the two lists is not a rule (see {@code MatchIndex}).
 *
 * @since 0.2.0
 */
public final class R04BottleneckRule extends NoticeRule {
    /**
     * A bottleneck nothing is aimed at. Evidence: bottleneckId, kind, title, place (the link, and the technology it
     * sits on), achievements (ids of achievements aimed at it), achievementMaturity (each of those achievements
     * whose readiness is assessed, as {@code id TRL n}, readiest first: the one closest to use is the one to
     * take up first).
     */
    public static final FindingType UNADDRESSED = BuiltInTypes.type("R4-UNADDRESSED-BOTTLENECK", "R4",
            Severity.ACTION, "bottleneckId", "kind", "title", "place", "achievements", "achievementMaturity");

    /**
     * Creates the rule.
     */
    public R04BottleneckRule() {
        super("R4", "一.2", UNADDRESSED);
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (CountyDataset county : context.counties()) {
            for (BottleneckCoverage.Status s : BottleneckCoverage.unaddressed(county)) {
                PlacedBottleneck p = s.place();
                KeyTechnology t = p.technology();
                String place = t == null ? p.link().name() : p.link().name() + "·" + t.name();
                out.add(Finding.of(UNADDRESSED, Subject.chain(s.chain()), p.bottleneck().id(), p.bottleneck().kind(),
                        p.bottleneck().displayTitle(), place,
                        s.achievements().stream().map(a -> a.id()).toList(), maturity(s.achievements())));
            }
        }
        return out;
    }

    /** The assessed achievements as {@code id TRL n}, the highest level first, ties in list order. */
    private static List<String> maturity(List<Achievement> achievements) {
        return achievements.stream().filter(a -> a.maturity() != null)
                .sorted(Comparator.comparing(Achievement::maturity).reversed())
                .map(a -> a.id() + " TRL " + a.maturity()).toList();
    }
}
