package org.countychain.validation.internal;

import java.util.List;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

/**
 * Reports a violation of a class-level constraint on a property below the validated bean, such as
 * {@code years[2].incentivesUsed} or {@code chainIds[1]}, through the Jakarta Bean Validation node builders.
 */
public final class Violations {
    private Violations() {
    }

    /**
     * Adds a violation at a path relative to the validated bean.
     *
     * @param ctx      the validator context; its default violation must already be disabled
     * @param template the message template
     * @param path     property names ({@link String}) and list indices ({@link Integer}); an index applies to the
     *                 property before it, so {@code "years", 2, "incentivesUsed"} is {@code years[2].incentivesUsed}
     *                 and {@code "chainIds", 1} is {@code chainIds[1]}
     */
    public static void add(ConstraintValidatorContext ctx, String template, Object... path) {
        ConstraintViolationBuilder builder = ctx.buildConstraintViolationWithTemplate(template);
        Object current = builder;
        Integer pendingIndex = null;
        for (Object step : path) {
            if (step instanceof Integer index) {
                pendingIndex = index;
                continue;
            }
            NodeBuilderCustomizableContext node = property(current, (String) step);
            current = pendingIndex == null ? node : node.inIterable().atIndex(pendingIndex);
            pendingIndex = null;
        }
        if (pendingIndex != null) {
            ContainerElementNodeBuilderCustomizableContext element = containerElement(current);
            ContainerElementNodeBuilderDefinedContext defined = element.inIterable().atIndex(pendingIndex);
            defined.addConstraintViolation();
            return;
        }
        if (current instanceof ConstraintViolationBuilder b) {
            b.addConstraintViolation();
        } else if (current instanceof NodeBuilderCustomizableContext n) {
            n.addConstraintViolation();
        } else {
            ((NodeBuilderDefinedContext) current).addConstraintViolation();
        }
    }

    private static NodeBuilderCustomizableContext property(Object current, String name) {
        if (current instanceof ConstraintViolationBuilder b) {
            return b.addPropertyNode(name);
        }
        if (current instanceof NodeBuilderCustomizableContext n) {
            return n.addPropertyNode(name);
        }
        return ((NodeBuilderDefinedContext) current).addPropertyNode(name);
    }

    private static ContainerElementNodeBuilderCustomizableContext containerElement(Object current) {
        if (current instanceof ConstraintViolationBuilder b) {
            return b.addContainerElementNode("<list element>", List.class, 0);
        }
        if (current instanceof NodeBuilderCustomizableContext n) {
            return n.addContainerElementNode("<list element>", List.class, 0);
        }
        return ((NodeBuilderDefinedContext) current).addContainerElementNode("<list element>", List.class, 0);
    }
}
