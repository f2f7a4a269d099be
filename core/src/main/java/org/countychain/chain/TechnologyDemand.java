package org.countychain.chain;

import java.math.BigDecimal;
import java.util.List;

import org.countychain.Term;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the key-core-technology demand list (关键核心技术需求清单, one of the "两张清单", R4).
 *
 * @param id           a stable id
 * @param title        the demand in one line
 * @param description  the demand in full, or {@code null}
 * @param chainId      the chain it belongs to, or {@code null}
 * @param linkId       the chain link it concerns, or {@code null}
 * @param county       the county it comes from
 * @param industryCode GB/T 4754 class, or {@code null}
 * @param proposer     the enterprise that raised it, or {@code null}
 * @param proposerCode its credit code, or {@code null}
 * @param keywords     keywords
 * @param plannedInvestment the investment the proposer plans for it (计划投入), yuan, or {@code null}
 * @param targetIds    the ids of the bottlenecks (断点/堵点/难点) or key technologies of the chain map it is aimed at;
 *                     one aimed at a technology is aimed at the technology's bottlenecks too
 * @since 0.1.0
 */
public record TechnologyDemand(String id, String title, @Nullable String description, @Nullable String chainId,
                               @Nullable String linkId, DivisionCode county, @Nullable String industryCode,
                               @Nullable String proposer, @Nullable CreditCode proposerCode, List<String> keywords,
                               @Nullable BigDecimal plannedInvestment, List<String> targetIds) {
    /**
     * Checks the invariants.
     */
    public TechnologyDemand {
        id = Checks.requiredText(id, "id");
        title = Checks.requiredText(title, "title");
        description = Checks.optionalText(description);
        chainId = Checks.optionalText(chainId);
        linkId = Checks.optionalText(linkId);
        Checks.required(county, "county");
        industryCode = Checks.optionalText(industryCode);
        proposer = Checks.optionalText(proposer);
        keywords = Checks.list(keywords, "keywords");
        Checks.nonNegative(plannedInvestment, "plannedInvestment");
        targetIds = Checks.uniqueList(targetIds, "targetIds", t -> t, Term.TARGET_ID);
    }

    /**
     * A demand without planned investment or targets (format version 1's form).
     *
     * @param id           a stable id
     * @param title        the demand in one line
     * @param description  the demand in full, or {@code null}
     * @param chainId      the chain, or {@code null}
     * @param linkId       the link, or {@code null}
     * @param county       the county it comes from
     * @param industryCode GB/T 4754 class, or {@code null}
     * @param proposer     the enterprise that raised it, or {@code null}
     * @param proposerCode its credit code, or {@code null}
     * @param keywords     keywords
     */
    public TechnologyDemand(String id, String title, String description, String chainId, String linkId,
                            DivisionCode county, String industryCode, @Nullable String proposer,
                                    @Nullable CreditCode proposerCode,
                            List<String> keywords) {
        this(id, title, description, chainId, linkId, county, industryCode, proposer, proposerCode, keywords, null,
                List.of());
    }
}
