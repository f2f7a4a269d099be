package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Collects the violations one class-level check finds, each on the property it concerns. The default violation
 * (on the bean as a whole) is disabled on the first one. When the constraint's message was overridden, every
 * violation uses that message instead of the specific one.
 */
public final class Report {
    private final ConstraintValidatorContext ctx;
    private final boolean detailed;
    private boolean valid = true;

    /**
     * Starts a report.
     *
     * @param ctx      the validator context
     * @param detailed whether the constraint uses its default message, so specific messages may replace it
     */
    public Report(ConstraintValidatorContext ctx, boolean detailed) {
        this.ctx = ctx;
        this.detailed = detailed;
    }

    /**
     * Adds a violation.
     *
     * @param template the specific message template
     * @param path     the path below the bean (see {@link Violations#add})
     */
    public void add(String template, Object... path) {
        if (valid) {
            ctx.disableDefaultConstraintViolation();
            valid = false;
        }
        Violations.add(ctx, detailed ? template : ctx.getDefaultConstraintMessageTemplate(), path);
    }

    /**
     * Whether nothing was added.
     *
     * @return true when valid
     */
    public boolean isValid() {
        return valid;
    }

    /**
     * Whether a constraint's message is its default one, so that specific messages may replace it.
     *
     * @param message    the annotation's {@code message()}
     * @param annotation the annotation's simple name
     * @return true when not overridden
     */
    public static boolean isDefault(String message, String annotation) {
        return message.equals("{" + Templates.PREFIX + annotation + ".message}");
    }

    /**
     * Replaces the default violation by a specific one on the validated value itself.
     *
     * @param ctx      the validator context
     * @param template the template
     */
    public static void replace(ConstraintValidatorContext ctx, String template) {
        ctx.disableDefaultConstraintViolation();
        ctx.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    }
}
