package org.countychain.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.division.DivisionCode;

/**
 * A hand-labelled evaluation set ({@code two-lists-labelled.txt}, or the harder {@code two-lists-hard.txt}):
 * achievements, demands split into a dev half and a held-out half, and each demand's relevant achievements.
 */
record LabelledSet(List<Achievement> achievements, List<TechnologyDemand> dev, List<TechnologyDemand> heldOut,
                   Map<String, Set<String>> relevant) {
    /** The first labelled set, {@code two-lists-labelled.txt}. */
    static LabelledSet load() {
        return load("two-lists-labelled.txt");
    }

    /** A labelled set from a resource beside this class; keywords "-" stand for none. */
    static LabelledSet load(String resource) {
        try (InputStream in = LabelledSet.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Achievement> achievements = new ArrayList<>();
            List<TechnologyDemand> dev = new ArrayList<>();
            List<TechnologyDemand> heldOut = new ArrayList<>();
            Map<String, Set<String>> relevant = new LinkedHashMap<>();
            for (String line : text.split("\n")) {
                String[] f = line.split("\\|", -1);
                if (line.startsWith("A|")) {
                    achievements.add(new Achievement(f[1], f[8], f[9], f[6], v(f[7]), v(f[4]), v(f[2]), v(f[3]),
                            DivisionCode.of(f[5]), keywords(f[10])));
                } else if (line.startsWith("D|")) {
                    TechnologyDemand d = new TechnologyDemand(f[1], f[7], f[8], v(f[3]), v(f[4]),
                            DivisionCode.of(f[6]), v(f[5]), null, null, keywords(f[9]));
                    ("dev".equals(f[2]) ? dev : heldOut).add(d);
                    relevant.put(f[1], new TreeSet<>(Arrays.asList(f[10].split(","))));
                }
            }
            return new LabelledSet(List.copyOf(achievements), List.copyOf(dev), List.copyOf(heldOut), relevant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keywords(String s) {
        return "-".equals(s) ? List.of() : Arrays.asList(s.split(","));
    }

    private static String v(String s) {
        return "-".equals(s) ? null : s;
    }

    /** Precision at 5, recall at 5 and mean reciprocal rank over some demands. */
    record Figures(double precisionAt5, double recallAt5, double mrr, double rPrecision, double map) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P@5 %.3f  R@5 %.3f  MRR %.3f  R-prec %.3f  MAP %.3f",
                    precisionAt5, recallAt5, mrr, rPrecision, map);
        }
    }

    /** The highest precision at 5 the labels allow: each demand has fewer than five relevant achievements. */
    double idealPrecisionAt5(List<TechnologyDemand> demands) {
        return demands.stream().mapToDouble(d -> Math.min(5, relevant.get(d.id()).size()) / 5.0).average().orElse(0);
    }

    /** Scores rankings (achievement ids, best first) against the labels. */
    Figures evaluate(Map<String, List<String>> rankings) {
        double p = 0;
        double r = 0;
        double mrr = 0;
        double rPrecision = 0;
        double map = 0;
        for (Map.Entry<String, List<String>> e : rankings.entrySet()) {
            Set<String> rel = relevant.get(e.getKey());
            List<String> ranked = e.getValue();
            int hits = 0;
            for (int i = 0; i < Math.min(5, ranked.size()); i++) {
                if (rel.contains(ranked.get(i))) {
                    hits++;
                }
            }
            p += hits / 5.0;
            int inR = 0;
            int found = 0;
            double ap = 0;
            for (int i = 0; i < ranked.size(); i++) {
                if (rel.contains(ranked.get(i))) {
                    found++;
                    ap += found / (double) (i + 1);
                    if (i < rel.size()) {
                        inR++;
                    }
                }
            }
            rPrecision += inR / (double) rel.size();
            map += ap / rel.size();
            r += hits / (double) rel.size();
            for (int i = 0; i < ranked.size(); i++) {
                if (rel.contains(ranked.get(i))) {
                    mrr += 1.0 / (i + 1);
                    break;
                }
            }
        }
        int n = rankings.size();
        return new Figures(p / n, r / n, mrr / n, rPrecision / n, map / n);
    }
}
