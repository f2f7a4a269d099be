package org.countychain.rules.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.countychain.Experimental;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.investment.InvestmentNeed;
import org.countychain.report.ResearchReport;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.rules.model.RuleSettings;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PolicyRule} screens (检查上下文): the data, the reporting year, the as-of date and the settings.
 * <strong>Experimental SPI</strong>. Implemented by the engine; read-only and safe to share between threads.
 *
 * <p>Lists come in a fixed order that does not depend on the order of the input, so a rule iterating them
 * produces its findings in the same order every time.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public interface RuleContext {
    /**
     * The reporting year screened.
     *
     * @return the year
     */
    int reportingYear();

    /**
     * The date to judge deadlines against (R14, R16).
     *
     * @return the date, or empty when none was given (rules then judge only what is already late)
     */
    Optional<LocalDate> asOf();

    /**
     * The thresholds.
     *
     * @return the settings
     */
    RuleSettings settings();

    /**
     * The pilot-county registry (R2).
     *
     * @return the registry, empty by default
     */
    PilotRegistry pilotRegistry();

    /**
     * The divisions and reporting units.
     *
     * @return the divisions, {@link Divisions#fujian()} by default
     */
    Divisions divisions();

    /**
     * The county data sets, in unit-id order.
     *
     * @return the data sets
     */
    List<CountyDataset> counties();

    /**
     * Every enterprise of every county data set: the data sets in {@link #counties()} order, one after the other,
     * and within each data set ordered by the enterprise's county code, then credit code. A rule that needs the
     * data set of an enterprise walks {@link #counties()} alongside, counting each data set's enterprises.
     *
     * @return the enterprises
     */
    List<Enterprise> enterprises();

    /**
     * The figures of the reporting year of each enterprise, at the same index as {@link #enterprises()}, looked
     * up once for every rule.
     *
     * @return the figures; an element is {@code null} when the enterprise reports no figures for the year
     */
    List<@Nullable AnnualRdFigures> reportingYearFigures();

    /**
     * The high-tech certificate of each enterprise that counts for the reporting year under the settings'
     * {@link RuleSettings#highTechValidity()}, at the same index as {@link #enterprises()}: whether the enterprise
     * is a high-tech enterprise (有效期内的高新技术企业) for R8, R9 and R11.
     *
     * @return the certificates; an element is {@code null} for an enterprise that is not a high-tech enterprise
     */
    List<@Nullable HighTechCertificate> highTechCertificates();

    /**
     * The figures of the year before the reporting year, at the same index as {@link #enterprises()}.
     *
     * @return the figures; an element is {@code null} when that year is not reported
     */
    List<@Nullable AnnualRdFigures> previousYearFigures();

    /**
     * The city submissions, in unit-id order.
     *
     * @return the submissions
     */
    List<CitySubmission> submissions();

    /**
     * Every research report: the county data sets' and the city submissions', ordered by report id.
     *
     * @return the reports
     */
    List<ResearchReport> reports();

    /**
     * The investment-attraction needs of the input and of the city submissions, one per id, ordered by id.
     *
     * @return the needs
     */
    List<InvestmentNeed> investmentNeeds();

    /**
     * The intermediary watch list in force for a county: its own, or else the one given for the whole input.
     *
     * @param county a county data set
     * @return the list, or {@code null} when none is known
     */
    @Nullable IntermediaryWatchList watchList(CountyDataset county);

    /**
     * The county-level reporting units the input covers: every one of the province for a province data set,
     * otherwise the counties of the data sets and of the cities that sent a submission.
     *
     * @return the units, in id order
     */
    List<ReportingUnit> countyUnitsInScope();

    /**
     * The city-level reporting units the input covers: every one of the province for a province data set,
     * otherwise the cities that sent a submission.
     *
     * @return the units, in id order
     */
    List<ReportingUnit> cityUnitsInScope();
}
