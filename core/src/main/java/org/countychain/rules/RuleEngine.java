package org.countychain.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.Divisions;
import org.countychain.internal.Checks;
import org.countychain.rules.internal.Concatenation;
import org.countychain.rules.internal.EnterpriseFindings;
import org.countychain.rules.internal.EnterprisePass;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.notice.NoticeRules;
import org.countychain.rules.spi.PolicyRule;

/**
 * The rule engine (规则引擎): screens county, city or province data with a set of {@link PolicyRule}s and
 * returns the findings and the notice's lists as a {@link ScreeningResult}. Immutable and thread-safe; build
 * once, screen many times.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.defaults();                          // the notice's rules, by hand
 * ScreeningResult result = engine.screen(jinjiang);
 * result.serviceList();                                               // R5's one-on-one service list
 *
 * RuleEngine mine = RuleEngine.builder()
 *         .discover(Thread.currentThread().getContextClassLoader())   // built-ins and plug-ins
 *         .disable("R12")
 *         .replace(new MyStricterR7())
 *         .settings(RuleSettings.defaults().toBuilder().priorityRdRatioPercent(new BigDecimal("6")).build())
 *         .build();
 * mine.problems();                                                    // plug-ins that failed to load, duplicates
 * }</pre>
 *
 * <p>Rules run in id order ({@code R1}, {@code R2}, … {@code R16}, then other ids alphabetically). A rule that
 * throws is reported in {@link ScreeningResult#problems()} and the others still run. Findings are ordered by
 * rule, then by the order the rule declares its finding types, then by subject (kind, unit, id), then by
 * evidence: the same data in any order gives the same result.
 *
 * @since 0.1.0
 */
public final class RuleEngine {
    /** Orders rule ids: R1 … R16 numerically, then other ids alphabetically. */
    public static final Comparator<String> RULE_ID_ORDER = RuleEngine::compareRuleIds;

    private final List<PolicyRule> rules;
    private final List<List<FindingType>> types;
    private final List<RuleProblem> problems;
    private final RuleSettings settings;
    private final PilotRegistry pilotRegistry;
    private final Divisions divisions;
    private final boolean parallel;

    private RuleEngine(List<PolicyRule> rules, List<List<FindingType>> types, List<RuleProblem> problems,
                       Builder b) {
        this.rules = List.copyOf(rules);
        this.types = List.copyOf(types);
        this.problems = List.copyOf(problems);
        this.settings = b.settings;
        this.pilotRegistry = b.pilotRegistry;
        this.divisions = b.divisions;
        this.parallel = b.parallel;
    }

    /**
     * The notice's built-in rules, registered by hand (no class-path scanning), with the default settings, an
     * empty pilot registry and {@link Divisions#fujian()}.
     *
     * @return the engine
     */
    public static RuleEngine defaults() {
        return builder().builtInRules().build();
    }

    /**
     * A builder with no rules.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rules, in the order they run.
     *
     * @return the rules
     */
    public List<PolicyRule> rules() {
        return rules;
    }

