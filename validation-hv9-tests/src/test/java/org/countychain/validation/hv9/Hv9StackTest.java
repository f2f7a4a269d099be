package org.countychain.validation.hv9;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

import jakarta.el.ExpressionFactory;
import jakarta.validation.Validation;

/**
 * Makes sure this module really runs the suite on Spring Boot 4's stack: Hibernate Validator 9.0, Jakarta
 * Validation 3.1 and Tomcat's EL, with no Expressly beside it.
 */
class Hv9StackTest {
    @Test
    void hibernateValidator90AndJakartaValidation31AreOnTheClassPath() {
        assertThat(HibernateValidator.class.getPackage().getImplementationVersion()).startsWith("9.0.");
        assertThat(Validation.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("jakarta.validation-api-3.1.");
    }

    @Test
    void theElIsTomcatsAndExpresslyIsAbsent() {
        assertThat(ExpressionFactory.newInstance().getClass().getName()).startsWith("org.apache.el.");
        assertThatThrownBy(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
