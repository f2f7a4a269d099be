package org.countychain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets the forbidden-apis check of the tests (see the root pom) pass one class or method that uses a forbidden call
 * on purpose; {@link #value()} says why.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
    /**
     * @return why the forbidden call is right here
     */
    String value();
}
