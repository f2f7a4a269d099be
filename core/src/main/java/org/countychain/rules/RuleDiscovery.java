package org.countychain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.countychain.rules.notice.NoticeRules;
import org.countychain.rules.spi.PolicyRule;

/**
 * Finds rules through {@link ServiceLoader} (规则发现): the built-in ones listed in core's {@code META-INF/services}
 * and every plug-in, in a stable order, with what failed to load reported instead of thrown.
 */
final class RuleDiscovery {
    /** Consecutive loading errors after which a broken configuration file is given up. */
    private static final int MAX_CONSECUTIVE_ERRORS = 100;

    private RuleDiscovery() {
    }

    /**
     * The rules a class loader provides, with their ids, in id order, then a built-in rule before a plug-in of the
     * same id, then by class name. A provider that fails to load is a {@link RuleProblemKind#LOAD_FAILED}, one built
     * against plug-in interfaces this library cannot run an {@link RuleProblemKind#INCOMPATIBLE_PLUGIN} (asked before
     * anything else of it), one whose id is not valid an {@link RuleProblemKind#INVALID_RULE}.
     *
     * @param loader   the class loader to search
     * @param problems receives the problems
     * @return each rule with its id, in the order to add them
     */
    static List<Map.Entry<PolicyRule, String>> discover(ClassLoader loader, List<RuleProblem> problems) {
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
                        RuleExecutor.describe(e)));
                // A broken configuration file can fail again and again; stop rather than loop.
                if (++consecutiveErrors > MAX_CONSECUTIVE_ERRORS) {
                    break;
                }
            }
        }
        java.util.IdentityHashMap<PolicyRule, String> ids = new java.util.IdentityHashMap<>();
        List<PolicyRule> usable = new ArrayList<>();
        for (PolicyRule r : found) {
            if (!RuleCatalog.fitsThisVersion(r, problems)) {
                continue;
            }
            String id = RuleCatalog.idOf(r, problems);
            if (id != null) {
                ids.put(r, id);
                usable.add(r);
            }
        }
        usable.sort(Comparator.<PolicyRule, String>comparing(ids::get, RuleEngine.RULE_ID_ORDER)
                .thenComparing(r -> NoticeRules.isBuiltIn(r) ? 0 : 1)
                .thenComparing(r -> r.getClass().getName()));
        List<Map.Entry<PolicyRule, String>> ordered = new ArrayList<>(usable.size());
        usable.forEach(r -> ordered.add(new java.util.AbstractMap.SimpleImmutableEntry<>(r, ids.get(r))));
        return ordered;
    }
}
