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
 * The annotated {@link java.math.BigDecimal} is an amount of money in yuan (元): not negative, at most two decimals
 * (fen, 分; trailing zeros do not count, so {@code 1.230} is fine and {@code 1.234} is not) and not above
 * {@link #max()}. {@code null} is valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Yuan.List.class)
public @interface Yuan {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.Yuan.message}";

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
     * The largest plausible amount, in yuan, as a decimal string.
     *
     * @return the bound, 10 trillion yuan (10万亿元) by default: above the revenue of any Chinese enterprise
     */
    String max() default "10000000000000";

    /**
     * Several {@code @Yuan} on the same element.
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
        Yuan[] value();
    }
}
