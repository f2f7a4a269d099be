package org.countychain.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.jspecify.annotations.Nullable;

/**
 * Collects the violations one class-level check finds, each on the property it concerns. The default violation
 * (on the bean as a whole) is disabled on the first one. When the constraint's message was overridden, every
 * violation uses that message instead of the specific one.
 */
public final class Report {
    private final ConstraintValidatorContext ctx;
    private final boolean detailed;
    private final @Nullable Report root;
    private final Object[] prefix;
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
        this.root = null;
        this.prefix = new Object[0];
    }

    private Report(Report root, Object[] prefix) {
        this.ctx = root.ctx;
        this.detailed = root.detailed;
        this.root = root;
        this.prefix = prefix;
    }

    /**
     * A view of this report whose violations lie below a path, such as {@code years[2]}: what it adds counts for
     * this report.
     *
     * @param path property names and indices, as for {@link #add}
     * @return the view
     */
    public Report under(Object... path) {
        Report top = root == null ? this : root;
        Object[] joined = new Object[prefix.length + path.length];
        System.arraycopy(prefix, 0, joined, 0, prefix.length);
        System.arraycopy(path, 0, joined, prefix.length, path.length);
        return new Report(top, joined);
    }

    /**
     * Adds a violation.
     *
     * @param template the specific message template
     * @param path     the path below the bean (see {@link Violations#add})
     */
    public void add(String template, Object... path) {
        Report top = root == null ? this : root;
        if (top.valid) {
            ctx.disableDefaultConstraintViolation();
            top.valid = false;
        }
        Object[] full = path;
        if (prefix.length > 0) {
            full = new Object[prefix.length + path.length];
            System.arraycopy(prefix, 0, full, 0, prefix.length);
            System.arraycopy(path, 0, full, prefix.length, path.length);
        }
        Violations.add(ctx, detailed ? template : ctx.getDefaultConstraintMessageTemplate(), full);
    }

    /**
     * Whether nothing was added.
     *
     * @return true when valid
     */
    public boolean isValid() {
        return root == null ? valid : root.valid;
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
