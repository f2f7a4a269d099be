package org.countychain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;

/**
 * Measures the matcher on the hand-labelled set (dev and held-out halves) and compares it with a plain unigram
 * TF-IDF baseline. The floors are regression guards set just below the figures measured when the matcher was
 * written (docs/matching.md reports the figures); they are not targets. The figures are also written to
 * {@code target/matching-evaluation.txt}.
 */
class MatchingEvaluationTest {
    private static final LabelledSet SET = LabelledSet.load();
    /** The harder set, written before any run; all of it is held-out (docs/matching.md). */
    private static final LabelledSet HARD = LabelledSet.load("two-lists-hard.txt");

    static Map<String, List<String>> rank(MatchSettings settings, List<TechnologyDemand> demands) {
        return rank(SET, settings, demands);
    }

    static Map<String, List<String>> rank(LabelledSet set, MatchSettings settings, List<TechnologyDemand> demands) {
        MatchIndex<Achievement, TechnologyDemand> index = MatchIndex.ofAchievements(set.achievements(), settings);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Matches<TechnologyDemand, Achievement> m : index.matchAll(demands, 10)) {
            out.put(m.query().id(), m.matches().stream().map(x -> x.item().id()).toList());
        }
        return out;
    }

    /** The demands as a list without keywords would give them: title and description only. */
    static List<TechnologyDemand> withoutKeywords(List<TechnologyDemand> demands) {
        return demands.stream().map(d -> new TechnologyDemand(d.id(), d.title(), d.description(), d.chainId(),
                d.linkId(), d.county(), d.industryCode(), d.proposer(), d.proposerCode(), List.of())).toList();
    }

    @Test
    void theLabelledSetIsLargeEnoughAndConsistent() {
        assertThat(SET.dev().size() + SET.heldOut().size()).isGreaterThanOrEqualTo(20);
        assertThat(SET.achievements()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(SET.relevant().values().stream().mapToInt(java.util.Set::size).sum()).isGreaterThanOrEqualTo(60);
        java.util.Set<String> ids = new java.util.HashSet<>();
        SET.achievements().forEach(a -> ids.add(a.id()));
        SET.relevant().values().forEach(r -> assertThat(ids).containsAll(r));
    }

    @Test
    void matcherBeatsTheBaselineAndStaysAboveItsFloors() throws IOException {
        StringBuilder report = new StringBuilder();
        LabelledSet.Figures devFigures = SET.evaluate(rank(MatchSettings.defaults(), SET.dev()));
        LabelledSet.Figures heldFigures = SET.evaluate(rank(MatchSettings.defaults(), SET.heldOut()));
        LabelledSet.Figures devBase = SET.evaluate(Baseline.rank(SET.achievements(), SET.dev()));
        LabelledSet.Figures heldBase = SET.evaluate(Baseline.rank(SET.achievements(), SET.heldOut()));
        report.append("matcher  dev      ").append(devFigures).append('\n');
        report.append("matcher  held-out ").append(heldFigures).append('\n');
        report.append("baseline dev      ").append(devBase).append('\n');
        report.append("baseline held-out ").append(heldBase).append('\n');
        MatchSettings noBoosts = MatchSettings.defaults().toBuilder().sameChainLinkBoost(0).sameChainBoost(0)
                .sameIndustryClassBoost(0).sameIndustryDivisionBoost(0).sameCityBoost(0).sameProvinceBoost(0).build();
        report.append("no boosts dev     ").append(SET.evaluate(rank(noBoosts, SET.dev()))).append('\n');
        report.append("no boosts held    ").append(SET.evaluate(rank(noBoosts, SET.heldOut()))).append('\n');
        for (double maxDf : new double[] {1.0, 0.2, 0.1, 0.05, 0.02}) {
            MatchSettings pruned = MatchSettings.defaults().toBuilder().maxDocumentFrequency(maxDf).pruningFloor(0)
                    .build();
            report.append("maxDf ").append(maxDf).append(", no floor").append(" dev ").append(SET.evaluate(rank(pruned, SET.dev())))
                    .append(" | held ").append(SET.evaluate(rank(pruned, SET.heldOut()))).append('\n');
        }
        List<TechnologyDemand> bareDev = withoutKeywords(SET.dev());
        List<TechnologyDemand> bareHeld = withoutKeywords(SET.heldOut());
        report.append("no query keywords dev ").append(SET.evaluate(rank(MatchSettings.defaults(), bareDev)))
                .append(" | held ").append(SET.evaluate(rank(MatchSettings.defaults(), bareHeld))).append('\n');
        report.append("baseline, no query keywords dev ").append(SET.evaluate(Baseline.rank(SET.achievements(),
                bareDev))).append(" | held ").append(SET.evaluate(Baseline.rank(SET.achievements(), bareHeld)))
                .append('\n');
        MatchSettings limited = MatchSettings.defaults().toBuilder().maxQueryTerms(24).build();
        report.append("maxQueryTerms 24 dev ").append(SET.evaluate(rank(limited, SET.dev())))
                .append(" | held ").append(SET.evaluate(rank(limited, SET.heldOut()))).append('\n');
        report.append("ideal P@5 dev ").append(SET.idealPrecisionAt5(SET.dev())).append(" held ")
                .append(SET.idealPrecisionAt5(SET.heldOut())).append('\n');
        MatchSettings unigrams = MatchSettings.defaults().toBuilder().unigramWeight(0).build();
        report.append("unigrams off dev  ").append(SET.evaluate(rank(unigrams, SET.dev())))
                .append(" | held ").append(SET.evaluate(rank(unigrams, SET.heldOut()))).append('\n');
        Path out = Path.of("target", "matching-evaluation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);

        // Regression guards, just below the figures measured with the defaults (docs/matching.md): not targets.
        assertThat(devFigures.precisionAt5()).isGreaterThanOrEqualTo(0.40);
        assertThat(heldFigures.precisionAt5()).isGreaterThanOrEqualTo(0.43);
        assertThat(devFigures.mrr()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldFigures.mrr()).isGreaterThanOrEqualTo(0.95);
        assertThat(devFigures.map()).isGreaterThanOrEqualTo(0.97);
        assertThat(heldFigures.map()).isGreaterThanOrEqualTo(0.97);
        assertThat(heldFigures.recallAt5()).isGreaterThanOrEqualTo(0.95);
        assertThat(devFigures.precisionAt5()).isGreaterThanOrEqualTo(devBase.precisionAt5());
        assertThat(heldFigures.precisionAt5()).isGreaterThanOrEqualTo(heldBase.precisionAt5());
    }

    @Test
    void theHardSetIsLargeEnoughConsistentAndAllHeldOut() {
        assertThat(HARD.dev()).isEmpty();
        assertThat(HARD.heldOut()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(HARD.achievements()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(HARD.relevant().values().stream().mapToInt(java.util.Set::size).sum()).isGreaterThanOrEqualTo(60);
        assertThat(HARD.relevant().values()).anyMatch(r -> r.size() == 1).anyMatch(r -> r.size() >= 4);
        java.util.Set<String> ids = new java.util.HashSet<>();
        HARD.achievements().forEach(a -> assertThat(ids.add(a.id())).as(a.id()).isTrue());
        HARD.relevant().values().forEach(r -> assertThat(ids).containsAll(r));
        SET.achievements().forEach(a -> assertThat(ids).doesNotContain(a.id()));
    }

    @Test
    void onTheHardSetTheMatcherStaysAboveItsFloors() throws IOException {
        List<TechnologyDemand> demands = HARD.heldOut();
        Map<String, List<String>> matcher = rank(HARD, MatchSettings.defaults(), demands);
        Map<String, List<String>> baseline = Baseline.rank(HARD.achievements(), demands);
        LabelledSet.Figures matcherFigures = HARD.evaluate(matcher);
        LabelledSet.Figures baseFigures = HARD.evaluate(baseline);
        StringBuilder report = new StringBuilder();
        report.append("hard set, ").append(demands.size()).append(" held-out demands, ")
                .append(HARD.achievements().size()).append(" achievements\n");
        report.append("matcher  ").append(matcherFigures).append('\n');
        report.append("baseline ").append(baseFigures).append('\n');
        MatchSettings noBoosts = MatchSettings.defaults().toBuilder().sameChainLinkBoost(0).sameChainBoost(0)
                .sameIndustryClassBoost(0).sameIndustryDivisionBoost(0).sameCityBoost(0).sameProvinceBoost(0).build();
        report.append("no boosts     ").append(HARD.evaluate(rank(HARD, noBoosts, demands))).append('\n');
        MatchSettings unigrams = MatchSettings.defaults().toBuilder().unigramWeight(0).build();
        report.append("unigrams off  ").append(HARD.evaluate(rank(HARD, unigrams, demands))).append('\n');
        report.append("ideal P@5     ").append(String.format(java.util.Locale.ROOT, "%.3f",
                HARD.idealPrecisionAt5(demands))).append('\n');
        report.append("per demand: relevant | matcher top 5 | baseline top 5 | average precision matcher, baseline\n");
        int better = 0;
        int worse = 0;
        for (TechnologyDemand d : demands) {
            double apMatcher = HARD.evaluate(Map.of(d.id(), matcher.get(d.id()))).map();
            double apBaseline = HARD.evaluate(Map.of(d.id(), baseline.get(d.id()))).map();
            better += apMatcher > apBaseline + 1e-9 ? 1 : 0;
            worse += apMatcher < apBaseline - 1e-9 ? 1 : 0;
            report.append(d.id()).append(' ').append(HARD.relevant().get(d.id())).append(" | ")
                    .append(top5(matcher.get(d.id()))).append(" | ").append(top5(baseline.get(d.id()))).append(" | ")
                    .append(String.format(java.util.Locale.ROOT, "%.3f %.3f", apMatcher, apBaseline)).append('\n');
        }
        report.append("average precision: matcher higher on ").append(better).append(" demands, lower on ")
                .append(worse).append(", equal on ").append(demands.size() - better - worse).append('\n');
        Path out = Path.of("target", "matching-evaluation-hard.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);

        // Regression guards, just below the figures measured with the defaults when the hard set was first run
        // (docs/matching.md): not targets, and nothing was tuned on this set.
        assertThat(matcherFigures.precisionAt5()).as(report.toString()).isGreaterThanOrEqualTo(0.39);
        assertThat(matcherFigures.recallAt5()).as(report.toString()).isGreaterThanOrEqualTo(0.80);
        assertThat(matcherFigures.mrr()).as(report.toString()).isGreaterThanOrEqualTo(0.83);
        assertThat(matcherFigures.map()).as(report.toString()).isGreaterThanOrEqualTo(0.73);
        // The baseline is below these floors on this set; the matcher must not fall to it.
        assertThat(matcherFigures.map()).as(report.toString()).isGreaterThanOrEqualTo(baseFigures.map());
    }

    private static List<String> top5(List<String> ranked) {
        return ranked.subList(0, Math.min(5, ranked.size()));
    }
}
