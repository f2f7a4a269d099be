package org.countychain.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated {@code org.countychain.enterprise.AnnualRdFigures} are internally consistent: self-funded R&amp;D
 * ≤ total R&amp;D; R&amp;D spent in China ≤ total R&amp;D; R&amp;D ≤ operating revenue unless
 * {@code rdAboveRevenueExplained}; high-tech product revenue ≤ operating revenue; S&amp;T staff ≤ employees; a
 * ledger style only with a ledger kept; and the five amounts as {@link Yuan} checks them (in one pass, so that
 * a year is one constraint for the validator); and its statistics report as {@link ConsistentRdStatistics}
 * checks it. Each violation is reported on the offending figure.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ConsistentRdFigures.List.class)
public @interface ConsistentRdFigures {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.ConsistentRdFigures.message}";

    /**
     * The groups the constraint belongs to.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload; {@link Warning} makes a violation a warning in the facade's results.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@code @ConsistentRdFigures} on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        ConsistentRdFigures[] value();
    }
}
