package org.countychain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.countychain.internal.Checks;
import org.countychain.rules.model.CriterionStatus;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.HighTechCriterion;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.model.ScienceTechSmeDefinition;
import org.countychain.rules.model.Subject;

/**
 * An entry of R11's cultivation list (高新技术企业培育清单): an above-scale S&amp;T enterprise of a chain that is not a
 * high-tech enterprise, with where it stands against each criterion.
 *
 * @param enterprise the enterprise
 * @param criteria   one result per {@link HighTechCriterion}, in its order
 * @param definition which enterprises R11 counted as S&amp;T SMEs when it listed this one
 *                   ({@link RuleSettings#scienceTechSmeDefinition()})
 * @since 0.1.0
 */
public record CultivationEntry(Subject enterprise, List<CriterionResult> criteria,
                               ScienceTechSmeDefinition definition) {
    /** Evidence values before the criteria: met, not met, undecidable counts. */
    static final int COUNTS = 3;
    /** Evidence values per criterion: status, actual, required, missing. */
    static final int PER_CRITERION = 4;

    /**
     * Checks the invariants.
     */
    public CultivationEntry {
        Checks.required(enterprise, "enterprise");
        criteria = Checks.list(criteria, "criteria");
        Checks.required(definition, "definition");
    }

    /**
     * An entry listed under the default definition ({@link ScienceTechSmeDefinition#REGISTERED}).
     *
     * @param enterprise the enterprise
     * @param criteria   one result per {@link HighTechCriterion}, in its order
     */
    public CultivationEntry(Subject enterprise, List<CriterionResult> criteria) {
        this(enterprise, criteria, ScienceTechSmeDefinition.REGISTERED);
    }

    /**
     * Reads an entry from an {@code R11-CULTIVATE} finding.
     *
     * @param f the finding
     * @return the entry
     */
    public static CultivationEntry from(Finding f) {
        List<CriterionResult> results = new ArrayList<>();
        HighTechCriterion[] all = HighTechCriterion.values();
        for (int i = 0; i < all.length; i++) {
            int base = COUNTS + i * PER_CRITERION;
            results.add(new CriterionResult(all[i], (CriterionStatus) Objects.requireNonNull(f.value(base), "criterion status"), f.evidenceText(base + 1),
                    f.evidenceText(base + 2), f.evidenceText(base + 3)));
        }
        int last = COUNTS + all.length * PER_CRITERION;
        Object definition = last < f.type().evidenceNames().size() ? f.value(last) : null;
        return new CultivationEntry(f.subject(), results, definition instanceof ScienceTechSmeDefinition d ? d
                : ScienceTechSmeDefinition.REGISTERED);
    }

    /**
     * The result for one criterion.
     *
     * @param criterion the criterion
     * @return its result
     */
    public CriterionResult result(HighTechCriterion criterion) {
        return criteria.get(criterion.ordinal());
    }

    /**
     * The criteria with a status.
     *
     * @param status the status
     * @return the criteria, in order
     */
    public List<HighTechCriterion> criteriaWith(CriterionStatus status) {
        return criteria.stream().filter(c -> c.status() == status).map(CriterionResult::criterion).toList();
    }
}
