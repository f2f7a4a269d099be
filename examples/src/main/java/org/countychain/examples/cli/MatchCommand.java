package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.matching.Boost;
import org.countychain.matching.Match;
import org.countychain.matching.MatchIndex;
import org.countychain.matching.Matches;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code countychain match FILE.json [--top 5] [--reverse] [--format text|json]}: matches the two lists of a county
 * or province data set (R4), printing each demand's best achievements (or, with {@code --reverse}, each
 * achievement's best demands) with the text they share and the boosts applied, and a demand's planned investment
 * where it has one.
 */
@Command(name = "match", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class MatchCommand implements Callable<Integer> {
    /** The output formats of standard output. */
    enum Format {
        /** Each entry's matches with their explanation, in the chosen language. */
        TEXT,
        /** The same as JSON (boosts as English constants with Chinese labels). */
        JSON
    }

    @ParentCommand
    private CountyChainCli parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json")
    private Path file;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5")
    private int top;

    @Option(names = "--reverse")
    private boolean reverse;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    private Format format;

    @Override
    public Integer call() throws IOException {
        CliMessages m = parent.messages();
        List<TechnologyDemand> demands = new ArrayList<>();
        List<Achievement> achievements = new ArrayList<>();
        if (ScreenCommand.isProvince(file)) {
            for (CountyDataset c : CountyChainJson.defaults().readProvinceDataset(file).counties()) {
                demands.addAll(c.demands());
                achievements.addAll(c.achievements());
            }
        } else {
            CountyDataset county = CountyChainJson.defaults().readCountyDataset(file);
            demands.addAll(county.demands());
            achievements.addAll(county.achievements());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (reverse) {
            print(MatchIndex.ofDemands(demands).matchAll(achievements, top), "achievement", Achievement::id,
                    Achievement::title, TechnologyDemand::id, TechnologyDemand::title, m, stdout);
        } else {
            print(MatchIndex.ofAchievements(achievements).matchAll(demands, top), "demand", TechnologyDemand::id,
                    TechnologyDemand::title, Achievement::id, Achievement::title, m, stdout);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private <Q, T> void print(List<Matches<Q, T>> all, String kind, Function<Q, String> queryId,
                              Function<Q, String> queryTitle, Function<T, String> itemId,
                              Function<T, String> itemTitle, CliMessages m, PrintWriter out) throws IOException {
        if (format == Format.JSON) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode root = mapper.createArrayNode();
            for (Matches<Q, T> ms : all) {
                ObjectNode q = root.addObject();
                q.put(kind, queryId.apply(ms.query()));
                q.put("title", queryTitle.apply(ms.query()));
                putInvestment(q, ms.query());
                putMaturityAndOrigin(q, ms.query());
                ArrayNode matches = q.putArray("matches");
                for (Match<T> x : ms.matches()) {
                    ObjectNode o = matches.addObject();
                    o.put("id", itemId.apply(x.item()));
                    o.put("title", itemTitle.apply(x.item()));
                    putInvestment(o, x.item());
                    putMaturityAndOrigin(o, x.item());
                    o.put("score", round(x.score()));
                    o.put("textScore", round(x.explanation().textScore()));
                    o.put("boostFactor", round(x.explanation().boostFactor()));
                    ArrayNode shared = o.putArray("sharedTerms");
                    x.explanation().sharedTerms().forEach(shared::add);
                    ArrayNode boosts = o.putArray("boosts");
                    for (Boost b : x.explanation().boosts()) {
                        boosts.addObject().put("boost", b.name()).put("label", b.label());
                    }
                    ArrayNode targets = o.putArray("sharedTargets");
                    sharedTargets(ms.query(), x.item()).forEach(targets::add);
                }
            }
            out.println(mapper.writeValueAsString(root));
            return;
        }
        Locale locale = m.locale();
        for (Matches<Q, T> ms : all) {
            out.println(m.text("match." + kind, queryId.apply(ms.query()),
                    queryTitle.apply(ms.query()) + investment(ms.query(), m) + maturityAndOrigin(ms.query(), m),
                    CliMessages.count(ms.matches().size())));
            if (ms.matches().isEmpty()) {
                out.println(m.text("match.none"));
            }
            int rank = 1;
            for (Match<T> x : ms.matches()) {
                out.println(m.text("match.item", CliMessages.count(rank++), itemId.apply(x.item()),
                        itemTitle.apply(x.item()) + investment(x.item(), m) + maturityAndOrigin(x.item(), m),
                        round(x.score()).toPlainString()));
                List<String> boosts = x.explanation().boosts().stream().map(b -> b.displayName(locale)).toList();
                out.println(m.text("match.why", String.join(m.text("match.separator"),
                        x.explanation().sharedTerms()), boosts.isEmpty() ? m.text("match.noBoost")
                        : String.join(m.text("match.separator"), boosts)));
                List<String> targets = sharedTargets(ms.query(), x.item());
                if (!targets.isEmpty()) {
                    out.println(m.text("match.targets", String.join(m.text("match.separator"), targets)));
                }
            }
        }
    }

    /** A demand's planned investment in yuan, as JSON writes money elsewhere; nothing for an achievement. */
    private static void putInvestment(ObjectNode node, Object entry) {
        if (entry instanceof TechnologyDemand d && d.plannedInvestment() != null) {
            node.put("plannedInvestment", d.plannedInvestment());
        }
    }

    /** After a demand's title: its planned investment in 万元 ({@code （计划投入 300.00 万元）}), when given. */
    private static String investment(Object entry, CliMessages m) {
        if (entry instanceof TechnologyDemand d && d.plannedInvestment() != null) {
            return m.text("match.investment", d.plannedInvestment().divide(BigDecimal.valueOf(10_000), 2,
                    RoundingMode.HALF_UP).toPlainString());
        }
        return "";
    }

    /** An achievement's maturity (TRL 1–9) and origin, when given: {@code "maturity": 7, "origin": "IN_PROVINCE"}. */
    private static void putMaturityAndOrigin(ObjectNode node, Object entry) {
        if (entry instanceof Achievement a) {
            if (a.maturity() != null) {
                node.put("maturity", a.maturity().intValue());
            }
            if (a.origin() != null) {
                node.put("origin", a.origin().name());
            }
        }
    }

    /** After an achievement's title: its maturity and origin ({@code （TRL 7，省内）}), those given. */
    private static String maturityAndOrigin(Object entry, CliMessages m) {
        if (!(entry instanceof Achievement a) || (a.maturity() == null && a.origin() == null)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (a.maturity() != null) {
            parts.add("TRL " + a.maturity());
        }
        if (a.origin() != null) {
            parts.add(a.origin().displayName(m.locale()));
        }
        return m.text("match.achievementDetails", String.join(m.text("match.detailSeparator"), parts));
    }

    /**
     * The bottlenecks and key technologies a demand and an achievement are both aimed at ({@code targetIds}), in
     * the demand's order: a match that answers the same 断点、堵点、难点.
     */
    private static List<String> sharedTargets(Object query, Object item) {
        TechnologyDemand d = query instanceof TechnologyDemand q ? q : item instanceof TechnologyDemand i ? i : null;
        Achievement a = query instanceof Achievement q ? q : item instanceof Achievement i ? i : null;
        if (d == null || a == null) {
            return List.of();
        }
        return d.targetIds().stream().filter(a.targetIds()::contains).toList();
    }

    /** Scores with four decimals, so text and JSON are stable and readable. */
    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }
}
