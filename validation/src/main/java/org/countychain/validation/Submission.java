package org.countychain.validation;

import jakarta.validation.groups.Default;

/**
 * The validation group of a submission (正式报送): everything of the {@link Default} group (a draft's
 * well-formedness) plus completeness — every required item of a report's own template edition has content, the
 * advantage-unit table (三.3) has a unit, the county or city is a real reporting unit, a talent team has a leader
 * and a chain, a city's submission holds only its own counties' reports.
 *
 * <pre>{@code
 * validator.validate(county);                    // draft: well-formedness only
 * validator.validate(county, Submission.class);  // submission: also completeness
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Submission extends Default {
}
