package org.countychain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.internal.Checks;
import org.countychain.investment.InvestmentNeed;
import org.jspecify.annotations.Nullable;

/**
 * What to screen (检查输入): one or several county data sets or a whole province, optionally the cities'
 * submissions, the reporting year and the date deadlines are judged against. Immutable.
 *
 * <pre>{@code
 * ScreeningInput one = ScreeningInput.of(jinjiang);                      // year = the data set's
 * ScreeningInput all = ScreeningInput.builder().province(fujian)
 *         .submissions(submissions).asOf(LocalDate.of(2024, 11, 1)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScreeningInput {
    private final List<CountyDataset> counties;
    private final List<CitySubmission> submissions;
    private final @Nullable IntermediaryWatchList watchList;
    private final List<InvestmentNeed> investmentNeeds;
    private final boolean wholeProvince;
    private final int reportingYear;
    private final @Nullable LocalDate asOf;

    private ScreeningInput(Builder b) {
        this.counties = List.copyOf(b.counties);
        this.submissions = List.copyOf(b.submissions);
        this.watchList = b.watchList;
        this.investmentNeeds = List.copyOf(b.investmentNeeds);
        this.wholeProvince = b.wholeProvince;
        this.asOf = b.asOf;
        this.reportingYear = b.reportingYear != null ? Checks.year(b.reportingYear, "reportingYear") : yearOf(b);
    }

    private static int yearOf(Builder b) {
        if (b.provinceYear != null) {
            return b.provinceYear;
        }
        TreeSet<Integer> years = new TreeSet<>();
        b.counties.forEach(c -> years.add(c.year()));
        b.submissions.forEach(s -> years.add(s.year()));
        if (years.size() != 1) {
            throw new InvalidInputException(ErrorCode.SCREENING_YEAR, "reportingYear",
                    years.isEmpty() ? "-" : years.toString());
        }
        return years.first();
    }

    /**
     * County data sets; the year is theirs.
     *
     * @param counties one or more data sets of the same year
     * @return the input
     * @throws InvalidInputException {@link ErrorCode#SCREENING_YEAR} when they are for different years
     */
    public static ScreeningInput of(CountyDataset... counties) {
        return builder().counties(List.of(counties)).build();
    }

    /**
     * A whole province; the year, watch list and investment needs are the data set's.
     *
     * @param province the province data set
     * @return the input
     */
    public static ScreeningInput of(ProvinceDataset province) {
        return builder().province(province).build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The county data sets.
     *
     * @return the data sets, in the order given
     */
    public List<CountyDataset> counties() {
        return counties;
    }

    /**
     * The city submissions.
     *
     * @return the submissions
     */
    public List<CitySubmission> submissions() {
        return submissions;
    }

    /**
     * The watch list for counties that carry none of their own.
     *
     * @return the list, or {@code null}
     */
    public @Nullable IntermediaryWatchList watchList() {
        return watchList;
    }

    /**
     * Investment-attraction needs given directly (the city submissions' come on top).
     *
     * @return the needs
     */
    public List<InvestmentNeed> investmentNeeds() {
        return investmentNeeds;
    }

    /**
     * Whether the input is a whole province, so every county- and city-level unit is expected (R1, R16).
     *
     * @return true for a province data set
     */
    public boolean wholeProvince() {
        return wholeProvince;
    }

    /**
     * The reporting year.
     *
     * @return the year
     */
    public int reportingYear() {
        return reportingYear;
    }

    /**
     * The date deadlines are judged against.
     *
     * @return the date, or {@code null}
     */
    public @Nullable LocalDate asOf() {
        return asOf;
    }

    /**
     * Builds a {@link ScreeningInput}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<CountyDataset> counties = new ArrayList<>();
        private final List<CitySubmission> submissions = new ArrayList<>();
        private final List<InvestmentNeed> investmentNeeds = new ArrayList<>();
        private @Nullable IntermediaryWatchList watchList;
        private boolean wholeProvince;
        private @Nullable Integer provinceYear;
        private @Nullable Integer reportingYear;
        private @Nullable LocalDate asOf;

        private Builder() {
        }

        /**
         * Adds a county data set.
         *
         * @param v the data set
         * @return this builder
         */
        public Builder county(CountyDataset v) {
            counties.add(Objects.requireNonNull(v, "county"));
            return this;
        }

        /**
         * Adds county data sets.
         *
         * @param v the data sets
         * @return this builder
         */
        public Builder counties(List<CountyDataset> v) {
            counties.addAll(Checks.list(v, "counties"));
            return this;
        }

        /**
         * Adds a whole province: its counties, watch list and investment needs; every unit of the province is
         * then expected to report.
         *
         * @param v the province data set
         * @return this builder
         */
        public Builder province(ProvinceDataset v) {
            Objects.requireNonNull(v, "province");
            counties.addAll(v.counties());
            investmentNeeds.addAll(v.investmentNeeds());
            if (v.watchList() != null) {
                watchList = v.watchList();
            }
            wholeProvince = true;
            provinceYear = v.year();
            return this;
        }

        /**
         * Adds a city submission.
         *
         * @param v the submission
         * @return this builder
         */
        public Builder submission(CitySubmission v) {
            submissions.add(Objects.requireNonNull(v, "submission"));
            return this;
        }

        /**
         * Adds city submissions.
         *
         * @param v the submissions
         * @return this builder
         */
        public Builder submissions(List<CitySubmission> v) {
            submissions.addAll(Checks.list(v, "submissions"));
            return this;
        }

        /**
         * Sets the watch list for counties that carry none of their own.
         *
         * @param v the list
         * @return this builder
         */
        public Builder watchList(IntermediaryWatchList v) {
            watchList = v;
            return this;
        }

        /**
         * Adds investment-attraction needs.
         *
         * @param v the needs
         * @return this builder
         */
        public Builder investmentNeeds(List<InvestmentNeed> v) {
            investmentNeeds.addAll(Checks.list(v, "investmentNeeds"));
            return this;
        }

        /**
         * Sets the reporting year (default: the data's year).
         *
         * @param v the year
         * @return this builder
         */
        public Builder reportingYear(int v) {
            reportingYear = v;
            return this;
        }

        /**
         * Sets the date deadlines are judged against (default: none; then only what is already late is
         * reported).
         *
         * @param v the date
         * @return this builder
         */
        public Builder asOf(LocalDate v) {
            asOf = v;
            return this;
        }

        /**
         * Builds the input.
         *
         * @return the input
         * @throws InvalidInputException {@link ErrorCode#SCREENING_YEAR} when no year is given and the data sets
         *                               are for several years or there are none
         */
        public ScreeningInput build() {
            return new ScreeningInput(this);
        }
    }
}
