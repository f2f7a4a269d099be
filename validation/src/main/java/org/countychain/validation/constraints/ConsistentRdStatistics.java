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
 * The annotated {@code org.countychain.enterprise.RdStatisticsReport} (研发活动统计报表 107-2) has its amounts
 * right (as {@link Yuan} checks them: errors) and obeys the form's
 * consistency rules where the figures are reported (warnings, {@code CV-0402}–{@code CV-0417}: statistics offices
 * query them, the enterprise may confirm): every "of which" ≤ its total; expense items sum to the
 * total; staff &gt; 0 ⇔ staff cost &gt; 0; commissioned = the sum of its four destinations; funding sources sum to
 * the total; fixed assets ≥ equipment; institutions' equipment &gt; 0 ⇒ institutions &gt; 0; applications ≥
 * invention applications; valid ≥ implemented patents; new-product revenue ≥ exports; the 107-1 projects'
 * person-months ≤ 12 × the R&amp;D staff. Sums compare exactly
 * ({@link java.math.BigDecimal#compareTo}); a missing part counts as zero when the total and at least one part are
 * reported.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ConsistentRdStatistics.List.class)
public @interface ConsistentRdStatistics {
    /**
     * The message template; the validator replaces the default with a more specific one that names the problem.
     *
     * @return the template
     */
    String message() default "{org.countychain.validation.constraints.ConsistentRdStatistics.message}";

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
     * Several {@code @ConsistentRdStatistics} on the same element.
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
        ConsistentRdStatistics[] value();
    }
}
