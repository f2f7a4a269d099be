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
 * The annotated text is the id of a reporting unit of the notice's work (报送单位) in the reference data: a
 * six-digit county or city code, or {@code PINGTAN} for 平潭综合实验区. {@code null} is valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ReportingUnitId.List.class)
public @interface ReportingUnitId {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.ReportingUnitId.message}";

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
     * Which kind of unit is expected.
     *
     * @return the kind, {@link Kind#ANY} by default
     */
    Kind kind() default Kind.ANY;

    /**
     * Several {@code @ReportingUnitId} on the same element.
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
        ReportingUnitId[] value();
    }

    /**
     * The kinds of reporting unit.
     *
     * @since 0.1.0
     */
    enum Kind {
        /** A counted county-level unit, which writes reports. */
        COUNTY,
        /** A city-level unit (a city or 平潭综合实验区), which collects them. */
        CITY_LEVEL,
        /** Either. */
        ANY
    }
}
