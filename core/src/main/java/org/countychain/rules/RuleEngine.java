package org.countychain.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.Divisions;
import org.countychain.internal.Checks;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.notice.NoticeRules;
import org.countychain.rules.spi.PolicyRule;
import org.jspecify.annotations.Nullable;

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
 * <p>The engine is the public face of three package-private parts: {@code RuleDiscovery} (plug-ins through
 * {@link ServiceLoader}), {@code RuleCatalog} (the rules checked and ordered once, when the engine is built) and
 * {@code RuleExecutor} (one screening). Every {@link org.countychain.rules.spi.EnterpriseRule}, built-in or plug-in,
 * is screened in one blocked pass over the enterprises; other rules are evaluated on their own.
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

    private final RuleCatalog catalog;
    private final RuleSettings settings;
    private final PilotRegistry pilotRegistry;
    private final Divisions divisions;
    private final boolean parallel;

    private RuleEngine(RuleCatalog catalog, Builder b) {
        this.catalog = catalog;
        this.settings = b.settings;
        this.pilotRegistry = b.pilotRegistry;
        // build() has set the default when none was given.
        this.divisions = Objects.requireNonNull(b.divisions);
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
        return catalog.rules();
    }

    /**
     * A rule by id.
     *
     * @param id the rule's id
     * @return the rule, or empty
     */
    public Optional<PolicyRule> rule(String id) {
        return catalog.rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * What went wrong while the engine was built: plug-ins that failed to load, duplicate ids or codes, unknown
     * ids to disable or replace. Also part of every result.
     *
     * @return the problems, in the order they arose
     */
    public List<RuleProblem> problems() {
        return catalog.problems();
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
        return screen(ScreeningInput.of(Objects.requireNonNull(counties, "counties")));
    }

    /**
     * Screens a whole province.
     *
     * @param province the province data set
     * @return the result
     */
    public ScreeningResult screen(ProvinceDataset province) {
        return screen(ScreeningInput.of(Objects.requireNonNull(province, "province")));
    }

    /**
     * Screens an input.
     *
     * @param input what to screen
     * @return the result
     */
    public ScreeningResult screen(ScreeningInput input) {
        Objects.requireNonNull(input, "input");
        return RuleExecutor.screen(catalog, input, new DefaultRuleContext(input, settings, pilotRegistry, divisions),
                parallel);
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
        private @Nullable Divisions divisions;
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
         * {@link RuleProblemKind#DUPLICATE_RULE} is reported; the same class again is ignored. A rule built against
         * plug-in interfaces this library cannot run ({@link PolicyRule#builtAgainst()}) is left out as an
         * {@link RuleProblemKind#INCOMPATIBLE_PLUGIN}.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder rule(PolicyRule rule) {
            add(Objects.requireNonNull(rule, "rule"), null);
            return this;
        }

        /**
         * Adds rules.
         *
         * @param list the rules
         * @return this builder
         */
        public Builder rules(Collection<? extends PolicyRule> list) {
            Objects.requireNonNull(list, "list").forEach(this::rule);
            return this;
        }

        /**
         * Adds the rules {@link ServiceLoader} finds through a class loader: the built-in ones (listed in core's
         * {@code META-INF/services}) and every plug-in. They are added in id order, then class-name order, a
         * built-in rule before a plug-in of the same id. A provider that fails to load is reported as
         * {@link RuleProblemKind#LOAD_FAILED}, one built against another CountyChain version's plug-in interfaces as
         * {@link RuleProblemKind#INCOMPATIBLE_PLUGIN} naming both versions, never thrown.
         *
         * @param loader the class loader to search
         * @return this builder
         */
        public Builder discover(ClassLoader loader) {
            Objects.requireNonNull(loader, "loader");
            RuleDiscovery.discover(loader, problems).forEach(e -> add(e.getKey(), e.getValue()));
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
            disabled.add(Checks.requiredText(Objects.requireNonNull(id, "id"), "id"));
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
            if (RuleCatalog.fitsThisVersion(Objects.requireNonNull(rule, "rule"), problems)) {
                replacements.add(rule);
            }
            return this;
        }

        /**
         * Sets the thresholds (default {@link RuleSettings#defaults()}).
         *
         * @param settings the settings
         * @return this builder
         * @throws NullPointerException when {@code settings} is {@code null}
         */
        public Builder settings(RuleSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Sets the pilot registry R2 checks against (default {@link PilotRegistry#empty()}).
         *
         * @param pilotRegistry the registry
         * @return this builder
         * @throws NullPointerException when {@code pilotRegistry} is {@code null}
         */
        public Builder pilotRegistry(PilotRegistry pilotRegistry) {
            this.pilotRegistry = Objects.requireNonNull(pilotRegistry, "pilotRegistry");
            return this;
        }

        /**
         * Sets the divisions (default {@link Divisions#fujian()}).
         *
         * @param divisions the divisions
         * @return this builder
         * @throws NullPointerException when {@code divisions} is {@code null}
         */
        public Builder divisions(Divisions divisions) {
            this.divisions = Objects.requireNonNull(divisions, "divisions");
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

        private void add(PolicyRule rule, @Nullable String knownId) {
            // Discovered rules (knownId given) were checked by the discovery already.
            if (knownId == null && !RuleCatalog.fitsThisVersion(rule, problems)) {
                return;
            }
            String id = knownId != null ? knownId : RuleCatalog.idOf(rule, problems);
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
            if (divisions == null) {
                divisions = Divisions.fujian();
            }
            return new RuleEngine(RuleCatalog.assemble(rules, replacements, disabled, problems), this);
        }
    }
}
