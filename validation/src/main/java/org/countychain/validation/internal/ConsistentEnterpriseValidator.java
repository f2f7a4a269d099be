package org.countychain.validation.internal;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.Incentive;
import org.countychain.validation.constraints.ConsistentEnterprise;

/**
 * {@link ConsistentEnterprise}: a year that claims the high-tech tax reduction has a certificate valid in it.
 */
public final class ConsistentEnterpriseValidator implements ConstraintValidator<ConsistentEnterprise, Enterprise> {
    private boolean detailed;

    @Override
    public void initialize(ConsistentEnterprise annotation) {
        detailed = Report.isDefault(annotation.message(), "ConsistentEnterprise");
    }

    @Override
    public boolean isValid(Enterprise e, ConstraintValidatorContext context) {
        if (e == null) {
            return true;
        }
        Report report = null;
        List<AnnualRdFigures> years = e.years();
        for (int i = 0; i < years.size(); i++) {
            AnnualRdFigures f = years.get(i);
            if (f.incentivesUsed().contains(Incentive.HIGH_TECH_TAX_REDUCTION) && !e.isHighTechDuring(f.year())) {
                if (report == null) {
                    report = new Report(context, detailed);
                }
                report.add(Templates.pieces("ConsistentEnterprise.highTechClaimWithoutCertificate", f.year()),
                        "years", i, "incentivesUsed");
            }
        }
        return report == null;
    }
}
