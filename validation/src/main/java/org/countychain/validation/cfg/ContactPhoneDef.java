package org.countychain.validation.cfg;

import org.hibernate.validator.cfg.ConstraintDef;

import org.countychain.validation.constraints.ContactPhone;

/**
 * A {@link ContactPhone} constraint for Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), for classes that cannot carry the annotation.
 *
 * @since 0.1.0
 */
public class ContactPhoneDef extends ConstraintDef<ContactPhoneDef, ContactPhone> {
    /**
     * A definition with the annotation's defaults.
     */
    public ContactPhoneDef() {
        super(ContactPhone.class);
    }
}
