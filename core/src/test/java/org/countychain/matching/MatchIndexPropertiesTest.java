package org.countychain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.sample.SyntheticTwoLists;

/** Properties of rankings over synthetic lists: order of the input, length of the ranking, direction. */
class MatchIndexPropertiesTest {
    private static final SyntheticTwoLists LISTS = SyntheticTwoLists.generate(3L, 60, 600);
    private static final MatchIndex<Achievement, TechnologyDemand> INDEX =
            MatchIndex.ofAchievements(LISTS.achievements());

    @Property(tries = 25)
    void theRankingDependsNeitherOnInputOrderNorOnK(@ForAll @IntRange(min = 0, max = 59) int demand,
                                                    @ForAll @IntRange(min = 1, max = 12) int k,
                                                    @ForAll long seed) {
        List<Achievement> shuffled = new ArrayList<>(LISTS.achievements());
        Collections.shuffle(shuffled, new Random(seed));
        TechnologyDemand d = LISTS.demands().get(demand);
        List<Match<Achievement>> top = MatchIndex.ofAchievements(shuffled).top(d, k);
        assertThat(top).isEqualTo(INDEX.top(d, k));
        List<Match<Achievement>> longer = INDEX.top(d, k + 7);
        assertThat(longer.subList(0, Math.min(k, longer.size()))).isEqualTo(top);
        for (int i = 1; i < longer.size(); i++) {
            Match<Achievement> a = longer.get(i - 1);
            Match<Achievement> b = longer.get(i);
            assertThat(a.score() > b.score() || (a.score() == b.score() && a.item().id().compareTo(b.item().id()) < 0))
                    .as("ranked by score, then id").isTrue();
        }
    }

    @Property(tries = 10)
    void aBatchEqualsItsSingleQueries(@ForAll @IntRange(min = 1, max = 8) int k) {
        List<TechnologyDemand> some = LISTS.demands().subList(0, 20);
        List<Matches<TechnologyDemand, Achievement>> batch = INDEX.matchAll(some, k);
        for (int i = 0; i < some.size(); i++) {
            assertThat(batch.get(i).matches()).isEqualTo(INDEX.top(some.get(i), k));
        }
    }
}
