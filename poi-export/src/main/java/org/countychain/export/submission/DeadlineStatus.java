package org.countychain.export.submission;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.countychain.dataset.CitySubmission;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The submission deadline against a date (报送时限, R16): due by 31 October of the reporting year (10月底前,
 * inclusive). A package made late is still made; its lateness is reported here and in the manifest.
 *
 * @param deadline the deadline, {@link CitySubmission#deadlineFor(int)}
 * @param asOf     the date judged, or {@code null} when none was given (then nothing is late)
 * @param late     whether {@code asOf} is after the deadline
 * @param daysLate how many days after the deadline {@code asOf} is, 0 when on time
 * @since 0.1.0
 */
public record DeadlineStatus(LocalDate deadline, @Nullable LocalDate asOf, boolean late, long daysLate) {
    /**
     * Checks the invariants: the figures as the dates say.
     */
    public DeadlineStatus {
        Checks.required(deadline, "deadline");
        long expected = asOf == null || !asOf.isAfter(deadline) ? 0 : ChronoUnit.DAYS.between(deadline, asOf);
        if (late != expected > 0 || daysLate != expected) {
            throw new org.countychain.InvalidInputException(org.countychain.ErrorCode.MALFORMED, "daysLate",
                    daysLate, "expected " + expected);
        }
    }

    /**
     * Judges a reporting year's deadline against a date.
     *
     * @param year the reporting year
     * @param asOf the date, or {@code null} for none
     * @return the status
     */
    public static DeadlineStatus of(int year, @Nullable LocalDate asOf) {
        LocalDate deadline = CitySubmission.deadlineFor(Checks.year(year, "year"));
        long days = asOf == null || !asOf.isAfter(deadline) ? 0 : ChronoUnit.DAYS.between(deadline, asOf);
        return new DeadlineStatus(deadline, asOf, days > 0, days);
    }
}
