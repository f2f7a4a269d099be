package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.ContactPhone;

/**
 * {@link ContactPhone} on text.
 */
public final class ContactPhoneValidator extends BaseValidator<ContactPhone, CharSequence> {
    @Override
    protected boolean test(CharSequence value, ConstraintValidatorContext context) {
        return PhoneNumbers.isValid(value);
    }
}
