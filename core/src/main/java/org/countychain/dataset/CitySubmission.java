package org.countychain.dataset;

import java.time.LocalDate;
import java.util.List;

import org.countychain.Term;
import org.countychain.internal.Checks;
import org.countychain.investment.InvestmentNeed;
import org.countychain.report.ResearchReport;
import org.jspecify.annotations.Nullable;

/**
 * What a city-level unit sends to the provincial S&amp;T information institute (设区市汇总上报, R16): its counties'
 * reports, the reports it wrote itself (consolidated ones among them), and its investment-attraction needs
 * (R14). Due by the end of October of the reporting year.
 *
 * @param unitId          the city-level reporting unit ({@code 350500}, or {@code PINGTAN})
 * @param unitName        its name
 * @param year            the reporting year
 * @param reports         every report sent: the counties' own and the city's (consolidated) ones
 * @param investmentNeeds next year's investment-attraction needs
 * @param submittedOn     when it was sent, or {@code null} while not sent
 * @since 0.1.0
 */
public record CitySubmission(String unitId, String unitName, int year, List<ResearchReport> reports,
                             List<InvestmentNeed> investmentNeeds, @Nullable LocalDate submittedOn) {
    /**
     * Checks the invariants.
     */
    public CitySubmission {
        unitId = Checks.requiredText(unitId, "unitId");
        unitName = Checks.requiredText(unitName, "unitName");
        Checks.year(year, "year");
        reports = Checks.uniqueList(reports, "reports", ResearchReport::id, Term.REPORT_ID);
        investmentNeeds = Checks.uniqueList(investmentNeeds, "investmentNeeds", InvestmentNeed::id, Term.NEED_ID);
    }

    /**
     * The deadline of the submission: 31 October of the reporting year (10月底前).
     *
     * @return the deadline
     */
    public LocalDate deadline() {
        return deadlineFor(year);
    }

    /**
     * The deadline of the city submission for a reporting year.
     *
     * @param year the reporting year
     * @return 31 October of that year
     */
    public static LocalDate deadlineFor(int year) {
        return LocalDate.of(year, 10, 31);
    }
}
