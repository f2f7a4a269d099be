package org.countychain.validation.internal;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.Yuan;

/**
 * {@link Yuan} on {@link BigDecimal}. Allocates nothing for an amount with at most two decimals.
 */
public final class YuanValidator implements ConstraintValidator<Yuan, BigDecimal> {
    /** The default bound of {@code @Yuan}, 10 trillion yuan. */
    public static final BigDecimal DEFAULT_MAX = new BigDecimal("10000000000000");

    private BigDecimal max;
    private boolean detailed;

    @Override
    public void initialize(Yuan annotation) {
        max = new BigDecimal(annotation.max());
        detailed = Report.isDefault(annotation.message(), "Yuan");
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = problem(value, max);
        if (problem == null) {
            return true;
        }
        if (detailed) {
            Report.replace(context, Templates.key(problem));
        }
        return false;
    }

    /**
     * What is wrong with an amount.
     *
     * @param value the amount, not {@code null}
     * @param max   the bound
     * @return the message key without prefix ({@code Yuan.negative}, {@code Yuan.decimals},
     *         {@code Yuan.tooLarge}), or {@code null} when the amount is fine
     */
    static String problem(BigDecimal value, BigDecimal max) {
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
