package org.countychain.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.jspecify.annotations.Nullable;

/**
 * What every CountyChain validator does around its own check (校验器的公共部分), in one place: it notes whether the
 * constraint keeps its default message, so that a specific message may replace it; it takes the reference data the
 * facade hands it (the built-in data otherwise); and it accepts {@code null}, which is {@code @NotNull}'s business.
 *
 * @param <A> the constraint annotation
 * @param <T> the type of the value validated
 */
public abstract class BaseValidator<A extends Annotation, T> implements ConstraintValidator<A, T>, ReferenceData.Aware {
    private ReferenceData data = ReferenceData.builtIn();
    private boolean detailed;

    /**
     * For subclasses.
     */
    protected BaseValidator() {
    }

    @Override
    public final void initialize(A annotation) {
        detailed = Report.isDefault(message(annotation), annotation.annotationType().getSimpleName());
        configure(annotation);
    }

    /**
     * Reads the constraint's own attributes, once, before any value is validated. Does nothing by default.
     *
     * @param annotation the constraint
     */
    protected void configure(A annotation) {
    }

    @Override
    public final void use(ReferenceData referenceData) {
        data = referenceData;
    }

    @Override
    public final boolean isValid(@Nullable T value, ConstraintValidatorContext context) {
        return value == null || test(value, context);
    }

    /**
     * Validates a value that is not {@code null}.
     *
     * @param value   the value
     * @param context the validator context
     * @return whether the value is valid
     */
    protected abstract boolean test(T value, ConstraintValidatorContext context);

    /**
     * The reference data to check against.
     *
     * @return the facade's data, or the built-in data without the facade
     */
    protected final ReferenceData data() {
        return data;
    }

    /**
     * Whether the constraint keeps its default message, so that specific messages replace it.
     *
     * @return true when the message was not overridden
     */
    protected final boolean detailed() {
        return detailed;
    }

    /**
     * Fails on the value itself: with a specific message when the default one is kept, else with the constraint's
     * own message.
     *
     * @param context  the validator context
     * @param template the specific message template
     * @return {@code false}
     */
    protected final boolean fail(ConstraintValidatorContext context, String template) {
        if (detailed) {
            Report.replace(context, template);
        }
        return false;
    }

    /** Every constraint annotation declares {@code message()}: Bean Validation requires it. */
    private static String message(Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("message").invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("not a constraint with a message(): " + annotation.annotationType(), e);
        }
    }
}
