package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.ContactPhone;

/**
 * {@link ContactPhone} on text.
 */
public final class ContactPhoneValidator implements ConstraintValidator<ContactPhone, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || PhoneNumbers.isValid(value);
    }
}
