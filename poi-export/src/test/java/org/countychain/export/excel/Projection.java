package org.countychain.export.excel;

import java.math.BigDecimal;
import java.util.List;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.RdInstitution;

/** What an enterprise list holds of an enterprise: the model restricted to {@link EnterpriseColumn}. */
final class Projection {
    private Projection() {
    }

    static List<Enterprise> of(List<Enterprise> enterprises) {
        return enterprises.stream().map(Projection::of).toList();
    }

    static Enterprise of(Enterprise e) {
        Enterprise.Builder b = Enterprise.builder(e.creditCode(), e.name(), e.county()).industryCode(e.industryCode())
                .chainIds(e.chainIds()).aboveScale(e.aboveScale()).manufacturing(e.manufacturing())
                .scienceTechSme(e.scienceTechSme()).registeredOn(e.registeredOn()).industryName(e.industryName())
                .industrial(e.industrial()).registeredAddress(e.registeredAddress());
        e.highTechCertificates().forEach(b::highTechCertificate);
        for (AnnualRdFigures y : e.years()) {
            b.year(AnnualRdFigures.builder(y.year()).aboveScale(y.aboveScale()).operatingRevenue(money(y.operatingRevenue()))
                    .rdExpense(money(y.rdExpense())).selfFundedRdExpense(money(y.selfFundedRdExpense()))
                    .domesticRdExpense(money(y.domesticRdExpense()))
                    .highTechProductRevenue(money(y.highTechProductRevenue())).employees(y.employees())
                    .scienceTechStaff(y.scienceTechStaff()).inventionPatents(y.inventionPatents())
                    .coreIpCount(y.coreIpCount())
                    .rdInstitutions(y.rdInstitutions().stream()
                            .map(i -> new RdInstitution(i.name(), null, i.level())).toList())
                    .auxiliaryLedger(y.auxiliaryLedger()).rdReserveFund(y.rdReserveFund())
                    .scienceDepartmentProjects(y.scienceDepartmentProjects()).build());
        }
        return b.build();
    }

    static BigDecimal money(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
