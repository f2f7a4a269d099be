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
 * The annotated text or {@code org.countychain.enterprise.CreditCode} is a unified social credit code
 * (统一社会信用代码, GB 32100-2015): 18 characters of the set {@code 0-9 A-H J-N P-R T U W-Y} whose check character
 * (character 18) is correct. {@code null} is valid (combine with {@code @NotNull}).
 *
 * <p>The GB 11714 organisation-code check of characters 9–17 is a separate {@link Part}, so it can carry its own
 * severity: some real codes were issued with a bad inner check, so report it as a warning rather than reject
 * the code.
 *
 * <p>A Fujian pilot-era code (试点期代码, {@code org.countychain.enterprise.CreditCode#isPilotEra()}) is real: its
 * check character follows the Fuzhou and Xiamen pilot's rule, not GB 32100's. {@link Part#CODE} accepts it;
 * {@link Part#PILOT_ERA} reports it, with a message that says why it is accepted when it carries the
 * {@link Warning} payload, and that the system does not accept it otherwise.
 *
 * <pre>{@code
 * @ValidCreditCode
 * @ValidCreditCode(part = ValidCreditCode.Part.ORGANISATION_CODE, payload = Warning.class)
 * @ValidCreditCode(part = ValidCreditCode.Part.PILOT_ERA, payload = Warning.class)
 * private String uscc;
 * }</pre>
 *
 * <p>Messages name the offending character and position, and for a wrong check character the expected one.
 * Supported types: {@link CharSequence} (exactly as written: no normalisation) and
 * {@code org.countychain.enterprise.CreditCode}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidCreditCode.List.class)
public @interface ValidCreditCode {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.ValidCreditCode.message}";

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
     * What to check.
     *
     * @return the part, {@link Part#CODE} by default
     */
    Part part() default Part.CODE;

    /**
     * Several {@code @ValidCreditCode} on the same element.
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
        ValidCreditCode[] value();
    }

    /**
     * The checks a {@code @ValidCreditCode} can make.
     *
     * @since 0.1.0
     */
    enum Part {
        /**
         * Length, character set and the check character over characters 1–17 (GB 32100); a pilot-era code is
         * accepted.
         */
        CODE,
        /**
         * Only the check character of the GB 11714 organisation code in characters 9–17. Silent when the code is
         * not 18 characters of the set: {@link #CODE} reports that.
         */
        ORGANISATION_CODE,
        /**
         * Reports a Fujian pilot-era code: as accepted with the {@link Warning} payload, as not accepted without
         * it. Silent for any other code.
         */
        PILOT_ERA
    }
}
