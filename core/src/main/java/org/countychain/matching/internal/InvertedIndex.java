package org.countychain.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.countychain.division.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * An immutable inverted index over entries sorted by id, with BM25F impacts precomputed per posting. Internal.
 *
 * <p>Terms are interned to ids: a Chinese character or bigram through its {@code long} key in a {@link LongIntTable}
 * (no string per term, and a hash that does not cluster however many distinct characters the text has), a run of
 * other letters and digits through a hash map. Each term's postings are two parallel arrays (entry numbers
 * ascending, impacts); a query collects its distinct terms through small per-thread tables (linear in the query's
 * length), accumulates into a primitive array of the {@link Scorer} it runs on and keeps the best entries in a
 * bounded heap. Entry numbers follow id order, so breaking ties by the smaller number breaks them by id.
 */
public final class InvertedIndex {
    private static final int NONE = -1;
    /** Bits of a boost mask, in the order of {@link Parameters}' boost weights. */
    private static final int LINK_BIT = 0;
    private static final int CHAIN_BIT = 1;
    private static final int CLASS_BIT = 2;
    private static final int DIVISION_BIT = 3;
    private static final int CITY_BIT = 4;
    private static final int PROVINCE_BIT = 5;

    private final Parameters settings;
    private final float[] fieldWeights;
    private final boolean unigrams;
    private final List<Profile> entries;
    /** Ids of Chinese characters and bigrams, by key. */
    private final LongIntTable hanIds;
    /** Ids of runs of other letters and digits. */
    private final Map<String, Integer> wordIds;
    /** Each term's key: a Chinese key (0 or more), or {@code ~i} for the i-th of {@link #words}. */
    private final long[] termKeys;
    private final String[] words;
    private final int termCount;
    private final int[][] postingEntries;
    private final float[][] postingImpacts;
    private final Map<String, Integer> keyIds;
    private final int[] chainKey;
    private final int[] linkKey;
    private final int[] classKey;
    private final int[] divisionKey;
    private final int[] cityKey;
    private final int[] provinceKey;
    private final int prunedTerms;
    private final float[] idf;
    private final double maxBoostFactor;
    private final double[] factors;

    /** One entry's distinct terms with their weighted frequency per field, from the first pass. */
    private record Counted(int[] terms, float[][] frequencies, float[] lengths) {
    }

    private InvertedIndex(List<Profile> entries, Parameters settings) {
        this.settings = settings;
        this.entries = List.copyOf(entries);
        this.fieldWeights = new float[] {(float) settings.titleWeight(), (float) settings.keywordsWeight(),
                (float) settings.descriptionWeight()};
        this.unigrams = settings.unigramWeight() > 0;
        int n = entries.size();
        @Nullable Counted[] counted = new Counted[n];
        double[] totalLength = new double[3];
        FieldCounter counter = new FieldCounter((float) settings.unigramWeight(), n);
        for (int e = 0; e < n; e++) {
            Counted c = counter.count(entries.get(e));
            counted[e] = c;
            for (int f = 0; f < 3; f++) {
                totalLength[f] += c.lengths()[f];
            }
        }
        int termCount = counter.termCount;
        this.termCount = termCount;
        this.hanIds = counter.hanIds;
        this.wordIds = counter.wordIds;
        this.termKeys = Arrays.copyOf(counter.termKeys, termCount);
        this.words = counter.words.toArray(String[]::new);
        int[] df = new int[termCount];
        for (@Nullable Counted c : counted) {
            for (int t : Objects.requireNonNull(c).terms()) {
                df[t]++;
            }
        }
        int maxDf = Math.max(settings.pruningFloor(), (int) Math.floor(settings.maxDocumentFrequency() * n));
        int pruned = 0;
        int[][] docs = new int[termCount][];
        float[][] impacts = new float[termCount][];
        for (int t = 0; t < termCount; t++) {
            if (df[t] > maxDf) {
                pruned++;
            } else {
                docs[t] = new int[df[t]];
                impacts[t] = new float[df[t]];
            }
        }
        float[] avg = new float[3];
        for (int f = 0; f < 3; f++) {
            avg[f] = n == 0 ? 0 : (float) (totalLength[f] / n);
        }
        float b = (float) settings.b();
        float k1 = (float) settings.k1();
        int[] fill = new int[termCount];
        this.factors = factors(settings);
        this.maxBoostFactor = 1 + Math.max(settings.sameChainLinkBoost(), settings.sameChainBoost())
                + Math.max(settings.sameIndustryClassBoost(), settings.sameIndustryDivisionBoost())
                + Math.max(settings.sameCityBoost(), settings.sameProvinceBoost());
        this.idf = new float[termCount];
        for (int t = 0; t < termCount; t++) {
            idf[t] = (float) Math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
        }
        for (int e = 0; e < n; e++) {
            // Each entry's counts are still there: they are cleared only after their own use below.
            Counted c = Objects.requireNonNull(counted[e]);
            float[] norm = new float[3];
            for (int f = 0; f < 3; f++) {
                norm[f] = avg[f] == 0 ? 1 : 1 - b + b * c.lengths()[f] / avg[f];
            }
            for (int i = 0; i < c.terms().length; i++) {
                int t = c.terms()[i];
                if (docs[t] == null) {
                    continue;
                }
                float tf = 0;
                for (int f = 0; f < 3; f++) {
                    tf += fieldWeights[f] * c.frequencies()[f][i] / norm[f];
                }
                docs[t][fill[t]] = e;
                impacts[t][fill[t]] = (float) ((double) idf[t] * tf * (k1 + 1) / (tf + k1));
                fill[t]++;
            }
            counted[e] = null;
        }
        this.postingEntries = docs;
        this.postingImpacts = impacts;
        this.prunedTerms = pruned;
        Map<String, Integer> keys = new HashMap<>();
        chainKey = new int[n];
        linkKey = new int[n];
        classKey = new int[n];
        divisionKey = new int[n];
        cityKey = new int[n];
        provinceKey = new int[n];
        for (int e = 0; e < n; e++) {
            int[] k = keys(entries.get(e), keys, true);
            chainKey[e] = k[0];
            linkKey[e] = k[1];
            classKey[e] = k[2];
            divisionKey[e] = k[3];
            cityKey[e] = k[4];
            provinceKey[e] = k[5];
        }
        this.keyIds = keys;
    }

