/**
 * Public API: {@code *Def} classes that apply the constraints of
 * {@link org.countychain.validation.constraints} through Hibernate Validator's programmatic mapping
 * ({@code org.hibernate.validator.cfg.ConstraintMapping}), as Hibernate Validator's own {@code CPFDef} does. This
 * is how the library maps its constraints onto core's records without core depending on Bean Validation; see
 * {@link org.countychain.validation.ModelConstraints}. Depends on Hibernate Validator 8 or 9.
 */
@NullMarked
package org.countychain.validation.cfg;

import org.jspecify.annotations.NullMarked;
