package org.countychain.validation.internal;

import java.lang.annotation.Annotation;

import jakarta.validation.ConstraintValidatorContext;

/**
 * A validator whose check may find several problems, each reported on the property it concerns through a
 * {@link Report} (a class-level constraint such as {@code @ConsistentRdStatistics}).
 *
 * @param <A> the constraint annotation
 * @param <T> the type of the value validated
 */
public abstract class ReportingValidator<A extends Annotation, T> extends BaseValidator<A, T> {
    /**
     * For subclasses.
     */
    protected ReportingValidator() {
    }

    @Override
    protected final boolean test(T value, ConstraintValidatorContext context) {
        Report report = new Report(context, detailed());
        findProblems(value, report);
        return report.isValid();
    }

    /**
     * Checks a value that is not {@code null}, adding every problem found to the report.
     *
     * @param value  the value
     * @param report where violations go, paths relative to the value
     */
    protected abstract void findProblems(T value, Report report);
}
