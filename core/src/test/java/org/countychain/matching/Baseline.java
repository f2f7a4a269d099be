package org.countychain.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;

/**
 * The baseline the matcher is compared with: plain TF-IDF over single characters (letters and digits), cosine
 * similarity, all fields as one text, no boosts. Deliberately simple and independent of the matcher's code.
 */
final class Baseline {
    private Baseline() {
    }

    private static Map<Integer, Double> counts(String text) {
        Map<Integer, Double> tf = new HashMap<>();
        Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit).forEach(cp -> tf.merge(cp, 1.0, Double::sum));
        return tf;
    }

    private static String text(Achievement a) {
        return a.title() + " " + String.join(" ", a.keywords()) + " " + (a.field() == null ? "" : a.field()) + " "
                + (a.description() == null ? "" : a.description());
    }

    private static String text(TechnologyDemand d) {
        return d.title() + " " + String.join(" ", d.keywords()) + " "
                + (d.description() == null ? "" : d.description());
    }

    /** The rankings (achievement ids, best first, ties by id) of each demand. */
    static Map<String, List<String>> rank(List<Achievement> achievements, List<TechnologyDemand> demands) {
        List<Map<Integer, Double>> docs = new ArrayList<>();
        Map<Integer, Integer> df = new HashMap<>();
        for (Achievement a : achievements) {
            Map<Integer, Double> tf = counts(text(a));
            docs.add(tf);
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = achievements.size();
        List<Map<Integer, Double>> vectors = new ArrayList<>();
        for (Map<Integer, Double> tf : docs) {
            vectors.add(weigh(tf, df, n));
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TechnologyDemand d : demands) {
            Map<Integer, Double> q = weigh(counts(text(d)), df, n);
            List<Integer> order = new ArrayList<>();
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                for (Map.Entry<Integer, Double> e : q.entrySet()) {
                    score[i] += e.getValue() * vectors.get(i).getOrDefault(e.getKey(), 0.0);
                }
                order.add(i);
            }
            order.sort((x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x])
                    : achievements.get(x).id().compareTo(achievements.get(y).id()));
            out.put(d.id(), order.stream().filter(i -> score[i] > 0).map(i -> achievements.get(i).id()).toList());
        }
        return out;
    }

    private static Map<Integer, Double> weigh(Map<Integer, Double> tf, Map<Integer, Integer> df, int n) {
        Map<Integer, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<Integer, Double> e : tf.entrySet()) {
            double w = e.getValue() * Math.log((double) n / df.getOrDefault(e.getKey(), n));
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
        return v;
    }
}
