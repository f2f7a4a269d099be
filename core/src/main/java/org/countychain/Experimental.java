package org.countychain;

import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API element that may still change in a minor release (实验性): an extension point until implementations outside
 * this repository have proved it, or a new API. Code that uses it should expect to be recompiled when the library
 * moves to the next minor version; a plug-in says which version it was built against (see
 * {@link CountyChainVersion}), so a mismatch is reported instead of failing with a {@code NoSuchMethodError}.
 *
 * <p>Every type of an {@code spi} package carries {@link Experimental} or {@link Stable}; an architecture test
 * checks it. Like JUnit's {@code @API(status, since)}, the status is machine-readable (retained at run time), so
 * tools and a plug-in host can read it.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({TYPE, METHOD, CONSTRUCTOR, FIELD, PACKAGE})
public @interface Experimental {
    /**
     * The library version that introduced the element in this status, for example {@code 0.1.0}.
     *
     * @return the version
     */
    String since();
}
