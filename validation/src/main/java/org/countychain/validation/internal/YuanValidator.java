package org.countychain.validation.internal;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.Yuan;

import org.jspecify.annotations.Nullable;

/**
 * {@link Yuan} on {@link BigDecimal}. Allocates nothing for an amount with at most two decimals.
 */
public final class YuanValidator extends BaseValidator<Yuan, BigDecimal> {
    /** The default bound of {@code @Yuan}, 10 trillion yuan. */
    public static final BigDecimal DEFAULT_MAX = new BigDecimal("10000000000000");

    // The annotation's default until configure (the framework's initialize) reads the annotation.
    private BigDecimal max = DEFAULT_MAX;

    @Override
    protected void configure(Yuan annotation) {
        max = new BigDecimal(annotation.max());
    }

    @Override
    protected boolean test(BigDecimal value, ConstraintValidatorContext context) {
        String problem = problem(value, max);
        return problem == null || fail(context, Templates.key(problem));
    }

    /**
     * What is wrong with an amount.
     *
     * @param value the amount, not {@code null}
     * @param max   the bound
     * @return the message key without prefix ({@code Yuan.negative}, {@code Yuan.decimals},
     *         {@code Yuan.tooLarge}), or {@code null} when the amount is fine
     */
    static @Nullable String problem(BigDecimal value, BigDecimal max) {
        if (value.signum() < 0) {
            return "Yuan.negative";
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            return "Yuan.decimals";
        }
        if (value.compareTo(max) > 0) {
            return "Yuan.tooLarge";
        }
        return null;
    }
}