    /**
     * Builds the index.
     *
     * @param entriesById the entries' profiles, sorted by id, ids unique
     * @param settings    the settings
     * @return the index
     */
    public static InvertedIndex build(List<Profile> entriesById, Parameters settings) {
        return new InvertedIndex(entriesById, settings);
    }

    /**
     * The number of distinct terms.
     *
     * @return the count
     */
    public int termCount() {
        return termCount;
    }

    /**
     * The number of terms pruned for being too common.
     *
     * @return the count
     */
    public int prunedTermCount() {
        return prunedTerms;
    }

    /**
     * A scorer: scratch space for one thread at a time.
     *
     * @return a new scorer
     */
    public Scorer scorer() {
        return new Scorer();
    }

    /**
     * Keys of the structured fields: chain, link, industry class, industry division, city, province.
     * {@code NONE} when missing; with {@code add} false, keys unknown to the index become {@code NONE} too.
     */
    private static int[] keys(Profile p, Map<String, Integer> keys, boolean add) {
        int[] k = new int[6];
        k[0] = key(p.chainId() == null ? null : "c" + p.chainId(), keys, add);
        k[1] = key(p.chainId() == null || p.linkId() == null ? null : "l" + p.chainId() + '\u0000' + p.linkId(), keys,
                add);
        String code = p.industryCode() == null ? null : p.industryCode().toUpperCase(java.util.Locale.ROOT);
        k[2] = key(code == null || code.length() < 5 ? null : "i" + code.substring(0, 5), keys, add);
        k[3] = key(code == null || code.length() < 3 ? null : "d" + code.substring(0, 3), keys, add);
        DivisionCode region = p.region();
        String v = region == null ? null : region.value();
        k[4] = v == null || v.startsWith("00", 2) ? NONE : Integer.parseInt(v.substring(0, 4));
        k[5] = v == null ? NONE : Integer.parseInt(v.substring(0, 2));
        return k;
    }

    private static int key(@Nullable String text, Map<String, Integer> keys, boolean add) {
        if (text == null) {
            return NONE;
        }
        Integer id = add ? keys.computeIfAbsent(text, t -> keys.size()) : keys.get(text);
        return id == null ? NONE : id;
    }

    /** Tokenises the entries' fields, interns their terms and counts each entry's distinct terms. */
    private static final class FieldCounter implements Tokenizer.KeySink {
        private final float unigramWeight;
        private final LongIntTable hanIds;
        private final Map<String, Integer> wordIds = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private long[] termKeys = new long[1024];
        private int termCount;
        private float[][] scratch = new float[3][1024];
        private boolean[] seen = new boolean[1024];
        private final IntList distinct = new IntList();
        private final float[] lengths = new float[3];
        private int field;

        FieldCounter(float unigramWeight, int entries) {
            this.unigramWeight = unigramWeight;
            this.hanIds = new LongIntTable(Math.max(1024, entries * 8));
        }

