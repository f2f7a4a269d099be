package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.internal.cfg.context.DefaultConstraintMapping;
import org.junit.jupiter.api.Test;

/**
 * The list of mapped types whose metadata the validator's bootstrap thread builds ahead of the first validation
 * holds every type the mapping constrains, once, and no other: a type added to the mapping and not to the list
 * would only lose its head start, but the list is kept exact.
 */
class ModelConstraintsTypesTest {
    @Test
    void theMappedTypesAreExactlyTheTypesTheMappingConstrains() {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
        DefaultConstraintMapping mapping = (DefaultConstraintMapping) ModelConstraints.mapping(config,
                ModelConstraints.OrganisationCodeCheck.WARNING, ModelConstraints.PilotEraCheck.WARNING);
        assertThat(ModelConstraints.MAPPED_TYPES).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(mapping.getConfiguredTypes());
    }
}
