package org.countychain.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.countychain.division.DivisionCode;

/**
 * An immutable inverted index over entries sorted by id, with BM25F impacts precomputed per posting. Internal.
 *
 * <p>Terms are interned to ids; each term's postings are two parallel arrays (entry numbers ascending, impacts);
 * a query accumulates into a primitive array of the {@link Scorer} it runs on and keeps the best entries in a
 * bounded heap. Entry numbers follow id order, so breaking ties by the smaller number breaks them by id.
 */
public final class InvertedIndex {
    private static final int TITLE = 0;
    private static final int KEYWORDS = 1;
    private static final int DESCRIPTION = 2;
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
    private final Map<String, Integer> termIds;
    private final String[] termText;
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
        Map<String, Integer> ids = new HashMap<>();
        Counted[] counted = new Counted[n];
        double[] totalLength = new double[3];
        FieldCounter counter = new FieldCounter((float) settings.unigramWeight());
        for (int e = 0; e < n; e++) {
            counted[e] = counter.count(entries.get(e), ids);
            for (int f = 0; f < 3; f++) {
                totalLength[f] += counted[e].lengths()[f];
            }
        }
        int termCount = ids.size();
        int[] df = new int[termCount];
        for (Counted c : counted) {
            for (int t : c.terms()) {
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
            Counted c = counted[e];
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
        this.termIds = Map.copyOf(ids);
        this.termText = new String[termCount];
        ids.forEach((term, id) -> termText[id] = term);
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
        this.keyIds = Map.copyOf(keys);
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
        return termIds.size();
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

    private static int key(String text, Map<String, Integer> keys, boolean add) {
        if (text == null) {
            return NONE;
        }
        Integer id = add ? keys.computeIfAbsent(text, t -> keys.size()) : keys.get(text);
        return id == null ? NONE : id;
    }

    /** Tokenises an entry's fields and counts its distinct terms. */
    private static final class FieldCounter {
        private final float unigramWeight;
        private float[][] scratch = new float[3][1024];
        private boolean[] seen = new boolean[1024];

        FieldCounter(float unigramWeight) {
            this.unigramWeight = unigramWeight;
        }

        Counted count(Profile p, Map<String, Integer> ids) {
            List<Integer> distinct = new ArrayList<>();
            float[] lengths = new float[3];
            List<List<String>> fields = fields(p);
            for (int f = 0; f < 3; f++) {
                final int field = f;
                for (String text : fields.get(f)) {
                    Tokenizer.terms(Tokenizer.normalize(text), unigramWeight > 0, (term, unigram) -> {
                        float w = unigram ? unigramWeight : 1f;
                        int t = ids.computeIfAbsent(term, x -> ids.size());
                        grow(t);
                        if (!seen[t]) {
                            seen[t] = true;
                            distinct.add(t);
                        }
                        scratch[field][t] += w;
                        lengths[field] += w;
                    });
                }
            }
            int[] terms = new int[distinct.size()];
            float[][] freq = new float[3][terms.length];
            for (int i = 0; i < terms.length; i++) {
                int t = distinct.get(i);
                terms[i] = t;
                for (int f = 0; f < 3; f++) {
                    freq[f][i] = scratch[f][t];
                    scratch[f][t] = 0;
                }
                seen[t] = false;
            }
            return new Counted(terms, freq, lengths);
        }

        private void grow(int t) {
            if (t >= seen.length) {
                int size = Math.max(t + 1, seen.length * 2);
                seen = Arrays.copyOf(seen, size);
                for (int f = 0; f < 3; f++) {
                    scratch[f] = Arrays.copyOf(scratch[f], size);
                }
            }
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

    /** One ranked entry; {@code boostMask} has the bits of the boosts applied. */
    public record Hit(int entry, double textScore, double boostFactor, int boostMask) {
    }

    /**
     * Scratch space for queries; not thread-safe, one per thread. The index itself is never written to.
     */
    public final class Scorer {
        private final float[] accumulated = new float[entries.size()];
        private final int[] touched = new int[entries.size()];

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
            QueryTerms q = queryTerms(query);
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
                hits.add(new Hit(d, recompute(q, d), factors[mask], mask));
            }
            return hits;
        }

        /** The text score of one entry, summed in the same order and precision as {@link #top}. */
        private float recompute(QueryTerms q, int d) {
            float sum = 0;
            for (int i = 0; i < q.size; i++) {
                int pos = Arrays.binarySearch(postingEntries[q.ids[i]], d);
                if (pos >= 0) {
                    sum += q.weights[i] * postingImpacts[q.ids[i]][pos];
                }
            }
            return sum;
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

    /** A query's distinct, indexed, unpruned terms in first-seen order with their weights. */
    private static final class QueryTerms {
        int[] ids = new int[64];
        float[] weights = new float[64];
        int size;

        /** Keeps the {@code max} terms of highest weight times idf (ties: first seen), in first-seen order. */
        void keepBest(int max, float[] idf) {
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

        void add(int id, float weight) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == id) {
                    weights[i] += weight;
                    return;
                }
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            ids[size] = id;
            weights[size++] = weight;
        }
    }

    private QueryTerms queryTerms(Profile query) {
        QueryTerms q = new QueryTerms();
        List<List<String>> fields = fields(query);
        for (int f = 0; f < 3; f++) {
            float w = fieldWeights[f];
            if (w == 0) {
                continue;
            }
            // A term counts once per field: the field's weight, whatever its repetitions.
            List<Integer> inField = new ArrayList<>();
            for (String text : fields.get(f)) {
                Tokenizer.terms(Tokenizer.normalize(text), unigrams, (term, unigram) -> {
                    Integer id = termIds.get(term);
                    if (id != null && postingEntries[id] != null && !inField.contains(id)) {
                        inField.add(id);
                    }
                });
            }
            for (int id : inField) {
                q.add(id, w);
            }
        }
        int max = settings.maxQueryTerms();
        if (max > 0 && q.size > max) {
            q.keepBest(max, idf);
        }
        return q;
    }

    /**
     * The query's terms that the entry contains, as strings.
     *
     * @param query the query
     * @param entry the entry number
     * @return the shared terms
     */
    public java.util.Set<String> sharedTerms(Profile query, int entry) {
        QueryTerms q = queryTerms(query);
        java.util.Set<Integer> shared = new java.util.HashSet<>();
        for (int i = 0; i < q.size; i++) {
            if (Arrays.binarySearch(postingEntries[q.ids[i]], entry) >= 0) {
                shared.add(q.ids[i]);
            }
        }
        java.util.Set<String> terms = new java.util.HashSet<>();
        for (int id : shared) {
            terms.add(termText[id]);
        }
        return terms;
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