        Counted count(Profile p) {
            distinct.clear();
            Arrays.fill(lengths, 0);
            List<List<String>> fields = fields(p);
            for (field = 0; field < 3; field++) {
                for (String text : fields.get(field)) {
                    Tokenizer.keys(Tokenizer.normalize(text), unigramWeight > 0, this);
                }
            }
            int[] terms = new int[distinct.size];
            float[][] freq = new float[3][terms.length];
            for (int i = 0; i < terms.length; i++) {
                int t = distinct.values[i];
                terms[i] = t;
                for (int f = 0; f < 3; f++) {
                    freq[f][i] = scratch[f][t];
                    scratch[f][t] = 0;
                }
                seen[t] = false;
            }
            return new Counted(terms, freq, lengths.clone());
        }

        @Override
        public void han(long key, boolean unigram) {
            int t = hanIds.getOrPut(key, termCount);
            if (t == termCount) {
                newTerm(key);
            }
            add(t, unigram ? unigramWeight : 1f);
        }

        @Override
        public void word(String word) {
            Integer id = wordIds.get(word);
            int t;
            if (id == null) {
                t = termCount;
                wordIds.put(word, t);
                newTerm(~(long) words.size());
                words.add(word);
            } else {
                t = id;
            }
            add(t, 1f);
        }

        private void newTerm(long key) {
            int t = termCount++;
            if (t == termKeys.length) {
                termKeys = Arrays.copyOf(termKeys, t * 2);
                seen = Arrays.copyOf(seen, t * 2);
                for (int f = 0; f < 3; f++) {
                    scratch[f] = Arrays.copyOf(scratch[f], t * 2);
                }
            }
            termKeys[t] = key;
        }

        private void add(int t, float w) {
            if (!seen[t]) {
                seen[t] = true;
                distinct.add(t);
            }
            scratch[field][t] += w;
            lengths[field] += w;
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] values = new int[64];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void clear() {
            size = 0;
        }
    }

    /**
     * The texts of an entry by field: title, keywords, description.
     *
     * @param p the entry
     * @return three lists of texts
     */
    static List<List<String>> fields(Profile p) {
        return List.of(List.of(p.title()), p.keywords(),
                p.description() == null ? List.of() : List.of(p.description()));
    }

    /**
     * One ranked entry; {@code boostMask} has the bits of the boosts applied, {@code sharedTerms} the query's
     * indexed terms the entry contains.
     */
    public record Hit(int entry, double textScore, double boostFactor, int boostMask, Set<String> sharedTerms) {
    }

    /**
     * Scratch space for queries; not thread-safe, one per thread. The index itself is never written to.
     */
    public final class Scorer {
        private final float[] accumulated = new float[entries.size()];
        private final int[] touched = new int[entries.size()];
        private final QueryTerms q = new QueryTerms();

        private Scorer() {
        }

        /**
         * The best entries for a query, best first.
         *
         * @param query the query's profile
         * @param k     at most this many, at least 1
         * @return the hits
         */
        public List<Hit> top(Profile query, int k) {
            q.collect(query);
            int count = 0;
            for (int i = 0; i < q.size; i++) {
                int t = q.ids[i];
                float w = q.weights[i];
                int[] docs = postingEntries[t];
                float[] imp = postingImpacts[t];
                for (int j = 0; j < docs.length; j++) {
                    int d = docs[j];
                    if (accumulated[d] == 0) {
                        touched[count++] = d;
                    }
                    accumulated[d] += w * imp[j];
                }
            }
            int[] qk = keys(query, keyIds, false);
            TopK heap = new TopK(Math.min(k, Math.max(count, 1)));
            for (int i = 0; i < count; i++) {
                int d = touched[i];
                double text = accumulated[d];
                accumulated[d] = 0;
                // No boost can lift this entry into a full heap: skip computing its boosts.
                if (heap.full() && text * maxBoostFactor < heap.worstScore()) {
                    continue;
                }
                heap.offer(text * boostFactor(qk, d), d);
            }
            int[] best = heap.entriesBestFirst();
            List<Hit> hits = new ArrayList<>(best.length);
            for (int d : best) {
                int mask = boostMask(qk, d);
                // The text score again, summed in the same order and precision as above, and the shared terms.
                float text = 0;
                Set<String> shared = new HashSet<>();
                for (int i = 0; i < q.size; i++) {
                    int pos = Arrays.binarySearch(postingEntries[q.ids[i]], d);
                    if (pos >= 0) {
                        text += q.weights[i] * postingImpacts[q.ids[i]][pos];
                        shared.add(termText(q.ids[i]));
                    }
                }
                hits.add(new Hit(d, text, factors[mask], mask, shared));
            }
            return hits;
        }

