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
 * The annotated text or {@code org.countychain.division.DivisionCode} is a six-digit GB/T 2260 administrative
 * division code (行政区划代码) known to the reference data ({@code Divisions.fujian()} unless the facade is given
 * other data). {@code null} is valid.
 *
 * <p>{@link #scope()} chooses what counts: a current county-level unit, any current division, or also retired
 * codes. A retired code's message names its successor, for example {@code 350427 沙县 → 350405 沙县区}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidDivisionCode.List.class)
public @interface ValidDivisionCode {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.ValidDivisionCode.message}";

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
     * Which codes are accepted.
     *
     * @return the scope, {@link Scope#ANY_CURRENT} by default
     */
    Scope scope() default Scope.ANY_CURRENT;

    /**
     * Several {@code @ValidDivisionCode} on the same element.
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
        ValidDivisionCode[] value();
    }

    /**
     * Which division codes a {@code @ValidDivisionCode} accepts.
     *
     * @since 0.1.0
     */
    enum Scope {
        /** A current county-level unit (县、县级市、区) of the reference data. */
        CURRENT_COUNTY,
        /**
         * A current county-level unit or a current prefecture-level city (设区市) of the reference data: the
         * {@code county} of a chain, which is the city's code for a chain consolidated by the city (R3).
         */
        CURRENT_COUNTY_OR_CITY,
        /** Any current division of the reference data: province, city or county level. */
        ANY_CURRENT,
        /** Any current division, or a retired code that the reference data maps to a successor. */
        HISTORICAL_ALLOWED
    }
}
