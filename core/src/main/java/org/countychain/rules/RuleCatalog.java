package org.countychain.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.countychain.CountyChainVersion;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.spi.PolicyRule;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an engine (规则目录), checked and in the order they run, with each rule's finding types read once and
 * the problems found while assembling them.
 *
 * @param rules    the rules, in id order
 * @param types    each rule's finding types, at the rule's position
 * @param problems what went wrong, in the order it arose
 */
record RuleCatalog(List<PolicyRule> rules, List<List<FindingType>> types, List<RuleProblem> problems) {
    RuleCatalog {
        rules = List.copyOf(rules);
        types = List.copyOf(types);
        problems = List.copyOf(problems);
    }

    /**
     * Assembles a catalog: applies replacements and disabled ids, checks every rule's finding types (they belong to
     * the rule, their codes are unique among all rules) and sorts the rules by id. A rule that fails a check is left
     * out with a problem.
     *
     * @param registered   the rules registered, by id
     * @param replacements the rules replacing the one of their id
     * @param disabled     the ids to leave out
     * @param problems     the problems so far (of registration and discovery)
     * @return the catalog
     */
    static RuleCatalog assemble(Map<String, PolicyRule> registered, List<PolicyRule> replacements,
                                List<String> disabled, List<RuleProblem> problems) {
        List<RuleProblem> found = new ArrayList<>(problems);
        LinkedHashMap<String, PolicyRule> byId = new LinkedHashMap<>(registered);
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
        ids.sort(RuleEngine.RULE_ID_ORDER);
        List<PolicyRule> ordered = new ArrayList<>();
        List<List<FindingType>> types = new ArrayList<>();
        Map<String, String> codeOwner = new HashMap<>();
        for (String id : ids) {
            // ids are byId's own keys, so the rule is there.
            PolicyRule r = Objects.requireNonNull(byId.get(id));
            List<FindingType> t;
            try {
                t = List.copyOf(r.findingTypes());
                r.noticeSection();
            } catch (RuntimeException | LinkageError e) {
                found.add(new RuleProblem(RuleProblemKind.INVALID_RULE, id, r.getClass().getName(),
                        RuleExecutor.describe(e)));
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
        return new RuleCatalog(ordered, types, found);
    }

    /**
     * Whether a rule was built against plug-in interfaces this library runs, asked before any other method of the
     * rule: a plug-in compiled against another version could otherwise fail with a {@code NoSuchMethodError} or an
     * {@code AbstractMethodError} when its id is read or it screens. A rule that does not fit is a
     * {@link RuleProblemKind#INCOMPATIBLE_PLUGIN} naming both versions.
     *
     * @param r        the rule
     * @param problems receives the problem
     * @return true when the rule fits or does not say
     */
    static boolean fitsThisVersion(PolicyRule r, List<RuleProblem> problems) {
        String builtAgainst;
        try {
            builtAgainst = r.builtAgainst();
        } catch (RuntimeException | LinkageError e) {
            problems.add(new RuleProblem(RuleProblemKind.INCOMPATIBLE_PLUGIN, null, r.getClass().getName(),
                    "it cannot say which CountyChain version it was built against: " + RuleExecutor.describe(e)));
            return false;
        }
        return CountyChainVersion.incompatibility(builtAgainst).map(why -> {
            problems.add(new RuleProblem(RuleProblemKind.INCOMPATIBLE_PLUGIN, null, r.getClass().getName(), why));
            return false;
        }).orElse(true);
    }

    /**
     * A rule's id, or {@code null} with an {@link RuleProblemKind#INVALID_RULE} problem when it is not valid or
     * {@code id()} throws.
     *
     * @param r        the rule
     * @param problems receives the problem
     * @return the id, or {@code null}
     */
    static @Nullable String idOf(PolicyRule r, List<RuleProblem> problems) {
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
                    RuleExecutor.describe(e)));
            return null;
        }
    }
}