        /**
         * The slots examined so far to find the places of this scorer's query terms (the two tables of its query
         * collection). For tests: it grows with the queries' length, not with its square.
         *
         * @return the count
         */
        long termLookupProbes() {
            return q.places.probes() + q.inField.probes();
        }
    }

    /** The boosts that apply, as a bit set (only the most specific of each kind). */
    private int boostMask(int[] q, int d) {
        int mask = 0;
        if (q[1] != NONE && q[1] == linkKey[d]) {
            mask |= 1 << LINK_BIT;
        } else if (q[0] != NONE && q[0] == chainKey[d]) {
            mask |= 1 << CHAIN_BIT;
        }
        if (q[2] != NONE && q[2] == classKey[d]) {
            mask |= 1 << CLASS_BIT;
        } else if (q[3] != NONE && q[3] == divisionKey[d]) {
            mask |= 1 << DIVISION_BIT;
        }
        if (q[4] != NONE && q[4] == cityKey[d]) {
            mask |= 1 << CITY_BIT;
        } else if (q[5] != NONE && q[5] == provinceKey[d]) {
            mask |= 1 << PROVINCE_BIT;
        }
        return mask;
    }

    private double boostFactor(int[] q, int d) {
        return factors[boostMask(q, d)];
    }

    /** The factor of every combination of boosts: 1 plus the weights of the boosts in the mask. */
    private static double[] factors(Parameters s) {
        double[] weights = {s.sameChainLinkBoost(), s.sameChainBoost(), s.sameIndustryClassBoost(),
            s.sameIndustryDivisionBoost(), s.sameCityBoost(), s.sameProvinceBoost()};
        double[] f = new double[1 << weights.length];
        for (int mask = 0; mask < f.length; mask++) {
            f[mask] = 1;
            for (int b = 0; b < weights.length; b++) {
                if ((mask & (1 << b)) != 0) {
                    f[mask] += weights[b];
                }
            }
        }
        return f;
    }

    /** The text of a term. */
    private String termText(int t) {
        long key = termKeys[t];
        return key >= 0 ? Tokenizer.keyText(key) : words[(int) ~key];
    }

    /**
     * A query's distinct, indexed, unpruned terms in first-seen order with their weights: scratch space of one
     * {@link Scorer}. Each term's place is found through a small hash table, so collecting costs the query's length,
     * however long the query is.
     */
    private final class QueryTerms implements Tokenizer.KeySink {
        int[] ids = new int[64];
        float[] weights = new float[64];
        int size;
        /** Term id to its place in {@link #ids}. */
        private final LongIntTable places = new LongIntTable(64);
        /** Terms seen in the current field: a term counts once per field, with the field's weight. */
        private final LongIntTable inField = new LongIntTable(64);
        private float fieldWeight;

        void collect(Profile query) {
            size = 0;
            places.clear();
            List<List<String>> fields = fields(query);
            for (int f = 0; f < 3; f++) {
                fieldWeight = fieldWeights[f];
                if (fieldWeight == 0) {
                    continue;
                }
                inField.clear();
                for (String text : fields.get(f)) {
                    Tokenizer.keys(Tokenizer.normalize(text), unigrams, this);
                }
            }
            int max = settings.maxQueryTerms();
            if (max > 0 && size > max) {
                keepBest(max);
            }
        }

        @Override
        public void han(long key, boolean unigram) {
            term(hanIds.get(key));
        }

        @Override
        public void word(String word) {
            Integer id = wordIds.get(word);
            term(id == null ? -1 : id);
        }

        private void term(int id) {
            if (id < 0 || postingEntries[id] == null) {
                return;
            }
            int seen = inField.size();
            inField.getOrPut(id, 0);
            if (inField.size() == seen) {
                return;
            }
            int place = places.getOrPut(id, size);
            if (place < size) {
                weights[place] += fieldWeight;
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            ids[size] = id;
            weights[size++] = fieldWeight;
        }

        /** Keeps the {@code max} terms of highest weight times idf (ties: first seen), in first-seen order. */
        private void keepBest(int max) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Float.compare(weights[b] * idf[ids[b]], weights[a] * idf[ids[a]]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            boolean[] keep = new boolean[size];
            for (int i = 0; i < max; i++) {
                keep[order[i]] = true;
            }
            int j = 0;
            for (int i = 0; i < size; i++) {
                if (keep[i]) {
                    ids[j] = ids[i];
                    weights[j++] = weights[i];
                }
            }
            size = j;
        }
    }

    /**
     * Whether single characters of longer runs are terms.
     *
     * @return true when unigrams are on
     */
    public boolean unigrams() {
        return unigrams;
    }
}
