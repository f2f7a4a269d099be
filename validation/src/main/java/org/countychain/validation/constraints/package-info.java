/**
 * Public API: Jakarta Bean Validation constraints for the CountyChain model and for integrators' own classes
 * (校验约束注解).
 *
 * <p>Field-level constraints ({@link org.countychain.validation.constraints.ValidCreditCode},
 * {@link org.countychain.validation.constraints.ValidDivisionCode}, {@link
 * org.countychain.validation.constraints.ContactPhone},
 * {@link org.countychain.validation.constraints.Yuan}, {@link org.countychain.validation.constraints.Percentage},
 * {@link org.countychain.validation.constraints.ReportingUnitId}) work on plain values; class-level ones check a
 * model type's internal consistency. Every annotation is {@code @Documented @Repeatable} and declares
 * {@code validatedBy = {}}: the validators are registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, which Hibernate Validator reads. This package
 * and the validators depend on {@code jakarta.validation-api} only, so Hibernate Validator 8 (Spring Boot 3) and
 * 9 both run them. Messages live under fully qualified keys in {@code ValidationMessages.properties} (English),
 * {@code _en} and {@code _zh_CN}.
 */
@NullMarked
package org.countychain.validation.constraints;

import org.jspecify.annotations.NullMarked;
