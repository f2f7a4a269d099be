package org.countychain.rules;

import java.util.List;
import java.util.Objects;

import org.countychain.enterprise.ServiceContact;
import org.countychain.internal.Checks;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.ResearchGap;
import org.countychain.rules.model.Subject;
import org.jspecify.annotations.Nullable;

/**
 * An entry of R5's one-on-one service list (“一对一”“点对点”服务清单).
 *
 * @param enterprise the enterprise
 * @param gaps       what it lacks, in {@link ResearchGap} order
 * @param contact    its assigned service contact, or {@code null} when none is known
 * @since 0.1.0
 */
public record ServiceListEntry(Subject enterprise, List<ResearchGap> gaps, @Nullable ServiceContact contact) {
    /**
     * Checks the invariants.
     */
    public ServiceListEntry {
        Checks.required(enterprise, "enterprise");
        gaps = Checks.list(gaps, "gaps");
    }

    /**
     * Reads an entry from an {@code R5-SERVICE} finding.
     *
     * @param f the finding
     * @return the entry
     */
    @SuppressWarnings("unchecked")
    public static ServiceListEntry from(Finding f) {
        return new ServiceListEntry(f.subject(), (List<ResearchGap>) Objects.requireNonNull(f.value(0), "gaps"), (ServiceContact) f.value(5));
    }
}
