package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.industry.IndustryClassification;
import org.countychain.validation.constraints.IndustryCode;

import org.jspecify.annotations.Nullable;

/**
 * {@link IndustryCode} on text: the form, the section letter against the division, and existence in the shipped
 * GB/T 4754-2017; or, for {@link IndustryCode.Part#EDITION_2011}, whether the code is a class only the 2011
 * edition had.
 */
public final class IndustryCodeValidator extends BaseValidator<IndustryCode, CharSequence> {
    private static final IndustryClassification GBT4754 = IndustryClassification.builtIn();
    // The annotation's default until configure (the framework's initialize) reads the annotation.
    private IndustryCode.Part part = IndustryCode.Part.CODE;

    @Override
    protected void configure(IndustryCode annotation) {
        part = annotation.part();
    }

    @Override
    protected boolean test(CharSequence value, ConstraintValidatorContext context) {
        String template = part == IndustryCode.Part.EDITION_2011 ? edition2011(value.toString())
                : code(value.toString());
        return template == null || fail(context, template);
    }

    /** The template of what is wrong with a code, or {@code null} when it exists (in 2017, or only in 2011). */
    static @Nullable String code(String value) {
        String code = GBT4754.normalise(value);
        if (GBT4754.isKnown(code) || GBT4754.edition2011Only(code).isPresent()) {
            return null;
        }
        boolean letter = code.length() >= 1 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z';
        String digits = letter ? code.substring(1) : code;
        if (code.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || !((letter && digits.isEmpty()) || (digits.length() >= 2 && digits.length() <= 4))) {
            return Templates.pieces("IndustryCode.format", value);
        }
        if (letter && !digits.isEmpty()) {
            String section = GBT4754.sectionOfDivision(digits.substring(0, 2)).orElse(null);
            if (section != null && section.charAt(0) != code.charAt(0)) {
                return Templates.pieces("IndustryCode.section", code, digits.substring(0, 2), section);
            }
        }
        return Templates.pieces("IndustryCode.unknown", code);
    }

    private static @Nullable String edition2011(String value) {
        String code = GBT4754.normalise(value);
        return GBT4754.edition2011Only(code).map(name -> Templates.pieces("IndustryCode.edition2011", code, name))
                .orElse(null);
    }
}
