package org.countychain.talent;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An S&amp;T commissioner (科技特派员), a member or the leader of a team.
 *
 * @param name         the person's name
 * @param organisation the university, institute or enterprise they come from
 * @param field        their field of expertise, or {@code null}
 * @param title        their professional title (职称, e.g. {@code 教授}), or {@code null}
 * @param scienceCommissioner whether they are a registered S&amp;T commissioner (科技特派员), or {@code null} when
 *                     not said (a team may include experts who are not)
 * @param phone        a phone number, or {@code null} (personal data: masked in reports)
 * @since 0.1.0
 */
public record Commissioner(String name, String organisation, @Nullable String field, @Nullable String title,
                           @Nullable Boolean scienceCommissioner, @Nullable String phone) {
    /**
     * Checks the invariants.
     */
    public Commissioner {
        name = Checks.requiredText(name, "name");
        organisation = Checks.requiredText(organisation, "organisation");
        field = Checks.optionalText(field);
        phone = Checks.optionalText(phone);
        title = Checks.optionalText(title);
    }

    /**
     * A member without title or commissioner flag (format version 1's form).
     *
     * @param name         the person's name
     * @param organisation where they come from
     * @param field        their field, or {@code null}
     * @param phone        a phone number, or {@code null}
     */
    public Commissioner(String name, String organisation, String field, String phone) {
        this(name, organisation, field, null, null, phone);
    }
}
