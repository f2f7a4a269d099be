package org.countychain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Term;
import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.matching.internal.Explainer;
import org.countychain.matching.internal.InvertedIndex;
import org.countychain.matching.internal.Parameters;
import org.countychain.matching.internal.Profile;

/**
 * An index over one of the two lists (两张清单索引), built once, that ranks its entries for entries of the other
 * list: achievements for a technology demand ({@link #ofAchievements}) or demands for an achievement
 * ({@link #ofDemands}). Immutable and thread-safe: any number of threads may query one index at once.
 *
 * <pre>{@code
 * MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(achievements);
 * List<Match<Achievement>> best = index.top(demand, 5);
 * List<Matches<TechnologyDemand, Achievement>> all = index.matchAll(demands, 5, executor);
 * }</pre>
 *
 * <p>Results are deterministic: the same lists and settings give the same matches in the same order, whether or
 * not the batch runs on an executor; equal scores are ordered by id.
 *
 * @param <T> the type of the indexed entries
 * @param <Q> the type of the entries matched against them
 * @since 0.1.0
 */
public final class MatchIndex<T, Q> {
    /** Queries per task when a batch runs on an executor. */
    private static final int MIN_CHUNK = 16;

    private final List<T> items;
    private final List<Profile> profiles;
    private final Function<Q, Profile> queryProfile;
    private final Function<Q, String> queryId;
    private final Term queryList;
    private final String queryField;
    private final MatchSettings settings;
    private final InvertedIndex index;

    private MatchIndex(List<T> items, Function<T, Profile> profile, Term list, String field,
                       Function<Q, Profile> queryProfile, Function<Q, String> queryId, Term queryList,
                       String queryField, MatchSettings settings) {
        Objects.requireNonNull(settings, "settings");
        List<T> copy = checkedList(items, field, list, profile.andThen(Profile::id));
        List<T> sorted = new ArrayList<>(copy);
        sorted.sort(Comparator.comparing(t -> profile.apply(t).id()));
        this.items = List.copyOf(sorted);
        this.profiles = sorted.stream().map(profile).toList();
        this.queryProfile = queryProfile;
        this.queryId = queryId;
        this.queryList = queryList;
        this.queryField = queryField;
        this.settings = settings;
        this.index = InvertedIndex.build(profiles, new Parameters(settings.k1(), settings.b(),
                settings.titleWeight(), settings.keywordsWeight(), settings.descriptionWeight(), settings.unigramWeight(),
                settings.maxDocumentFrequency(), settings.pruningFloor(), settings.maxQueryTerms(),
                settings.sameChainLinkBoost(), settings.sameChainBoost(), settings.sameIndustryClassBoost(),
                settings.sameIndustryDivisionBoost(), settings.sameCityBoost(), settings.sameProvinceBoost()));
    }

    /**
     * Indexes achievements with the default settings, to rank them for technology demands.
     *
     * @param achievements the achievements, ids unique
     * @return the index
     * @throws InvalidInputException {@link ErrorCode#MATCH_MISSING} when the list or an element is missing,
     *                               {@link ErrorCode#MATCH_DUPLICATE_ID} when an id repeats
     */
    public static MatchIndex<Achievement, TechnologyDemand> ofAchievements(List<Achievement> achievements) {
        return ofAchievements(achievements, MatchSettings.defaults());
    }

    /**
     * Indexes achievements, to rank them for technology demands.
     *
     * @param achievements the achievements, ids unique
     * @param settings     the settings
     * @return the index
     * @throws InvalidInputException {@link ErrorCode#MATCH_MISSING} when the list or an element is missing,
     *                               {@link ErrorCode#MATCH_DUPLICATE_ID} when an id repeats
     */
    public static MatchIndex<Achievement, TechnologyDemand> ofAchievements(List<Achievement> achievements,
                                                                           MatchSettings settings) {
        return new MatchIndex<>(achievements, Profile::of, Term.ACHIEVEMENT_LIST, "achievements", Profile::of,
                TechnologyDemand::id, Term.DEMAND_LIST, "demands", settings);
    }

    /**
     * Indexes technology demands with the default settings, to rank them for achievements.
     *
     * @param demands the demands, ids unique
     * @return the index
     * @throws InvalidInputException {@link ErrorCode#MATCH_MISSING} when the list or an element is missing,
     *                               {@link ErrorCode#MATCH_DUPLICATE_ID} when an id repeats
     */
    public static MatchIndex<TechnologyDemand, Achievement> ofDemands(List<TechnologyDemand> demands) {
        return ofDemands(demands, MatchSettings.defaults());
    }

    /**
     * Indexes technology demands, to rank them for achievements.
     *
     * @param demands  the demands, ids unique
     * @param settings the settings
     * @return the index
     * @throws InvalidInputException {@link ErrorCode#MATCH_MISSING} when the list or an element is missing,
     *                               {@link ErrorCode#MATCH_DUPLICATE_ID} when an id repeats
     */
    public static MatchIndex<TechnologyDemand, Achievement> ofDemands(List<TechnologyDemand> demands,
                                                                      MatchSettings settings) {
        return new MatchIndex<>(demands, Profile::of, Term.DEMAND_LIST, "demands", Profile::of, Achievement::id,
                Term.ACHIEVEMENT_LIST, "achievements", settings);
    }

