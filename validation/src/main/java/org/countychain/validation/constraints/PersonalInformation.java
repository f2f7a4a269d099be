package org.countychain.validation.constraints;

import jakarta.validation.Payload;

/**
 * A payload that marks the validated value as personal data (个人信息): the facade masks the invalid value in its
 * results, keeping only the first three and the last four characters ({@code 138****5678}). {@link ContactPhone}
 * values are always masked.
 *
 * @since 0.1.0
 */
public interface PersonalInformation extends Payload {
}
