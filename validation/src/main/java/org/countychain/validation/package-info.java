/**
 * Public API: validation of the CountyChain model (数据校验) — the facade
 * {@link org.countychain.validation.CountyChainValidator}, its immutable
 * {@link org.countychain.validation.ValidationResult} of {@link org.countychain.validation.Violation}s with stable
 * {@link org.countychain.validation.ViolationCode}s, the {@link org.countychain.validation.Submission} group and
 * the programmatic {@link org.countychain.validation.ModelConstraints} for applications that run Hibernate
 * Validator themselves.
 *
 * <p>The constraints are in {@link org.countychain.validation.constraints}; their validators are internal.
 */
@NullMarked
package org.countychain.validation;

import org.jspecify.annotations.NullMarked;