    private static <E> List<E> checkedList(List<E> list, String field, Term what, Function<E, String> id) {
        if (list == null) {
            throw new InvalidInputException(ErrorCode.MATCH_MISSING, field, what);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            E e = list.get(i);
            if (e == null) {
                throw new InvalidInputException(ErrorCode.MATCH_MISSING, field + "[" + i + "]", what);
            }
            if (seen.putIfAbsent(id.apply(e), i) != null) {
                throw new InvalidInputException(ErrorCode.MATCH_DUPLICATE_ID, field + "[" + i + "].id", id.apply(e),
                        what, i);
            }
        }
        return List.copyOf(list);
    }

    private static void checkK(int k) {
        if (k <= 0) {
            throw new InvalidInputException(ErrorCode.MATCH_TOP_K, "k", k);
        }
    }

    /**
     * The indexed entries, sorted by id.
     *
     * @return an unmodifiable list
     */
    public List<T> items() {
        return items;
    }

    /**
     * The number of indexed entries.
     *
     * @return the count
     */
    public int size() {
        return items.size();
    }

    /**
     * The settings the index was built with.
     *
     * @return the settings
     */
    public MatchSettings settings() {
        return settings;
    }

    /**
     * The number of distinct terms pruned for being in more than {@link MatchSettings#maxDocumentFrequency()} of
     * the entries.
     *
     * @return the count, 0 without pruning
     */
    public int prunedTermCount() {
        return index.prunedTermCount();
    }

    /**
     * The best entries for one query entry: those sharing at least one term with it, best first (score descending,
     * ties by id ascending).
     *
     * @param query the entry of the other list
     * @param k     at most this many matches, at least 1
     * @return the matches, possibly fewer than {@code k}
     * @throws InvalidInputException {@link ErrorCode#MATCH_TOP_K} when {@code k} is not positive
     * @throws NullPointerException  when {@code query} is {@code null}
     */
    public List<Match<T>> top(Q query, int k) {
        checkK(k);
        Objects.requireNonNull(query, "query");
        return top(query, k, index.scorer());
    }

    private List<Match<T>> top(Q query, int k, InvertedIndex.Scorer scorer) {
        Profile q = queryProfile.apply(query);
        List<Match<T>> matches = new ArrayList<>();
        for (InvertedIndex.Hit hit : scorer.top(q, k)) {
            Profile entry = profiles.get(hit.entry());
            List<String> shared = Explainer.sharedText(q, entry, hit.sharedTerms());
            matches.add(new Match<>(items.get(hit.entry()), hit.textScore() * hit.boostFactor(),
                    new MatchExplanation(shared, boosts(hit.boostMask()), hit.textScore(), hit.boostFactor())));
        }
        return matches;
    }

    /** The boosts of a mask: bit i is the i-th {@link Boost} in declaration order, as {@code Parameters} orders them. */
    private static List<Boost> boosts(int mask) {
        List<Boost> boosts = new ArrayList<>(3);
        for (Boost b : Boost.values()) {
            if ((mask & (1 << b.ordinal())) != 0) {
                boosts.add(b);
            }
        }
        return boosts;
    }

    /**
     * Matches a whole list on the calling thread.
     *
     * @param queries the entries of the other list, ids unique
     * @param k       at most this many matches per query, at least 1
     * @return one {@link Matches} per query, in the order of {@code queries}
     * @throws InvalidInputException {@link ErrorCode#MATCH_TOP_K}, {@link ErrorCode#MATCH_MISSING} or
     *                               {@link ErrorCode#MATCH_DUPLICATE_ID}
     */
    public List<Matches<Q, T>> matchAll(List<Q> queries, int k) {
        checkK(k);
        List<Q> list = checkedList(queries, queryField, queryList, queryId);
        List<Matches<Q, T>> out = new ArrayList<>(list.size());
        InvertedIndex.Scorer scorer = index.scorer();
        for (Q q : list) {
            out.add(new Matches<>(q, top(q, k, scorer)));
        }
        return List.copyOf(out);
    }

    /**
     * Matches a whole list on a caller-supplied executor (for example a fixed pool of as many threads as cores);
     * the result is the same as {@link #matchAll(List, int)}'s. The call waits for every task.
     *
     * @param queries  the entries of the other list, ids unique
     * @param k        at most this many matches per query, at least 1
     * @param executor runs the tasks; each task matches a contiguous slice of the queries
     * @return one {@link Matches} per query, in the order of {@code queries}
     * @throws InvalidInputException {@link ErrorCode#MATCH_TOP_K}, {@link ErrorCode#MATCH_MISSING} or
     *                               {@link ErrorCode#MATCH_DUPLICATE_ID}
     * @throws NullPointerException  when {@code executor} is {@code null}
     */
    public List<Matches<Q, T>> matchAll(List<Q> queries, int k, Executor executor) {
        checkK(k);
        Objects.requireNonNull(executor, "executor");
        List<Q> list = checkedList(queries, queryField, queryList, queryId);
        List<Matches<Q, T>> out = new ArrayList<>(java.util.Collections.nCopies(list.size(), null));
        int chunk = Math.max(MIN_CHUNK, (list.size() + 63) / 64);
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += chunk) {
            int start = from;
            int end = Math.min(list.size(), from + chunk);
            tasks.add(CompletableFuture.runAsync(() -> {
                InvertedIndex.Scorer scorer = index.scorer();
                for (int i = start; i < end; i++) {
                    out.set(i, new Matches<>(list.get(i), top(list.get(i), k, scorer)));
                }
            }, executor));
        }
        try {
            CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
        return List.copyOf(out);
    }
}
