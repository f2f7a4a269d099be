package org.countychain.matching.internal;

import java.util.List;

import org.countychain.chain.Achievement;
import org.countychain.chain.TechnologyDemand;
import org.countychain.division.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * What the matcher reads of a demand or an achievement: its text by field and the structured fields the boosts
 * compare. Internal.
 *
 * @param id           the entry's id
 * @param title        the title
 * @param keywords     the keywords (and an achievement's technical field), each a separate run of text
 * @param description  the description, or {@code null}
 * @param chainId      the chain, or {@code null}
 * @param linkId       the chain link, or {@code null}
 * @param industryCode the GB/T 4754 code, or {@code null}
 * @param region       the county (demand) or region (achievement), or {@code null}
 */
public record Profile(String id, String title, List<String> keywords, @Nullable String description,
                      @Nullable String chainId, @Nullable String linkId, @Nullable String industryCode,
                      @Nullable DivisionCode region) {
    /**
     * A demand's profile.
     *
     * @param d the demand
     * @return its profile
     */
    public static Profile of(TechnologyDemand d) {
        return new Profile(d.id(), d.title(), d.keywords(), d.description(), d.chainId(), d.linkId(),
                d.industryCode(), d.county());
    }

    /**
     * An achievement's profile; its technical field counts as a keyword.
     *
     * @param a the achievement
     * @return its profile
     */
    public static Profile of(Achievement a) {
        List<String> keywords = a.field() == null ? a.keywords()
                : java.util.stream.Stream.concat(a.keywords().stream(), java.util.stream.Stream.of(a.field())).toList();
        return new Profile(a.id(), a.title(), keywords, a.description(), a.chainId(), a.linkId(), a.industryCode(),
                a.region());
    }
}
