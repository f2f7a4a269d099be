package org.countychain.enterprise;

import org.countychain.internal.Checks;

/**
 * The bureau's contact assigned to serve an enterprise one-on-one (一对一服务联系人, R5).
 *
 * @param name         the person's name
 * @param organisation the bureau or team they belong to; may be {@code null}
 * @param phone        a phone number; may be {@code null} (personal data: masked in reports)
 * @since 0.1.0
 */
public record ServiceContact(String name, String organisation, String phone) {
    /**
     * Checks the invariants.
     */
    public ServiceContact {
        name = Checks.requiredText(name, "name");
        organisation = Checks.optionalText(organisation);
        phone = Checks.optionalText(phone);
    }
}
