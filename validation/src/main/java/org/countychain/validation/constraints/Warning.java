package org.countychain.validation.constraints;

import jakarta.validation.Payload;

/**
 * A payload that marks a constraint's violations as warnings (警告) rather than errors: the facade reports them
 * with severity {@code WARNING} and does not count them against validity.
 *
 * <pre>{@code
 * @ValidCreditCode(part = ValidCreditCode.Part.ORGANISATION_CODE, payload = Warning.class)
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Warning extends Payload {
}
