package org.countychain.talent;

import java.time.LocalDate;
import java.util.List;

import org.countychain.Term;
import org.countychain.chain.ChainReference;
import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An S&amp;T commissioner team serving an industry or a chain (科技特派团, R13).
 *
 * <p>The leader is required to build a team in code, but a missing leader in a submission is a validation
 * finding; members being unique and the served chain existing are validation questions too.
 *
 * @param id       a stable id
 * @param name     the team's name, for example {@code 晋江市纺织鞋服产业链科技特派团}
 * @param county   the county it serves
 * @param mode     一业一团 or 一链一团
 * @param formation how the team was formed (揭榜挂帅, 组团选派, …), or {@code null} when not said
 * @param serviceFrom  the first day of its period of service, or {@code null}
 * @param serviceUntil the last day of its period of service, or {@code null}
 * @param chainIds the chains of its data set it serves (one under 一链一团)
 * @param otherChains the chains of other counties it serves: a city-level team (市级科技特派团) is recorded in one
 *                 county's data set (its {@code county}) and serves chains of other counties of the city too; unique.
 *                 Under 一链一团 the team serves one chain in all, here or there
 * @param leader   the team leader (团长), or {@code null} while not appointed
 * @param members  the members (科技特派员), leader excluded
 * @param tasks    the challenge tasks it took on
 * @param results  its results by year
 * @since 0.1.0
 */
public record TalentTeam(String id, String name, DivisionCode county, TeamMode mode, @Nullable TeamFormation formation,
                         @Nullable LocalDate serviceFrom, @Nullable LocalDate serviceUntil, List<String> chainIds,
                         List<ChainReference> otherChains, @Nullable Commissioner leader, List<Commissioner> members,
                         List<ChallengeTask> tasks, List<TeamResult> results) {
    /**
     * Checks the invariants.
     */
    public TalentTeam {
        id = Checks.requiredText(id, "id");
        name = Checks.requiredText(name, "name");
        Checks.required(county, "county");
        Checks.required(mode, "mode");
        chainIds = Checks.list(chainIds, "chainIds");
        otherChains = Checks.uniqueList(otherChains, "otherChains", r -> r, Term.CHAIN_ID);
        members = Checks.list(members, "members");
        tasks = Checks.list(tasks, "tasks");
        results = Checks.list(results, "results");
    }

    /**
     * A team serving chains of its own data set only.
     *
     * @param id           a stable id
     * @param name         the team's name
     * @param county       the county it serves
     * @param mode         一业一团 or 一链一团
     * @param formation    how it was formed, or {@code null}
     * @param serviceFrom  the first day of service, or {@code null}
     * @param serviceUntil the last day of service, or {@code null}
     * @param chainIds     the chains it serves
     * @param leader       the leader, or {@code null}
     * @param members      the members
     * @param tasks        its tasks
     * @param results      its results
     */
    public TalentTeam(String id, String name, DivisionCode county, TeamMode mode, @Nullable TeamFormation formation,
                      @Nullable LocalDate serviceFrom, @Nullable LocalDate serviceUntil, List<String> chainIds,
                      @Nullable Commissioner leader,
                      List<Commissioner> members, List<ChallengeTask> tasks, List<TeamResult> results) {
        this(id, name, county, mode, formation, serviceFrom, serviceUntil, chainIds, List.of(), leader, members,
                tasks, results);
    }

    /**
     * How many chains it serves in all: its data set's and other counties'.
     *
     * @return the number of chains
     */
    public int chainCount() {
        return chainIds.size() + otherChains.size();
    }

    /**
     * Whether it serves a chain of a county: one of its {@link #chainIds()} when the county is its own, else one of
     * its {@link #otherChains()}.
     *
     * @param chainCounty the county whose chain it is
     * @param chainId     the chain's id
     * @return true when it serves the chain
     */
    public boolean serves(DivisionCode chainCounty, String chainId) {
        return chainCounty.equals(county) ? chainIds.contains(chainId)
                : otherChains.contains(new ChainReference(chainCounty, chainId));
    }

    /**
     * A team without formation or period of service (format version 1's form).
     *
     * @param id       a stable id
     * @param name     the team's name
     * @param county   the county it serves
     * @param mode     一业一团 or 一链一团
     * @param chainIds the chains it serves
     * @param leader   the leader, or {@code null}
     * @param members  the members
     * @param tasks    its tasks
     * @param results  its results
     */
    public TalentTeam(String id, String name, DivisionCode county, TeamMode mode, List<String> chainIds,
                      Commissioner leader, List<Commissioner> members, List<ChallengeTask> tasks,
                      List<TeamResult> results) {
        this(id, name, county, mode, null, null, null, chainIds, List.of(), leader, members, tasks, results);
    }
}
