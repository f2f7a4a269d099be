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
 * The annotated {@code org.countychain.platform.InnovationPlatform} was recognised (认定) no earlier than it was set
 * up (成立), and lists each host organisation's credit code once.
 *
 * @since 0.2.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidPlatform.List.class)
public @interface ValidPlatform {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.ValidPlatform.message}";

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
     * Several {@code @ValidPlatform} on the same element.
     *
     * @since 0.2.0
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
        ValidPlatform[] value();
    }
}
