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
 * The annotated {@code org.countychain.enterprise.HighTechCertificate} has ordered dates ({@code issuedOn ≤
 * validUntil}) and is valid for at most three years, as 高新技术企业认定管理办法 provides.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidHighTechCertificate.List.class)
public @interface ValidHighTechCertificate {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.ValidHighTechCertificate.message}";

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
     * Several {@code @ValidHighTechCertificate} on the same element.
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
        ValidHighTechCertificate[] value();
    }
}
