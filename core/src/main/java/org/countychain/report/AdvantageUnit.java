package org.countychain.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.countychain.Term;
import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A row of item 三.3, the chain's S&amp;T innovation advantage units and teams (科技创新优势单位（团队）).
 *
 * @param name      the unit's or team's name
 * @param kind      what it is
 * @param field     its field (研究领域), or {@code null}
 * @param strengths its strengths (优势), or {@code null}
 * @param contact   a contact (name and phone as written), or {@code null}; personal data
 * @param counties  in a consolidated report (R3), the counties whose reports list the unit; empty in a county's
 *                  own report (and then left out of JSON)
 * @since 0.1.0
 */
public record AdvantageUnit(String name, UnitKind kind, @Nullable String field, @Nullable String strengths,
                            @Nullable String contact,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DivisionCode> counties) {
    /**
     * Checks the invariants.
     */
    public AdvantageUnit {
        name = Checks.requiredText(name, "name");
        Checks.required(kind, "kind");
        field = Checks.optionalText(field);
        strengths = Checks.optionalText(strengths);
        contact = Checks.optionalText(contact);
        counties = Checks.uniqueList(counties, "counties", c -> c, Term.COUNTY);
    }

    /**
     * A unit of a county's own report, listed by no particular county.
     *
     * @param name      the unit's or team's name
     * @param kind      what it is
     * @param field     its field, or {@code null}
     * @param strengths its strengths, or {@code null}
     * @param contact   a contact, or {@code null}
     */
    public AdvantageUnit(String name, UnitKind kind, String field, String strengths, @Nullable String contact) {
        this(name, kind, field, strengths, contact, List.of());
    }
}
