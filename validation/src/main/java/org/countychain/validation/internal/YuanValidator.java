package org.countychain.validation.internal;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.Yuan;

/**
 * {@link Yuan} on {@link BigDecimal}. Allocates nothing for an amount with at most two decimals.
 */
public final class YuanValidator implements ConstraintValidator<Yuan, BigDecimal> {
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
        String problem = null;
        if (value.signum() < 0) {
            problem = "Yuan.negative";
        } else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            problem = "Yuan.decimals";
        } else if (value.compareTo(max) > 0) {
            problem = "Yuan.tooLarge";
        }
        if (problem == null) {
            return true;
        }
        if (detailed) {
            Report.replace(context, Templates.key(problem));
        }
        return false;
    }
}
