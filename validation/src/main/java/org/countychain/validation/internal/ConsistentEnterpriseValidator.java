package org.countychain.validation.internal;

import java.util.List;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.Incentive;
import org.countychain.validation.constraints.ConsistentEnterprise;

/**
 * {@link ConsistentEnterprise}: a year that claims the high-tech tax reduction has a certificate valid in it, and
 * each year's figures obey {@code @ConsistentRdFigures}.
 */
public final class ConsistentEnterpriseValidator extends ReportingValidator<ConsistentEnterprise, Enterprise> {
    @Override
    protected void findProblems(Enterprise e, Report report) {
        List<AnnualRdFigures> years = e.years();
        for (int i = 0; i < years.size(); i++) {
            AnnualRdFigures f = years.get(i);
            if (f.incentivesUsed().contains(Incentive.HIGH_TECH_TAX_REDUCTION) && !e.isHighTechDuring(f.year())) {
                report.add(Templates.pieces("ConsistentEnterprise.highTechClaimWithoutCertificate", f.year()),
                        "years", i, "incentivesUsed");
            }
            // The year's own rules, here rather than by cascading into each year: see ConsistentEnterprise.
            ConsistentRdFiguresValidator.check(f, report.under("years", i));
        }
    }
}
