package org.countychain.chain;

import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Term;
import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the major S&amp;T achievements list (重大科技成果清单, one of the "两张清单", R4).
 *
 * @param id           a stable id
 * @param title        the achievement in one line
 * @param description  the achievement in full, or {@code null}
 * @param owner        the university, institute or enterprise that owns it
 * @param field        its technical field, or {@code null}
 * @param industryCode GB/T 4754 class it applies to, or {@code null}
 * @param chainId      the chain it is meant for, or {@code null}
 * @param linkId       the chain link it addresses, or {@code null}
 * @param region       where the owner is, or {@code null} (out-of-province achievements are welcome)
 * @param keywords     keywords
 * @param targetIds    the ids of the bottlenecks (断点/堵点/难点) or key technologies of the chain map it is aimed at;
 *                     one aimed at a technology is aimed at the technology's bottlenecks too
 * @param maturity     its technology readiness level (技术就绪水平, TRL) from 1 (basic principles found) to 9 (proven
 *                     in actual use), on the scale of GB/T 22900-2022 科学技术研究项目评价通则, or {@code null}
 *                     when not assessed
 * @param origin       where it comes from (省内/省外/境外), or {@code null} when not said
 * @since 0.1.0
 */
public record Achievement(String id, String title, @Nullable String description, String owner, @Nullable String field,
                          @Nullable String industryCode, @Nullable String chainId, @Nullable String linkId,
                          @Nullable DivisionCode region, List<String> keywords, List<String> targetIds,
                          @Nullable Integer maturity, @Nullable AchievementOrigin origin) {
    /** The lowest technology readiness level: the basic principles found. */
    public static final int MIN_MATURITY = 1;
    /** The highest technology readiness level: the technology proven in actual use. */
    public static final int MAX_MATURITY = 9;

    /**
     * Checks the invariants.
     */
    public Achievement {
        id = Checks.requiredText(id, "id");
        title = Checks.requiredText(title, "title");
        description = Checks.optionalText(description);
        owner = Checks.requiredText(owner, "owner");
        field = Checks.optionalText(field);
        industryCode = Checks.optionalText(industryCode);
        chainId = Checks.optionalText(chainId);
        linkId = Checks.optionalText(linkId);
        keywords = Checks.list(keywords, "keywords");
        targetIds = Checks.uniqueList(targetIds, "targetIds", t -> t, Term.TARGET_ID);
        if (maturity != null && (maturity < MIN_MATURITY || maturity > MAX_MATURITY)) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "maturity", maturity.toString(),
                    MIN_MATURITY + ".." + MAX_MATURITY);
        }
    }

    /**
     * An achievement without maturity or origin.
     *
     * @param id           a stable id
     * @param title        the achievement in one line
     * @param description  the achievement in full, or {@code null}
     * @param owner        its owner
     * @param field        its technical field, or {@code null}
     * @param industryCode GB/T 4754 class, or {@code null}
     * @param chainId      the chain, or {@code null}
     * @param linkId       the link, or {@code null}
     * @param region       where the owner is, or {@code null}
     * @param keywords     keywords
     * @param targetIds    the bottlenecks or technologies it is aimed at
     */
    public Achievement(String id, String title, String description, String owner, String field,
                       String industryCode, String chainId, String linkId, DivisionCode region,
                       List<String> keywords, List<String> targetIds) {
        this(id, title, description, owner, field, industryCode, chainId, linkId, region, keywords, targetIds, null,
                null);
    }

    /**
     * An achievement without targets (format version 1's form).
     *
     * @param id           a stable id
     * @param title        the achievement in one line
     * @param description  the achievement in full, or {@code null}
     * @param owner        its owner
     * @param field        its technical field, or {@code null}
     * @param industryCode GB/T 4754 class, or {@code null}
     * @param chainId      the chain, or {@code null}
     * @param linkId       the link, or {@code null}
     * @param region       where the owner is, or {@code null}
     * @param keywords     keywords
     */
    public Achievement(String id, String title, String description, String owner, String field,
                       String industryCode, @Nullable String chainId, @Nullable String linkId, DivisionCode region,
                       List<String> keywords) {
        this(id, title, description, owner, field, industryCode, chainId, linkId, region, keywords, List.of(), null,
                null);
    }
}
