package org.countychain.export.submission;

import org.countychain.ProblemCode;

/**
 * The stable codes of the problems a city submission package reports (报送包问题代码), {@code CC-61xx}. A package
 * asked for a unit that is not city-level reports {@link org.countychain.ErrorCode#CONSOLIDATION_UNKNOWN_CITY}
 * ({@code CC-6001}), the same mistake as in a consolidation; {@code CC-6101} is therefore not used.
 *
 * @since 0.1.0
 */
public enum SubmissionErrorCode implements ProblemCode {
    /** A city submission package would hold no report: the city and its counties have none of the year. */
    SUBMISSION_NO_REPORTS("CC-6102"),
    /** A city submission package in submission mode holds incomplete reports; each one is named. */
    SUBMISSION_INCOMPLETE("CC-6103"),
    /** Two inputs of a city submission package hold different reports with the same id. */
    SUBMISSION_DUPLICATE_REPORT("CC-6104");

    private final String code;

    SubmissionErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageBundle() {
        return "org.countychain.export.submission.messages";
    }
}
