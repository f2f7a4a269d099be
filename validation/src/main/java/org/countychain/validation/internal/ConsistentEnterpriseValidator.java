package org.countychain.validation.internal;

import java.util.List;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.Incentive;
import org.countychain.industry.IndustryClass;
import org.countychain.industry.IndustryClassification;
import org.countychain.validation.constraints.ConsistentEnterprise;

/**
 * {@link ConsistentEnterprise}: a year that claims the high-tech tax reduction has a certificate valid in it, the
 * manufacturing flag agrees with the industry code (divisions 13–43), and each year's figures obey
 * {@code @ConsistentRdFigures}.
 */
public final class ConsistentEnterpriseValidator extends ReportingValidator<ConsistentEnterprise, Enterprise> {
    private static final IndustryClassification GBT4754 = IndustryClassification.builtIn();

    @Override
    protected void findProblems(Enterprise e, Report report) {
        manufacturingFlag(e, report);
        industrialFlag(e, report);
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

    /**
     * A stated industrial flag agrees with manufacturing (manufacturing is industrial) and with the industry code
     * (sections B, C, D). An absent flag is derived, so it cannot disagree.
     */
    private static void industrialFlag(Enterprise e, Report report) {
        Boolean industrial = e.industrial();
        if (industrial == null) {
            return;
        }
        if (!industrial && e.manufacturing()) {
            report.add(Templates.pieces("ConsistentEnterprise.manufacturingNotIndustrial"), "industrial");
            return;
        }
        String code = e.industryCode();
        if (code == null || IndustryCodeValidator.code(code) != null) {
            return;
        }
        String normalised = GBT4754.normalise(code);
        if (GBT4754.isIndustrial(normalised) != industrial) {
            String name = GBT4754.find(normalised).map(IndustryClass::name)
                    .or(() -> GBT4754.edition2011Only(normalised)).orElse("");
            report.add(Templates.pieces(industrial ? "ConsistentEnterprise.notIndustrial"
                    : "ConsistentEnterprise.industrialFlag", normalised, name), "industrial");
        }
    }

    /**
     * The manufacturing flag agrees with the industry code: manufacturing is section C, divisions 13–43. A code that
     * cannot be read is left to {@code @IndustryCode}.
     */
    private static void manufacturingFlag(Enterprise e, Report report) {
        String code = e.industryCode();
        if (code == null || IndustryCodeValidator.code(code) != null) {
            return;
        }
        String normalised = GBT4754.normalise(code);
        boolean manufacturing = GBT4754.isManufacturing(normalised);
        if (manufacturing != e.manufacturing()) {
            String name = GBT4754.find(normalised).map(IndustryClass::name)
                    .or(() -> GBT4754.edition2011Only(normalised)).orElse("");
            report.add(Templates.pieces(e.manufacturing() ? "ConsistentEnterprise.notManufacturing"
                    : "ConsistentEnterprise.manufacturing", normalised, name), "manufacturing");
        }
    }
}
