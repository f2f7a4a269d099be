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
 * Every reference inside the annotated {@code org.countychain.dataset.CountyDataset} resolves within it: the
 * chain ids of enterprises, teams, platforms, demands, achievements and reports name one of its chains, and the
 * link ids of demands and achievements name a link of that chain's map.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ResolvedReferences.List.class)
public @interface ResolvedReferences {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.ResolvedReferences.message}";

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
     * Several {@code @ResolvedReferences} on the same element.
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
        ResolvedReferences[] value();
    }
}
