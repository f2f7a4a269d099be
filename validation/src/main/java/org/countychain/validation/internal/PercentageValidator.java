package org.countychain.validation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

import jakarta.validation.ConstraintValidatorContext;

import org.countychain.validation.constraints.Percentage;

/**
 * {@link Percentage} on numbers: 0 to 100 inclusive, {@code NaN} rejected.
 */
public final class PercentageValidator extends BaseValidator<Percentage, Number> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    protected boolean test(Number value, ConstraintValidatorContext context) {
        if (value instanceof BigDecimal d) {
            return d.signum() >= 0 && d.compareTo(HUNDRED) <= 0;
        }
        if (value instanceof BigInteger i) {
            return i.signum() >= 0 && i.compareTo(BigInteger.valueOf(100)) <= 0;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            return d >= 0 && d <= 100;
        }
        long l = value.longValue();
        return l >= 0 && l <= 100;
    }
}