    /**
     * A rule by id.
     *
     * @param id the rule's id
     * @return the rule, or empty
     */
    public Optional<PolicyRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * What went wrong while the engine was built: plug-ins that failed to load, duplicate ids or codes, unknown
     * ids to disable or replace. Also part of every result.
     *
     * @return the problems, in the order they arose
     */
    public List<RuleProblem> problems() {
        return problems;
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public RuleSettings settings() {
        return settings;
    }

    /**
     * The pilot registry R2 checks against.
     *
     * @return the registry
     */
    public PilotRegistry pilotRegistry() {
        return pilotRegistry;
    }

    /**
     * Screens one or more county data sets of one year.
     *
     * @param counties the data sets
     * @return the result
     */
    public ScreeningResult screen(CountyDataset... counties) {
        return screen(ScreeningInput.of(counties));
    }

    /**
     * Screens a whole province.
     *
     * @param province the province data set
     * @return the result
     */
    public ScreeningResult screen(ProvinceDataset province) {
        return screen(ScreeningInput.of(province));
    }

    /**
     * Screens an input.
     *
     * @param input what to screen
     * @return the result
     */
    public ScreeningResult screen(ScreeningInput input) {
        Objects.requireNonNull(input, "input");
        DefaultRuleContext context = new DefaultRuleContext(input, settings, pilotRegistry, divisions);
        List<RuleRun> runs = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            runs.add(new RuleRun(rules.get(i), types.get(i)));
        }
        if (parallel) {
            runs.parallelStream().forEach(r -> r.run(context));
        } else {
            // Built-in per-enterprise rules hand their visits over (EnterprisePass.run) instead of running them.
            List<RuleRun> passes = new ArrayList<>();
            List<EnterprisePass.Visit> visits = new ArrayList<>();
            for (RuleRun r : runs) {
                if (!NoticeRules.isBuiltIn(r.rule)) {
                    r.run(context);
                    continue;
                }
                context.collectPasses(true);
                List<Finding> found;
                try {
                    found = r.evaluate(context);
                } finally {
                    context.collectPasses(false);
                }
                if (found == null) {
                    continue;
                }
                if (found instanceof EnterprisePass.Deferred later) {
                    passes.add(r);
                    visits.add(later.visit());
                } else {
                    r.accept(found, context);
                }
            }
            runTogether(passes, visits, context);
        }
        // The result is made of the rules' per-type lists, not a copy of them: rows of built-in rules stay rows.
        List<List<Finding>> parts = new ArrayList<>();
        List<RuleSummary> summaries = new ArrayList<>(runs.size());
        List<RuleProblem> allProblems = new ArrayList<>(problems);
        Map<String, int[]> ranges = new LinkedHashMap<>();
        int size = 0;
        for (RuleRun r : runs) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            int ruleStart = size;
            for (int t = 0; t < r.types.size(); t++) {
                List<Finding> group = r.groups == null ? List.of() : r.groups.get(t);
                counts.put(r.types.get(t).code(), group.size());
                ranges.put(r.types.get(t).code(), new int[] {size, size + group.size()});
                parts.add(group);
                size += group.size();
            }
            allProblems.addAll(r.problems);
            PolicyRule rule = r.rule;
            summaries.add(new RuleSummary(rule.id(), rule.noticeSection(), safeTitle(rule, Locale.SIMPLIFIED_CHINESE),
                    safeTitle(rule, Locale.ENGLISH), r.failed ? RuleStatus.FAILED : RuleStatus.RAN,
                    size - ruleStart, counts));
        }
        return new ScreeningResult(input.reportingYear(), input.asOf(), settings, summaries, allProblems,
                new Concatenation<>(parts), ranges);
    }

    /** Enterprises per block of a combined pass: their objects (about 300 bytes each) stay in cache across rules. */
    static final int BLOCK = 256;

    /**
     * Runs the per-enterprise rules in one pass over the enterprises, block by block: each rule screens a block
     * while its objects are in the processor's cache. A rule that throws drops out with a problem, as in
     * {@link RuleRun#run}; the others go on.
     */
    private static void runTogether(List<RuleRun> passes, List<EnterprisePass.Visit> started,
                                    DefaultRuleContext context) {
        EnterprisePass.Visit[] visits = started.toArray(new EnterprisePass.Visit[0]);
        EnterprisePass.forEachBlock(context, BLOCK, (county, from, to) -> {
            for (int k = 0; k < visits.length; k++) {
                if (visits[k] != null) {
                    try {
                        visits[k].visit(county, from, to);
                    } catch (Exception | LinkageError e) {
                        passes.get(k).fail(e);
                        visits[k] = null;
                    }
                }
            }
        });
        for (int k = 0; k < visits.length; k++) {
            if (visits[k] != null) {
                RuleRun r = passes.get(k);
                List<Finding> found;
                try {
                    found = visits[k].finish();
                    if (found == null) {
                        throw new IllegalStateException("finish returned null");
                    }
                } catch (Exception | LinkageError e) {
                    r.fail(e);
                    continue;
                }
                r.accept(found, context);
            }
        }
    }

    private static String safeTitle(PolicyRule rule, Locale locale) {
        try {
            String t = rule.title(locale);
            return t == null ? rule.id() : t;
        } catch (RuntimeException e) {
            return rule.id();
        }
    }

    /** One rule's run: its findings grouped by type and sorted. */
    private static final class RuleRun {
        private final PolicyRule rule;
        private final List<FindingType> types;
        private final List<RuleProblem> problems = new ArrayList<>(1);
        private List<List<Finding>> groups;
        private int count;
        private boolean failed;

        RuleRun(PolicyRule rule, List<FindingType> types) {
            this.rule = rule;
            this.types = types;
        }

        void run(DefaultRuleContext context) {
            List<Finding> found = evaluate(context);
            if (found != null) {
                accept(found, context);
            }
        }

        /** The rule's findings, or {@code null} when it failed (the failure is recorded). */
        List<Finding> evaluate(DefaultRuleContext context) {
            try {
                List<Finding> found = rule.evaluate(context);
                if (found == null) {
                    throw new IllegalStateException("evaluate returned null");
                }
                return found;
            } catch (Exception | LinkageError e) {
                fail(e);
                return null;
            }
        }

        void fail(Throwable e) {
            failed = true;
            problems.add(new RuleProblem(RuleProblemKind.EVALUATION_FAILED, rule.id(), rule.getClass().getName(),
                    describe(e)));
        }

        /** Groups the findings by type and puts each group in order. */
        void accept(List<Finding> found, DefaultRuleContext context) {
            if (found instanceof EnterpriseFindings rows && rows.enterprises() == context.enterprises()
                    && hasTypes(rows)) {
                groups = keepRows(rows, context.enterprisesInSubjectOrder());
                return;
            }
            List<List<Finding>> g = new ArrayList<>(types.size());
            for (int t = 0; t < types.size(); t++) {
                g.add(new ArrayList<>());
            }
            FindingType lastType = null;
            List<Finding> lastGroup = null;
            String undeclared = null;
            for (Finding f : found) {
                if (f == null) {
                    undeclared = undeclared == null ? "null" : undeclared;
                    continue;
                }
                FindingType type = f.type();
                if (type != lastType) {
                    int index = indexOf(type);
                    if (index < 0) {
                        undeclared = undeclared == null ? type.code() : undeclared;
                        continue;
                    }
                    lastType = type;
                    lastGroup = g.get(index);
                }
                lastGroup.add(f);
            }
            if (undeclared != null) {
                problems.add(new RuleProblem(RuleProblemKind.UNDECLARED_FINDING, rule.id(), rule.getClass().getName(),
                        undeclared));
            }
            for (List<Finding> group : g) {
                group.sort(FINDING_ORDER);
                count += group.size();
            }
            groups = g;
        }

        private boolean hasTypes(EnterpriseFindings rows) {
            if (rows.typeCount() != types.size()) {
                return false;
            }
            for (int t = 0; t < types.size(); t++) {
                if (rows.group(t).type() != types.get(t)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A built-in rule's rows, kept as rows when they are in subject order already (enterprise indices that
         * increase, over enterprises in subject order); otherwise made into findings and sorted like any others.
         */
        private List<List<Finding>> keepRows(EnterpriseFindings rows, boolean enterprisesInSubjectOrder) {
            List<List<Finding>> g = new ArrayList<>(types.size());
            for (int t = 0; t < types.size(); t++) {
                EnterpriseFindings.Group group = rows.group(t);
                if (group.increasing() && enterprisesInSubjectOrder) {
                    g.add(group);
                } else {
                    List<Finding> made = new ArrayList<>(group);
                    made.sort(FINDING_ORDER);
                    g.add(made);
                }
                count += group.size();
            }
            return g;
        }

        private int indexOf(FindingType type) {
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i) == type) {
                    return i;
                }
            }
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i).equals(type)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Within one finding type: by subject, then by evidence. */
    static final Comparator<Finding> FINDING_ORDER = (a, b) -> {
        int c = a.subject().compareTo(b.subject());
        if (c != 0) {
            return c;
        }
        int n = Math.min(a.values().size(), b.values().size());
        for (int i = 0; i < n; i++) {
            String x = a.evidenceText(i);
            String y = b.evidenceText(i);
            if (!Objects.equals(x, y)) {
                return x == null ? -1 : y == null ? 1 : x.compareTo(y);
            }
        }
        return Integer.compare(a.values().size(), b.values().size());
    };

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getName() + (m == null ? "" : ": " + m);
    }

    private static int compareRuleIds(String a, String b) {
        int na = noticeNumber(a);
        int nb = noticeNumber(b);
        if (na >= 0 && nb >= 0) {
            return na != nb ? Integer.compare(na, nb) : a.compareTo(b);
        }
        if (na >= 0 || nb >= 0) {
            return na >= 0 ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** The number of a notice rule id {@code R<n>}, or -1 for other ids. */
    private static int noticeNumber(String id) {
        if (id.length() < 2 || id.length() > 4 || id.charAt(0) != 'R') {
            return -1;
        }
        int n = 0;
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * Builds a {@link RuleEngine}. Problems with rules are collected, not thrown, and reported by
     * {@link RuleEngine#problems()}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final LinkedHashMap<String, PolicyRule> rules = new LinkedHashMap<>();
        private final List<RuleProblem> problems = new ArrayList<>();
        private final List<String> disabled = new ArrayList<>();
        private final List<PolicyRule> replacements = new ArrayList<>();
        private RuleSettings settings = RuleSettings.defaults();
        private PilotRegistry pilotRegistry = PilotRegistry.empty();
        private Divisions divisions;
        private boolean parallel;

        private Builder() {
        }

        /**
         * Adds the notice's built-in rules (R1, R2, R5–R9, R11–R14, R16 and FC), by hand.
         *
         * @return this builder
         */
        public Builder builtInRules() {
            NoticeRules.all().forEach(this::rule);
            return this;
        }

        /**
         * Adds a rule. When a different rule with the same id is registered already, the first stays and a
         * {@link RuleProblemKind#DUPLICATE_RULE} is reported; the same class again is ignored.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder rule(PolicyRule rule) {
            add(Checks.required(rule, "rule"), null);
            return this;
        }

        /**
         * Adds rules.
         *
         * @param list the rules
         * @return this builder
         */
        public Builder rules(Collection<? extends PolicyRule> list) {
            list.forEach(this::rule);
            return this;
        }

        /**
         * Adds the rules {@link ServiceLoader} finds through a class loader: the built-in ones (listed in core's
         * {@code META-INF/services}) and every plug-in. They are added in id order, then class-name order, a
         * built-in rule before a plug-in of the same id. A provider that fails to load is reported as
         * {@link RuleProblemKind#LOAD_FAILED}, never thrown.
         *
         * @param loader the class loader to search
         * @return this builder
         */
        public Builder discover(ClassLoader loader) {
            List<PolicyRule> found = new ArrayList<>();
            Iterator<PolicyRule> it = ServiceLoader.load(PolicyRule.class, loader).iterator();
            int consecutiveErrors = 0;
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    found.add(it.next());
                    consecutiveErrors = 0;
                } catch (ServiceConfigurationError | LinkageError e) {
                    problems.add(new RuleProblem(RuleProblemKind.LOAD_FAILED, null, PolicyRule.class.getName(),
                            describe(e)));
                    // A broken configuration file can fail again and again; stop rather than loop.
                    if (++consecutiveErrors > 100) {
                        break;
                    }
                }
            }
            Map<PolicyRule, String> ids = new HashMap<>();
            List<PolicyRule> usable = new ArrayList<>();
            for (PolicyRule r : found) {
                String id = idOf(r, problems);
                if (id != null) {
                    ids.put(r, id);
                    usable.add(r);
                }
            }
            usable.sort(Comparator.<PolicyRule, String>comparing(ids::get, RULE_ID_ORDER)
                    .thenComparing(r -> NoticeRules.isBuiltIn(r) ? 0 : 1)
                    .thenComparing(r -> r.getClass().getName()));
            usable.forEach(r -> add(r, ids.get(r)));
            return this;
        }

        /**
         * Leaves a rule out. An id that is not registered when {@link #build()} runs is reported as
         * {@link RuleProblemKind#UNKNOWN_RULE}.
         *
         * @param id the rule's id
         * @return this builder
         */
        public Builder disable(String id) {
            disabled.add(Checks.requiredText(id, "id"));
            return this;
        }

        /**
         * Replaces the rule with the same id as the given one (a city's version of a notice rule). Applied when
         * {@link #build()} runs; when no rule has that id the rule is added and
         * {@link RuleProblemKind#UNKNOWN_RULE} is reported.
         *
         * @param rule the replacement
         * @return this builder
         */
        public Builder replace(PolicyRule rule) {
            replacements.add(Checks.required(rule, "rule"));
            return this;
        }

        /**
         * Sets the thresholds (default {@link RuleSettings#defaults()}).
         *
         * @param v the settings
         * @return this builder
         */
        public Builder settings(RuleSettings v) {
            settings = Checks.required(v, "settings");
            return this;
        }

        /**
         * Sets the pilot registry R2 checks against (default {@link PilotRegistry#empty()}).
         *
         * @param v the registry
         * @return this builder
         */
        public Builder pilotRegistry(PilotRegistry v) {
            pilotRegistry = Checks.required(v, "pilotRegistry");
            return this;
        }

        /**
         * Sets the divisions (default {@link Divisions#fujian()}).
         *
         * @param v the divisions
         * @return this builder
         */
        public Builder divisions(Divisions v) {
            divisions = Checks.required(v, "divisions");
            return this;
        }

        /**
         * Runs the rules concurrently, in the common fork-join pool (default: one after the other). The result
         * is the same either way.
         *
         * @param v whether to run rules in parallel
         * @return this builder
         */
        public Builder parallel(boolean v) {
            parallel = v;
            return this;
        }

        private static String idOf(PolicyRule r, List<RuleProblem> problems) {
            try {
                String id = r.id();
                if (!FindingType.isValidRuleId(id)) {
                    problems.add(new RuleProblem(RuleProblemKind.INVALID_RULE, id, r.getClass().getName(),
                            "id '" + id + "' is not letters and digits in dash-separated parts"));
                    return null;
                }
                return id;
            } catch (RuntimeException | LinkageError e) {
                problems.add(new RuleProblem(RuleProblemKind.INVALID_RULE, null, r.getClass().getName(),
                        describe(e)));
                return null;
            }
        }

        private void add(PolicyRule rule, String knownId) {
            String id = knownId != null ? knownId : idOf(rule, problems);
            if (id == null) {
                return;
            }
            PolicyRule existing = rules.get(id);
            if (existing == null) {
                rules.put(id, rule);
            } else if (existing.getClass() != rule.getClass()) {
                problems.add(new RuleProblem(RuleProblemKind.DUPLICATE_RULE, id, rule.getClass().getName(),
                        "kept " + existing.getClass().getName()));
            }
        }

        /**
         * Builds the engine: applies replacements and disabled ids, checks every rule's finding types, and sorts
         * the rules by id.
         *
         * @return the engine
         */
        public RuleEngine build() {
            List<RuleProblem> found = new ArrayList<>(problems);
            LinkedHashMap<String, PolicyRule> byId = new LinkedHashMap<>(rules);
            for (PolicyRule r : replacements) {
                String id = idOf(r, found);
                if (id == null) {
                    continue;
                }
                if (byId.put(id, r) == null) {
                    found.add(new RuleProblem(RuleProblemKind.UNKNOWN_RULE, id, r.getClass().getName(),
                            "replace: no rule with this id; added"));
                }
            }
            for (String id : disabled) {
                if (byId.remove(id) == null) {
                    found.add(new RuleProblem(RuleProblemKind.UNKNOWN_RULE, id, "", "disable: no rule with this id"));
                }
            }
            List<String> ids = new ArrayList<>(byId.keySet());
            ids.sort(RULE_ID_ORDER);
            List<PolicyRule> ordered = new ArrayList<>();
            List<List<FindingType>> types = new ArrayList<>();
            Map<String, String> codeOwner = new HashMap<>();
            for (String id : ids) {
                PolicyRule r = byId.get(id);
                List<FindingType> t;
                try {
                    t = List.copyOf(r.findingTypes());
                    r.noticeSection();
                } catch (RuntimeException | LinkageError e) {
                    found.add(new RuleProblem(RuleProblemKind.INVALID_RULE, id, r.getClass().getName(), describe(e)));
                    continue;
                }
                String bad = null;
                for (FindingType type : t) {
                    if (!type.ruleId().equals(id)) {
                        bad = "finding type " + type.code() + " belongs to rule " + type.ruleId();
                        break;
                    }
                }
                if (bad != null) {
                    found.add(new RuleProblem(RuleProblemKind.INVALID_RULE, id, r.getClass().getName(), bad));
                    continue;
                }
                String clash = null;
                for (FindingType type : t) {
                    if (codeOwner.containsKey(type.code())) {
                        clash = type.code() + " is declared by " + codeOwner.get(type.code()) + " already";
                        break;
                    }
                }
                if (clash != null) {
                    found.add(new RuleProblem(RuleProblemKind.DUPLICATE_CODE, id, r.getClass().getName(), clash));
                    continue;
                }
                t.forEach(type -> codeOwner.put(type.code(), id));
                ordered.add(r);
                types.add(t);
            }
            if (divisions == null) {
                divisions = Divisions.fujian();
            }
            return new RuleEngine(ordered, types, found, this);
        }
    }
}
