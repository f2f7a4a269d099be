package org.countychain.validation.hv8;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;

/**
 * Makes sure this module really runs the suite on the Hibernate Validator 8 stack, not on what the parent
 * manages.
 */
class Hv8StackTest {
    @Test
    void hibernateValidator8AndJakartaValidation30AreOnTheClassPath() {
        assertThat(HibernateValidator.class.getPackage().getImplementationVersion()).startsWith("8.0.");
        assertThat(Validation.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("jakarta.validation-api-3.0.");
    }
}
