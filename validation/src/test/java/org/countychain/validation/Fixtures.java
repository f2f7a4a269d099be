package org.countychain.validation;

import java.util.List;
import java.util.Locale;

/**
 * The validator the tests share: Hibernate Validator is bootstrapped once per test JVM, as applications do.
 */
public final class Fixtures {
    /** The default facade: Chinese messages, GB 11714 inner check as a warning. */
    public static final CountyChainValidator VALIDATOR = CountyChainValidator.create();

    private Fixtures() {
    }

    /**
     * Validates in the default group.
     *
     * @param target the object
     * @return the violations
     */
    public static List<Violation> violations(Object target) {
        return VALIDATOR.validate(target).violations();
    }

    /**
     * Validates in the default group with English messages.
     *
     * @param target the object
     * @return the violations
     */
    public static List<Violation> english(Object target) {
        return VALIDATOR.validate(target, Locale.ENGLISH).violations();
    }

    /**
     * The codes of the violations.
     *
     * @param target the object
     * @return the codes, in the result's order
     */
    public static List<String> codes(Object target) {
        return violations(target).stream().map(Violation::code).toList();
    }
}
