package org.countychain.enterprise;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The bureau's contact assigned to serve an enterprise one-on-one (一对一服务联系人, R5).
 *
 * @param name         the person's name
 * @param organisation the bureau or team they belong to; may be {@code null}
 * @param phone        a phone number; may be {@code null} (personal data: masked in reports)
 * @param role         who the contact is (bureau staff, S&amp;T commissioner, other), or {@code null} when not said
 * @param teamId       the id of the talent team (科技特派团) the contact is a member of, or {@code null} when the
 *                     contact belongs to no team of the data set
 * @since 0.1.0
 */
public record ServiceContact(String name, @Nullable String organisation, @Nullable String phone,
                             @Nullable ContactRole role, @Nullable String teamId) {
    /**
     * Checks the invariants.
     */
    public ServiceContact {
        name = Checks.requiredText(name, "name");
        organisation = Checks.optionalText(organisation);
        phone = Checks.optionalText(phone);
        teamId = Checks.optionalText(teamId);
    }

    /**
     * A contact without a role or team (format version 1's form).
     *
     * @param name         the person's name
     * @param organisation the bureau or team, or {@code null}
     * @param phone        a phone number, or {@code null}
     */
    public ServiceContact(String name, String organisation, String phone) {
        this(name, organisation, phone, null, null);
    }

    /**
     * Whether the contact is a member of a talent team (人才团队成员).
     *
     * @return true when {@link #teamId()} is set
     */
    public boolean belongsToTalentTeam() {
        return teamId != null;
    }
}
