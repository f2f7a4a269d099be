package org.countychain.report;

import org.countychain.internal.Checks;

/**
 * A row of item 三.3, the chain's S&amp;T innovation advantage units and teams (科技创新优势单位（团队）).
 *
 * @param name      the unit's or team's name
 * @param kind      what it is
 * @param field     its field (研究领域), or {@code null}
 * @param strengths its strengths (优势), or {@code null}
 * @param contact   a contact (name and phone as written), or {@code null}; personal data
 * @since 0.1.0
 */
public record AdvantageUnit(String name, UnitKind kind, String field, String strengths, String contact) {
    /**
     * Checks the invariants.
     */
    public AdvantageUnit {
        name = Checks.requiredText(name, "name");
        Checks.required(kind, "kind");
        field = Checks.optionalText(field);
        strengths = Checks.optionalText(strengths);
        contact = Checks.optionalText(contact);
    }
}
