package org.countychain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.countychain.rules.internal.Concatenation;
import org.countychain.rules.internal.EnterpriseFindings;
import org.countychain.rules.internal.EnterprisePass;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.PolicyRule;
import org.jspecify.annotations.Nullable;

/**
 * Runs one screening (筛查执行): every rule of a {@link RuleCatalog} over one context, then the result.
 *
 * <p>Sequentially, rules that only implement {@link PolicyRule} are evaluated one after the other, and every
 * {@link EnterpriseRule}, built-in or plug-in alike, is started and screened in one pass over the enterprises,
 * block by block. In parallel, every rule is evaluated on its own in the common fork-join pool (an
 * {@link EnterpriseRule} through its default {@code evaluate}). The result is the same either way: each rule's
 * findings are grouped by type and put in order, and the result is made of those groups in rule order.
 */
final class RuleExecutor {
    /** Enterprises per block of the pass: their objects (about 300 bytes each) stay in cache across rules. */
    static final int BLOCK = 256;

    private RuleExecutor() {
    }

    /**
     * Screens a context.
     *
     * @param catalog  the rules, their types and the problems of building the engine
     * @param input    what is screened
     * @param context  the context made from it
     * @param parallel whether to run the rules in parallel
     * @return the result
     */
    static ScreeningResult screen(RuleCatalog catalog, ScreeningInput input, DefaultRuleContext context,
                                  boolean parallel) {
        List<PolicyRule> rules = catalog.rules();
        List<RuleRun> runs = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            runs.add(new RuleRun(rules.get(i), catalog.types().get(i)));
        }
        if (parallel) {
            runs.parallelStream().forEach(r -> r.run(context));
        } else {
            List<RuleRun> passes = new ArrayList<>();
            List<EnterpriseScreening> screenings = new ArrayList<>();
            for (RuleRun r : runs) {
                if (r.rule instanceof EnterpriseRule enterpriseRule) {
                    EnterpriseScreening screening = r.start(enterpriseRule, context);
                    if (screening != null) {
                        passes.add(r);
                        screenings.add(screening);
                    }
                } else {
                    r.run(context);
                }
            }
            runTogether(passes, screenings, context);
        }
        // The result is made of the rules' per-type lists, not a copy of them: rows stay rows.
        List<List<Finding>> parts = new ArrayList<>();
        List<RuleSummary> summaries = new ArrayList<>(runs.size());
        List<RuleProblem> allProblems = new ArrayList<>(catalog.problems());
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
        return new ScreeningResult(input.reportingYear(), input.asOf(), context.settings(), summaries, allProblems,
                new Concatenation<>(parts), ranges);
    }

    /**
     * Runs the enterprise rules' screenings in one pass over the enterprises, block by block: each rule screens a
     * block while its objects are in the processor's cache. A rule that throws drops out with a problem, as in
     * {@link RuleRun#run}; the others go on.
     */
    private static void runTogether(List<RuleRun> passes, List<EnterpriseScreening> started,
                                    DefaultRuleContext context) {
        @Nullable EnterpriseScreening[] screenings = started.toArray(new EnterpriseScreening[0]);
        if (screenings.length == 0) {
            return;
        }
        EnterprisePass.forEachBlock(context.counties(), BLOCK, (county, from, to) -> {
            for (int k = 0; k < screenings.length; k++) {
                if (screenings[k] != null) {
                    try {
                        screenings[k].screen(county, from, to);
                    } catch (Exception | LinkageError e) {
                        passes.get(k).fail(e);
                        screenings[k] = null;
                    }
                }
            }
        });
        for (int k = 0; k < screenings.length; k++) {
            if (screenings[k] != null) {
                RuleRun r = passes.get(k);
                List<Finding> found;
                try {
                    found = screenings[k].finish();
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
        private @Nullable List<List<Finding>> groups;
        private boolean failed;

        RuleRun(PolicyRule rule, List<FindingType> types) {
            this.rule = rule;
            this.types = types;
        }

        /** Evaluates the rule on its own and takes its findings. */
        void run(DefaultRuleContext context) {
            List<Finding> found = evaluate(context);
            if (found != null) {
                accept(found, context);
            }
        }

        /** The rule's screening, or {@code null} when starting it failed (the failure is recorded). */
        @Nullable EnterpriseScreening start(EnterpriseRule enterpriseRule, DefaultRuleContext context) {
            try {
                EnterpriseScreening screening = enterpriseRule.start(context);
                if (screening == null) {
                    throw new IllegalStateException("start returned null");
                }
                return screening;
            } catch (Exception | LinkageError e) {
                fail(e);
                return null;
            }
        }

        /** The rule's findings, or {@code null} when it failed (the failure is recorded). */
        @Nullable List<Finding> evaluate(DefaultRuleContext context) {
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
                if (lastGroup == null || type != lastType) {
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
}
