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
 * The annotated number is a percentage from 0 to 100 inclusive ({@code 0} and {@code 100} are valid,
 * {@code -0.01} and {@code 100.01} are not; {@code NaN} is not). Supported types: {@link java.math.BigDecimal},
 * {@link java.math.BigInteger} and the boxed primitives. {@code null} is valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Percentage.List.class)
public @interface Percentage {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.Percentage.message}";

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
     * Several {@code @Percentage} on the same element.
     *
     * @since 0.1.0
     */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        Percentage[] value();
    }
}
