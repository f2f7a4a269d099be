package org.countychain.dataset;

import java.util.ArrayList;
import java.util.List;

import org.countychain.chain.Achievement;
import org.countychain.chain.ChainMap.PlacedBottleneck;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.TechnologyDemand;
import org.countychain.platform.InnovationPlatform;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.TalentTeam;
import org.jspecify.annotations.Nullable;

/**
 * What is aimed at each bottleneck of a county's chain maps (卡点攻关力量部署情况): the notice asks that projects,
 * platforms, talent and funds be aimed at the chains' 断点、堵点、难点 (一.2), so a bottleneck with no technology
 * demand, challenge task or platform aimed at it is one nobody works on yet.
 *
 * <p>Something is aimed at a bottleneck when its {@code targetIds} hold the bottleneck's id or the id of the key
 * technology the bottleneck sits on, and it concerns the bottleneck's chain: a demand or achievement of that chain
 * (or of no chain), a task of a team serving it (or serving no chain in particular), a platform serving it (or no
 * chain in particular). Achievements are listed beside, as candidate solutions; they are not resources aimed at the
 * bottleneck, so they do not make it addressed.
 *
 * <pre>{@code
 * BottleneckCoverage.of(county).stream().filter(s -> !s.isAddressed()).toList();
 * }</pre>
 *
 * @since 0.2.0
 */
public final class BottleneckCoverage {
    private BottleneckCoverage() {
    }

    /**
     * Every bottleneck of the data set's chain maps, chain by chain in data-set order and in chain order within a
     * map, with what is aimed at it.
     *
     * @param county the data set
     * @return one entry per bottleneck; chains without a map have none
     */
    public static List<Status> of(CountyDataset county) {
        List<Status> out = new ArrayList<>();
        for (IndustryChain chain : county.chains()) {
            if (chain.map() == null) {
                continue;
            }
            for (PlacedBottleneck p : chain.map().placedBottlenecks()) {
                List<TechnologyDemand> demands = county.demands().stream()
                        .filter(d -> concerns(d.chainId(), chain) && aimsAt(d.targetIds(), p)).toList();
                List<ChallengeTask> tasks = new ArrayList<>();
                for (TalentTeam t : county.teams()) {
                    if (t.chainIds().isEmpty() || t.chainIds().contains(chain.id())) {
                        t.tasks().stream().filter(k -> aimsAt(k.targetIds(), p)).forEach(tasks::add);
                    }
                }
                List<InnovationPlatform> platforms = county.platforms().stream()
                        .filter(x -> (x.chainIds().isEmpty() || x.chainIds().contains(chain.id()))
                                && aimsAt(x.targetIds(), p)).toList();
                List<Achievement> achievements = county.achievements().stream()
                        .filter(a -> concerns(a.chainId(), chain) && aimsAt(a.targetIds(), p)).toList();
                out.add(new Status(chain, p, demands, List.copyOf(tasks), platforms, achievements));
            }
        }
        return out;
    }

    /**
     * The bottlenecks with no demand, task or platform aimed at them.
     *
     * @param county the data set
     * @return the unaddressed bottlenecks, in the order of {@link #of(CountyDataset)}
     */
    public static List<Status> unaddressed(CountyDataset county) {
        return of(county).stream().filter(s -> !s.isAddressed()).toList();
    }

    private static boolean concerns(@Nullable String chainId, IndustryChain chain) {
        return chainId == null || chainId.equals(chain.id());
    }

    private static boolean aimsAt(List<String> targetIds, PlacedBottleneck p) {
        return targetIds.contains(p.bottleneck().id())
                || (p.technology() != null && targetIds.contains(p.technology().id()));
    }

    /**
     * A bottleneck with what is aimed at it.
     *
     * @param chain        the chain whose map holds it
     * @param place        the bottleneck, its link and its technology
     * @param demands      technology demands aimed at it
     * @param tasks        challenge tasks aimed at it
     * @param platforms    platforms aimed at it
     * @param achievements achievements aimed at it (candidate solutions, not counted as resources)
     * @since 0.2.0
     */
    public record Status(IndustryChain chain, PlacedBottleneck place, List<TechnologyDemand> demands,
                         List<ChallengeTask> tasks, List<InnovationPlatform> platforms,
                         List<Achievement> achievements) {
        /**
         * Whether a demand, task or platform is aimed at the bottleneck.
         *
         * @return true when at least one is
         */
        public boolean isAddressed() {
            return !demands.isEmpty() || !tasks.isEmpty() || !platforms.isEmpty();
        }
    }
}
