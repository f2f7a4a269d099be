/**
 * Internal: the constraint validators and their helpers; not part of the API, may change in any release.
 *
 * <p>Everything here compiles against {@code jakarta.validation-api} only (an architecture test holds it to
 * that), so any Bean Validation provider that reads {@code META-INF/services/jakarta.validation.ConstraintValidator}
 * runs it; Hibernate Validator 8 and 9 are tested.
 */
@NullMarked
package org.countychain.validation.internal;

import org.jspecify.annotations.NullMarked;
