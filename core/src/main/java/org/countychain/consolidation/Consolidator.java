package org.countychain.consolidation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.chain.IndustryChain;
import org.countychain.consolidation.internal.CityAssembler;
import org.countychain.consolidation.internal.MapMergers;
import org.countychain.consolidation.internal.ReportMerger;
import org.countychain.consolidation.internal.Source;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.internal.Checks;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.jspecify.annotations.Nullable;

/**
 * Consolidates a city's county data sets (设区市合并, R3): groups the counties' chains by a
 * {@link ChainIdentityRule}, and merges each group of two or more counties into one city-level chain (its maps
 * merged link by link, every bottleneck kept) and one report (every county's content under its sub-heading,
 * shared tables merged with a county column, 三.3 units merged by name). Immutable and thread-safe.
 *
 * <p>Grouping: chains are visited by county code and chain id; a chain joins the first group in which some
 * member is the same chain by the rule and no member vetoes it ({@link IdentityClause#veto()}); otherwise it
 * starts a group. The order of the input never changes the output: the result's city data set is byte-identical
 * as JSON for any order of data sets, chains and reports.
 *
 * <pre>{@code
 * Consolidator consolidator = Consolidator.builder()
 *         .rule(ChainIdentityRule.builder().override(ChainOverride.same("纺织鞋服", "鞋业")).build())
 *         .build();
 * ConsolidationResult r = consolidator.consolidate("350500", List.of(jinjiang, shishi, nanan));
 * for (ChainGroup g : r.groups()) {
 *     g.reasons().forEach(reason -> log.info(reason.explain()));
 * }
 * new DocxExporter().write(ExportRequest.of(r.cityDataset(), r.mergedReports().get(0)), out);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Consolidator {
    private final ChainIdentityRule rule;
    private final ChainIdentityRule namesOnly;
    private final Divisions divisions;
    private final ReportTemplates templates;

    private Consolidator(Builder b) {
        this.rule = b.rule;
        this.namesOnly = b.rule.toBuilder().industryCodes(IndustryCodePolicy.IGNORE).build();
        this.divisions = b.divisions;
        this.templates = b.templates;
    }

    /**
     * A consolidator with the default rule, Fujian's divisions and the built-in templates.
     *
     * @return the consolidator
     */
    public static Consolidator defaults() {
        return builder().build();
    }

    /**
     * A builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The identity rule it groups by.
     *
     * @return the rule
     */
    public ChainIdentityRule rule() {
        return rule;
    }

    /**
     * Consolidates a city's county data sets, taking the reporting year from them.
     *
     * @param cityUnitId the city-level unit ({@code 350500}, or {@code PINGTAN})
     * @param datasets   county data sets of that city, at least one, all of one year (when they are not, the year
     *                   most of them have is taken, and the first other is reported)
     * @return what was grouped and why, and the city data set
     * @throws InvalidInputException {@code CC-6001} unknown city, {@code CC-6002} a data set of another city,
     *                               {@code CC-6003} mixed years, {@code CC-6004} a county given twice,
     *                               {@code CC-6005} a report id used twice, {@code CC-6006} mixed template
     *                               editions in one group; {@code CC-1001} when no data set is given
     * @throws NullPointerException  when {@code datasets} is {@code null}
     */
    public ConsolidationResult consolidate(String cityUnitId, Collection<CountyDataset> datasets) {
        Objects.requireNonNull(cityUnitId, "cityUnitId");
        List<CountyDataset> list = Checks.list(new ArrayList<>(Objects.requireNonNull(datasets, "datasets")),
                "datasets");
        if (list.isEmpty()) {
            throw new InvalidInputException(ErrorCode.REQUIRED, "datasets");
        }
        // The year most data sets have (the latest on a tie): the odd ones out are then the ones named as wrong.
        Map<Integer, Integer> years = new HashMap<>();
        list.forEach(d -> years.merge(d.year(), 1, Integer::sum));
        int year = years.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        return consolidate(cityUnitId, year, list);
    }

    /**
     * Consolidates a city's county data sets for a given reporting year.
     *
     * @param cityUnitId the city-level unit ({@code 350500}, or {@code PINGTAN})
     * @param year       the reporting year every data set and report must have
     * @param datasets   county data sets of that city; none gives an empty result
     * @return what was grouped and why, and the city data set
     * @throws InvalidInputException as {@link #consolidate(String, Collection)}
     */
    public ConsolidationResult consolidate(String cityUnitId, int year, Collection<CountyDataset> datasets) {
        Objects.requireNonNull(cityUnitId, "cityUnitId");
        Objects.requireNonNull(datasets, "datasets");
        Checks.year(year, "year");
        ReportingUnit city = divisions.reportingUnit(cityUnitId)
                .filter(u -> u.kind().isCityLevel())
                .orElseThrow(() -> new InvalidInputException(ErrorCode.CONSOLIDATION_UNKNOWN_CITY, "cityUnitId",
                        String.valueOf(cityUnitId)));
        List<CountyDataset> sorted = new ArrayList<>(Checks.list(datasets == null ? null : new ArrayList<>(datasets),
                "datasets"));
        sorted.sort(Comparator.comparing(CountyDataset::unitId));
        check(city, year, sorted);

        List<Candidate> candidates = new ArrayList<>();
        List<LeftAlone> leftAlone = new ArrayList<>();
        for (CountyDataset d : sorted) {
            Map<String, List<ResearchReport>> reports = new HashMap<>();
            d.reports().stream().sorted(Comparator.comparing(ResearchReport::id))
                    .forEach(r -> reports.computeIfAbsent(r.chainId(), k -> new ArrayList<>()).add(r));
            d.chains().stream().sorted(Comparator.comparing(IndustryChain::id)).forEach(c -> {
                List<ResearchReport> own = reports.getOrDefault(c.id(), List.of());
                candidates.add(new Candidate(new Source(d, c, own), member(d, c.id(), c.name(), own)));
            });
            reports.keySet().stream().filter(id -> d.chain(id).isEmpty()).sorted().forEach(id -> {
                List<ResearchReport> orphans = reports.getOrDefault(id, List.of());
                leftAlone.add(new LeftAlone(member(d, id, orphans.get(0).chainName(), orphans),
                        LeftAloneReason.UNKNOWN_CHAIN, List.of()));
            });
        }

        List<List<Candidate>> groups = new ArrayList<>();
        Map<Candidate, GroupReason> joinedBy = new HashMap<>();
        for (Candidate c : candidates) {
            boolean placed = false;
            for (List<Candidate> g : groups) {
                GroupReason reason = joins(c, g);
                if (reason != null) {
                    g.add(c);
                    joinedBy.put(c, reason);
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                List<Candidate> g = new ArrayList<>();
                g.add(c);
                groups.add(g);
            }
        }

        CityAssembler assembler = new CityAssembler();
        List<ChainGroup> chainGroups = new ArrayList<>();
        List<IndustryChain> chains = new ArrayList<>();
        List<ResearchReport> merged = new ArrayList<>();
        Set<String> usedChainIds = new HashSet<>();
        Set<String> usedReportIds = new HashSet<>();
        sorted.forEach(d -> d.reports().forEach(r -> usedReportIds.add(r.id())));
        for (List<Candidate> g : groups) {
            if (g.size() < 2) {
                Candidate alone = g.get(0);
                leftAlone.add(new LeftAlone(alone.member(), LeftAloneReason.NO_REPEAT, vetoes(alone, candidates)));
                continue;
            }
            List<Source> sources = g.stream().map(Candidate::source).toList();
            String chainId = unique(city.id() + "-" + localId(g.get(0)), usedChainIds);
            String reportId = sources.stream().anyMatch(s -> !s.reports().isEmpty())
                    ? unique(chainId + "-" + year, usedReportIds) : null;
            MapMergers.Merged chain = MapMergers.merge(city, chainId, sources);
            chains.add(chain.chain());
            for (Source s : sources) {
                assembler.chain(s.dataset().unitId(), s.chain().id(), chainId);
            }
            assembler.links(chain.linkIds());
            assembler.targets(chain.targetIds());
            if (reportId != null) {
                merged.add(ReportMerger.merge(reportId, city.id(), city.name(), chainId, chain.chain().name(),
                        edition(chainId, sources), templates.edition(edition(chainId, sources)).orElse(null), year,
                        covered(sources), sources));
            }
            chainGroups.add(new ChainGroup(chainId, chain.chain().name(), g.stream().map(Candidate::member).toList(),
                    g.stream().skip(1).map(joinedBy::get).toList(), reportId));
        }
        sorted.forEach(assembler::add);
        chainGroups.sort(Comparator.comparing(ChainGroup::chainId));
        chains.sort(Comparator.comparing(IndustryChain::id));
        merged.sort(Comparator.comparing(ResearchReport::id));
        leftAlone.sort(Comparator.comparing((LeftAlone l) -> l.chain().unitId()).thenComparing(l -> l.chain().chainId())
                .thenComparing(LeftAlone::reason));

        CountyDataset cityDataset = CountyDataset.builder(city.id(), city.name(), year)
                .note(note(chainGroups))
                .chains(chains)
                .enterprises(assembler.enterprises())
                .teams(assembler.teams())
                .platforms(assembler.platforms())
                .demands(assembler.demands())
                .achievements(assembler.achievements())
                .reports(merged)
                .watchList(watchList(sorted))
                .build();
        return new ConsolidationResult(city.id(), city.name(), year, chainGroups, leftAlone, cityDataset);
    }

    /**
     * The counties' watch lists as one: every edition any county keeps, by the year it concerns; of two counties
     * keeping an edition of the same year, the first county's (by code). A single list, or lists all equal, stay
     * as they are. R12 on the city's data set then finds the edition in force whichever county kept it.
     */
    private static @Nullable IntermediaryWatchList watchList(List<CountyDataset> sorted) {
        List<IntermediaryWatchList> lists = sorted.stream().map(CountyDataset::watchList).filter(w -> w != null)
                .toList();
        if (lists.isEmpty() || lists.stream().allMatch(lists.get(0)::equals)) {
            return lists.isEmpty() ? null : lists.get(0);
        }
        Map<Integer, IntermediaryWatchList> byYear = new TreeMap<>(Comparator.reverseOrder());
        lists.forEach(l -> l.editions().forEach(e -> byYear.putIfAbsent(e.year(), e)));
        List<IntermediaryWatchList> editions = new ArrayList<>(byYear.values());
        IntermediaryWatchList latest = editions.remove(0);
        return new IntermediaryWatchList(latest.year(), latest.publishedIn(), latest.source(), latest.entries(),
                editions);
    }

    private void check(ReportingUnit city, int year, List<CountyDataset> sorted) {
        Map<String, String> reportOwner = new HashMap<>();
        String previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            CountyDataset d = sorted.get(i);
            String where = "datasets[" + d.unitId() + "]";
            if (d.unitId().equals(previous)) {
                throw new InvalidInputException(ErrorCode.CONSOLIDATION_DUPLICATE_UNIT, where + ".unitId", d.unitId());
            }
            previous = d.unitId();
            boolean inCity = divisions.cityLevelUnitOf(d.unitId()).map(u -> u.id().equals(city.id())).orElse(false);
            if (!inCity) {
                throw new InvalidInputException(ErrorCode.CONSOLIDATION_OTHER_CITY, where + ".unitId", d.unitId(),
                        d.unitName(), city.id(), city.name());
            }
            if (d.year() != year) {
                throw new InvalidInputException(ErrorCode.CONSOLIDATION_YEAR, where + ".year", d.unitId(),
                        Integer.toString(d.year()), Integer.toString(year));
            }
            for (int r = 0; r < d.reports().size(); r++) {
                ResearchReport report = d.reports().get(r);
                if (report.year() != year) {
                    throw new InvalidInputException(ErrorCode.CONSOLIDATION_YEAR, where + ".reports[" + r + "].year",
                            report.id(), Integer.toString(report.year()), Integer.toString(year));
                }
                String owner = reportOwner.putIfAbsent(report.id(), d.unitId());
                if (owner != null) {
                    throw new InvalidInputException(ErrorCode.CONSOLIDATION_DUPLICATE_REPORT,
                            where + ".reports[" + r + "].id", report.id(), owner, d.unitId());
                }
            }
        }
    }

    private @Nullable GroupReason joins(Candidate c, List<Candidate> group) {
        GroupReason first = null;
        for (Candidate m : group) {
            IdentityDecision d = rule.decide(c.source().chain(), m.source().chain());
            if (d.clause().veto()) {
                return null;
            }
            if (first == null && d.same()) {
                first = new GroupReason(c.member(), m.member(), d);
            }
        }
        return first;
    }

    private List<GroupReason> vetoes(Candidate alone, List<Candidate> all) {
        List<GroupReason> vetoes = new ArrayList<>();
        for (Candidate other : all) {
            if (other == alone) {
                continue;
            }
            IdentityDecision d = rule.decide(alone.source().chain(), other.source().chain());
            // A near miss: an override kept them apart, or codes did where the names alone would have merged them.
            boolean nearMiss = d.clause() == IdentityClause.OVERRIDE_DIFFERENT
                    || (d.clause() == IdentityClause.INDUSTRY_CODE_CONFLICT
                    && namesOnly.decide(alone.source().chain(), other.source().chain()).same());
            if (nearMiss) {
                vetoes.add(new GroupReason(alone.member(), other.member(), d));
            }
        }
        return vetoes;
    }

    private static String edition(String chainId, List<Source> sources) {
        Set<String> editions = new TreeSet<>();
        sources.forEach(s -> s.reports().forEach(r -> editions.add(r.templateEdition())));
        if (editions.size() > 1) {
            throw new InvalidInputException(ErrorCode.CONSOLIDATION_TEMPLATE, "reports", chainId,
                    String.join(", ", editions));
        }
        return editions.isEmpty() ? ReportTemplates.FUJIAN_2024 : editions.iterator().next();
    }

    private static List<DivisionCode> covered(List<Source> sources) {
        Set<DivisionCode> counties = new TreeSet<>();
        for (Source s : sources) {
            counties.add(s.chain().county());
            s.reports().forEach(r -> counties.addAll(r.coveredCounties()));
        }
        return List.copyOf(counties);
    }

    private static String note(List<ChainGroup> groups) {
        Set<String> counties = new TreeSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        groups.forEach(g -> g.members().forEach(m -> {
            counties.add(m.unitId());
            names.put(m.unitId(), m.unitName());
        }));
        if (counties.isEmpty()) {
            return "设区市合并（R3）：无重复的县域重点产业链";
        }
        List<String> listed = counties.stream().map(id -> id + " " + names.get(id)).toList();
        return "设区市合并（R3）：" + groups.size() + "条产业链，涵盖 " + String.join("、", listed);
    }

    private static String localId(Candidate c) {
        String id = c.source().chain().id();
        String prefix = c.source().dataset().unitId() + "-";
        return id.startsWith(prefix) && id.length() > prefix.length() ? id.substring(prefix.length()) : id;
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static ChainMember member(CountyDataset d, String chainId, String chainName, List<ResearchReport> reports) {
        return new ChainMember(d.unitId(), d.unitName(), chainId, chainName,
                reports.stream().map(ResearchReport::id).sorted().toList());
    }

    /** A county's chain waiting to be grouped. Identity semantics: each is its own. */
    private static final class Candidate {
        private final Source source;
        private final ChainMember member;

        Candidate(Source source, ChainMember member) {
            this.source = source;
            this.member = member;
        }

        Source source() {
            return source;
        }

        ChainMember member() {
            return member;
        }
    }

    /**
     * Builds a {@link Consolidator}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private ChainIdentityRule rule = ChainIdentityRule.defaults();
        private Divisions divisions = Divisions.fujian();
        private ReportTemplates templates = ReportTemplates.builtIn();

        private Builder() {
        }

        /**
         * Sets the identity rule.
         *
         * @param v the rule
         * @return this builder
         */
        public Builder rule(ChainIdentityRule v) {
            rule = Objects.requireNonNull(v, "rule");
            return this;
        }

        /**
         * Sets the divisions that say which counties belong to which city-level unit.
         *
         * @param v the divisions
         * @return this builder
         */
        public Builder divisions(Divisions v) {
            divisions = Objects.requireNonNull(v, "divisions");
            return this;
        }

        /**
         * Sets the template editions that order the merged reports' items.
         *
         * @param v the editions
         * @return this builder
         */
        public Builder templates(ReportTemplates v) {
            templates = Objects.requireNonNull(v, "templates");
            return this;
        }

        /**
         * Builds the consolidator.
         *
         * @return the consolidator
         */
        public Consolidator build() {
            return new Consolidator(this);
        }
    }
}
