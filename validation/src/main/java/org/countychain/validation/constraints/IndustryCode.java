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
 * The annotated text is an industry code of GB/T 4754-2017 (国民经济行业分类) at any level — a section letter
 * ({@code C}), a division ({@code C19}), a group ({@code C195}) or a class ({@code C1951}); digits alone
 * ({@code 1951}) are read with their section. {@code null} is valid. The code must exist in the classification the
 * library ships, and its letter must be its division's section.
 *
 * <p>A class that only the 2011 edition had ({@code C1810} 机织服装制造) is a separate {@link Part}, so that it can
 * be a warning: the code is real but outdated, and statistics have used the 2017 edition since 2018.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(IndustryCode.List.class)
public @interface IndustryCode {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.IndustryCode.message}";

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
     * The checks an {@code @IndustryCode} can make.
     *
     * @since 0.1.0
     */
    enum Part {
        /** The form and existence in GB/T 4754-2017; a class only the 2011 edition had passes this part. */
        CODE,
        /** Only whether the code is a class that only GB/T 4754-2011 had. */
        EDITION_2011
    }

    /**
     * Several {@code @IndustryCode} on the same element.
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
        IndustryCode[] value();
    }
}
