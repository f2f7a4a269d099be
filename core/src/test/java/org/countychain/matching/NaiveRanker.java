package org.countychain.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;

/**
 * The matcher's scoring written out the slow, obvious way, as the reference of {@link MatchIndexDifferentialTest}:
 * terms as strings in hash maps, every achievement scored for every demand, in doubles. Independent of the index's
 * code (its own tokenisation, its own BM25F, its own boosts), following docs/matching.md.
 */
final class NaiveRanker {
    private final MatchSettings s;
    private final List<Achievement> achievements;
    private final List<Map<String, Double>> impacts = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();

    NaiveRanker(List<Achievement> achievements, MatchSettings settings) {
        this.s = settings;
        this.achievements = achievements;
        int n = achievements.size();
        double[] fieldWeights = {s.titleWeight(), s.keywordsWeight(), s.descriptionWeight()};
        List<List<Map<String, Double>>> tfs = new ArrayList<>();
        double[] total = new double[3];
        List<double[]> lengths = new ArrayList<>();
        for (Achievement a : achievements) {
            List<Map<String, Double>> perField = new ArrayList<>();
            double[] len = new double[3];
            List<List<String>> fields = fields(a.title(), keywords(a), a.description());
            for (int f = 0; f < 3; f++) {
                Map<String, Double> tf = new LinkedHashMap<>();
                for (String text : fields.get(f)) {
                    for (Map.Entry<String, Double> t : terms(text)) {
                        tf.merge(t.getKey(), t.getValue(), Double::sum);
                        len[f] += t.getValue();
                    }
                }
                perField.add(tf);
                total[f] += len[f];
            }
            tfs.add(perField);
            lengths.add(len);
            perField.stream().flatMap(m -> m.keySet().stream()).distinct().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int maxDf = Math.max(s.pruningFloor(), (int) Math.floor(s.maxDocumentFrequency() * n));
        df.forEach((t, d) -> {
            if (d <= maxDf) {
                idf.put(t, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
            }
        });
        for (int e = 0; e < n; e++) {
            Map<String, Double> tf = new HashMap<>();
            for (int f = 0; f < 3; f++) {
                double avg = total[f] / n;
                double norm = avg == 0 ? 1 : 1 - s.b() + s.b() * lengths.get(e)[f] / avg;
                int field = f;
                tfs.get(e).get(f).forEach((t, c) -> tf.merge(t, fieldWeights[field] * c / norm, Double::sum));
            }
            Map<String, Double> imp = new HashMap<>();
            tf.forEach((t, v) -> {
                if (idf.containsKey(t)) {
                    imp.put(t, idf.get(t) * v * (s.k1() + 1) / (v + s.k1()));
                }
            });
            impacts.add(imp);
        }
    }

    private static List<String> keywords(Achievement a) {
        List<String> k = new ArrayList<>(a.keywords());
        if (a.field() != null) {
            k.add(a.field());
        }
        return k;
    }

    private static List<List<String>> fields(String title, List<String> keywords, String description) {
        return List.of(List.of(title), keywords, description == null ? List.of() : List.of(description));
    }

    /** The terms of a text with their weights, in order, repeats included. */
    List<Map.Entry<String, Double>> terms(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int[] cps = t.codePoints().toArray();
        List<Map.Entry<String, Double>> out = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            if (Character.isIdeographic(cps[i])) {
                int j = i;
                while (j < cps.length && Character.isIdeographic(cps[j])) {
                    j++;
                }
                for (int c = i; c + 1 < j; c++) {
                    out.add(Map.entry(new String(cps, c, 2), 1.0));
                }
                if (j - i == 1) {
                    out.add(Map.entry(new String(cps, i, 1), 1.0));
                } else if (s.unigramWeight() > 0) {
                    for (int c = i; c < j; c++) {
                        out.add(Map.entry(new String(cps, c, 1), s.unigramWeight()));
                    }
                }
                i = j;
            } else if (Character.isLetterOrDigit(cps[i])) {
                int j = i;
                while (j < cps.length && Character.isLetterOrDigit(cps[j]) && !Character.isIdeographic(cps[j])) {
                    j++;
                }
                out.add(Map.entry(new String(cps, i, j - i), 1.0));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The demand's query terms with their weights: each field where a term occurs adds that field's weight once. */
    Map<String, Double> query(TechnologyDemand d) {
        double[] fieldWeights = {s.titleWeight(), s.keywordsWeight(), s.descriptionWeight()};
        Map<String, Double> q = new LinkedHashMap<>();
        List<List<String>> fields = fields(d.title(), d.keywords(), d.description());
        for (int f = 0; f < 3; f++) {
            if (fieldWeights[f] == 0) {
                continue;
            }
            java.util.Set<String> inField = new java.util.HashSet<>();
            for (String text : fields.get(f)) {
                for (Map.Entry<String, Double> t : terms(text)) {
                    if (idf.containsKey(t.getKey()) && inField.add(t.getKey())) {
                        q.merge(t.getKey(), fieldWeights[f], Double::sum);
                    }
                }
            }
        }
        int max = s.maxQueryTerms();
        if (max > 0 && q.size() > max) {
            List<String> order = new ArrayList<>(q.keySet());
            List<String> byValue = new ArrayList<>(order);
            byValue.sort((a, b) -> {
                int c = Double.compare(q.get(b) * idf.get(b), q.get(a) * idf.get(a));
                return c != 0 ? c : Integer.compare(order.indexOf(a), order.indexOf(b));
            });
            q.keySet().retainAll(byValue.subList(0, max));
        }
        return q;
    }

    /** Every achievement's score for the demand, boosts included, by achievement id; 0 when no term is shared. */
    Map<String, Double> scores(TechnologyDemand d) {
        Map<String, Double> q = query(d);
        Map<String, Double> out = new HashMap<>();
        for (int e = 0; e < achievements.size(); e++) {
            double text = 0;
            for (Map.Entry<String, Double> t : q.entrySet()) {
                text += t.getValue() * impacts.get(e).getOrDefault(t.getKey(), 0.0);
            }
            out.put(achievements.get(e).id(), text * boost(d, achievements.get(e)));
        }
        return out;
    }

    private double boost(TechnologyDemand d, Achievement a) {
        double factor = 1;
        boolean sameChain = d.chainId() != null && d.chainId().equals(a.chainId());
        if (sameChain && d.linkId() != null && d.linkId().equals(a.linkId())) {
            factor += s.sameChainLinkBoost();
        } else if (sameChain) {
            factor += s.sameChainBoost();
        }
        String qi = d.industryCode() == null ? "" : d.industryCode().toUpperCase(Locale.ROOT);
        String ai = a.industryCode() == null ? "" : a.industryCode().toUpperCase(Locale.ROOT);
        if (qi.length() >= 5 && ai.length() >= 5 && qi.substring(0, 5).equals(ai.substring(0, 5))) {
            factor += s.sameIndustryClassBoost();
        } else if (qi.length() >= 3 && ai.length() >= 3 && qi.substring(0, 3).equals(ai.substring(0, 3))) {
            factor += s.sameIndustryDivisionBoost();
        }
        String qr = d.county().value();
        String ar = a.region() == null ? null : a.region().value();
        if (ar != null && !qr.startsWith("00", 2) && !ar.startsWith("00", 2) && qr.startsWith(ar.substring(0, 4))) {
            factor += s.sameCityBoost();
        } else if (ar != null && qr.startsWith(ar.substring(0, 2))) {
            factor += s.sameProvinceBoost();
        }
        return factor;
    }
}
