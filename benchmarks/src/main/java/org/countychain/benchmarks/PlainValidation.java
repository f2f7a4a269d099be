package org.countychain.benchmarks;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.countychain.chain.Achievement;
import org.countychain.chain.ChainActor;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.Division;
import org.countychain.division.DivisionCode;
import org.countychain.division.DivisionLevel;
import org.countychain.division.Divisions;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.Incentive;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.intermediary.Intermediary;
import org.countychain.platform.InnovationPlatform;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;
import org.countychain.validation.internal.PhoneNumbers;

/**
 * The baseline: the default (draft) group's rules written by hand in plain Java, walking the same objects the
 * facade walks, counting violations instead of describing them. It is what the facade's overhead is measured
 * against; it shares only the leaf checks that are themselves plain Java ({@link CreditCode#isValid},
 * {@link PhoneNumbers#isValid}).
 */
final class PlainValidation {
    private static final BigDecimal MAX_YUAN = new BigDecimal("10000000000000");
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final Divisions divisions = Divisions.fujian();
    private final ReportTemplates templates = ReportTemplates.builtIn();
    private int violations;

    /**
     * Counts the violations of a province data set.
     *
     * @param province the data
     * @return the number of violations (errors and warnings)
     */
    int validate(ProvinceDataset province) {
        violations = 0;
        for (CountyDataset county : province.counties()) {
            county(county);
        }
        if (province.watchList() != null) {
            for (Intermediary i : province.watchList().entries()) {
                creditCode(i.creditCode());
            }
        }
        return violations;
    }

    private void county(CountyDataset d) {
        Map<String, IndustryChain> chains = new HashMap<>();
        for (IndustryChain c : d.chains()) {
            chains.put(c.id(), c);
            county(c.county());
            if (c.map() != null) {
                for (ChainStage s : c.map().stages()) {
                    for (ChainLink l : s.links()) {
                        for (ChainActor a : l.actors()) {
                            creditCode(a.creditCode());
                        }
                    }
                }
            }
        }
        for (Enterprise e : d.enterprises()) {
            enterprise(e);
            chainIds(chains, e.chainIds());
        }
        for (TalentTeam t : d.teams()) {
            team(t);
            chainIds(chains, t.chainIds());
        }
        for (InnovationPlatform p : d.platforms()) {
            county(p.county());
            creditCode(p.operator());
            chainIds(chains, p.chainIds());
        }
        Map<String, Set<String>> links = new HashMap<>();
        for (TechnologyDemand t : d.demands()) {
            county(t.county());
            creditCode(t.proposerCode());
            chainAndLink(chains, links, t.chainId(), t.linkId());
        }
        for (Achievement a : d.achievements()) {
            chainAndLink(chains, links, a.chainId(), a.linkId());
        }
        for (ResearchReport r : d.reports()) {
            report(r);
            if (!chains.containsKey(r.chainId())) {
                violations++;
            }
        }
        if (d.watchList() != null) {
            for (Intermediary i : d.watchList().entries()) {
                creditCode(i.creditCode());
            }
        }
    }

    private void chainIds(Map<String, IndustryChain> chains, List<String> ids) {
        for (String id : ids) {
            if (!chains.containsKey(id)) {
                violations++;
            }
        }
    }

    private void chainAndLink(Map<String, IndustryChain> chains, Map<String, Set<String>> links, String chainId,
                              String linkId) {
        if (chainId == null) {
            return;
        }
        IndustryChain chain = chains.get(chainId);
        if (chain == null) {
            violations++;
            return;
        }
        if (linkId == null || chain.map() == null) {
            return;
        }
        Set<String> ids = links.computeIfAbsent(chainId, k -> {
            Set<String> s = new HashSet<>();
            chain.map().links().forEach(l -> s.add(l.id()));
            return s;
        });
        if (!ids.contains(linkId)) {
            violations++;
        }
    }

    private void enterprise(Enterprise e) {
        creditCode(e.creditCode());
        county(e.county());
        for (HighTechCertificate c : e.highTechCertificates()) {
            if (c.validUntil() != null && (c.issuedOn().isAfter(c.validUntil())
                    || c.validUntil().isAfter(c.issuedOn().plusYears(3)))) {
                violations++;
            }
        }
        if (e.serviceContact() != null) {
            phone(e.serviceContact().phone());
        }
        for (AnnualRdFigures f : e.years()) {
            if (f.incentivesUsed().contains(Incentive.HIGH_TECH_TAX_REDUCTION) && !e.isHighTechDuring(f.year())) {
                violations++;
            }
            figures(f);
        }
    }

    private void figures(AnnualRdFigures f) {
        yuan(f.operatingRevenue());
        yuan(f.rdExpense());
        yuan(f.selfFundedRdExpense());
        yuan(f.domesticRdExpense());
        yuan(f.highTechProductRevenue());
        BigDecimal rd = f.rdExpense();
        BigDecimal revenue = f.operatingRevenue();
        above(f.selfFundedRdExpense(), rd);
        above(f.domesticRdExpense(), rd);
        if (!f.rdAboveRevenueExplained()) {
            above(rd, revenue);
        }
        above(f.highTechProductRevenue(), revenue);
        if (f.scienceTechStaff() != null && f.employees() != null && f.scienceTechStaff() > f.employees()) {
            violations++;
        }
        if (f.auxiliaryLedgerStyle() != null && !Boolean.TRUE.equals(f.auxiliaryLedger())) {
            violations++;
        }
        if (f.statisticsReport() != null) {
            statistics(f.statisticsReport());
        }
    }

    private void statistics(RdStatisticsReport r) {
        BigDecimal total = r.rdExpenditure();
        yuan(total);
        RdStatisticsReport.Staff staff = r.staff();
        Integer staffTotal = staff == null ? null : staff.total();
        if (staffTotal != null) {
            above(staff.managementAndService(), staffTotal);
            above(staff.female(), staffTotal);
            above(staff.fullTime(), staffTotal);
            above(staff.bachelorOrAbove(), staffTotal);
            above(staff.external(), staffTotal);
        }
        RdStatisticsReport.Institutions inst = r.institutions();
        if (inst != null) {
            yuan(inst.expenditure());
            yuan(inst.equipmentValue());
            if (staffTotal != null) {
                above(inst.staff(), staffTotal);
            }
            if (inst.doctors() != null || inst.masters() != null) {
                int graduates = nz(inst.doctors()) + nz(inst.masters());
                above(graduates, inst.staff());
                above(graduates, staff == null ? null : staff.bachelorOrAbove());
            }
            above(inst.expenditure(), total);
            if (inst.equipmentValue() != null && inst.equipmentValue().signum() > 0 && inst.count() != null
                    && inst.count() == 0) {
                violations++;
            }
        }
        RdStatisticsReport.Expenses x = r.expenses();
        if (x != null) {
            yuan(x.staffCost());
            yuan(x.directInputs());
            yuan(x.depreciation());
            yuan(x.amortisation());
            yuan(x.design());
            yuan(x.equipmentAndTrials());
            yuan(x.commissioned());
            yuan(x.other());
            yuan(x.commissionedToInstitutes());
            yuan(x.commissionedToUniversities());
            yuan(x.commissionedToEnterprises());
            yuan(x.commissionedAbroad());
            if (total != null && any(x.staffCost(), x.directInputs(), x.depreciation(), x.amortisation(), x.design(),
                    x.equipmentAndTrials(), x.commissioned(), x.other())) {
                BigDecimal sum = sum(x.staffCost(), x.directInputs(), x.depreciation(), x.amortisation(), x.design(),
                        x.equipmentAndTrials(), x.commissioned(), x.other());
                if (sum.compareTo(total) != 0) {
                    violations++;
                }
            }
            if (staffTotal != null && x.staffCost() != null
                    && (staffTotal > 0) != (x.staffCost().signum() > 0)) {
                violations++;
            }
            if (x.commissioned() != null && any(x.commissionedToInstitutes(), x.commissionedToUniversities(),
                    x.commissionedToEnterprises(), x.commissionedAbroad())
                    && sum(x.commissionedToInstitutes(), x.commissionedToUniversities(), x.commissionedToEnterprises(),
                    x.commissionedAbroad()).compareTo(x.commissioned()) != 0) {
                violations++;
            }
        }
        RdStatisticsReport.Assets a = r.assets();
        if (a != null) {
            yuan(a.fixedAssetsFormed());
            yuan(a.equipment());
            above(a.equipment(), a.fixedAssetsFormed());
        }
        RdStatisticsReport.Outputs o = r.outputs();
        if (o != null) {
            yuan(o.newProductRevenue());
            yuan(o.newProductExports());
            above(o.inventionApplications(), o.patentApplications());
            above(o.implementedInventionPatents(), o.validInventionPatents());
            above(o.newProductExports(), o.newProductRevenue());
        }
        RdStatisticsReport.Funding f = r.funding();
        if (f != null) {
            yuan(f.selfFunded());
            yuan(f.government());
            yuan(f.bankLoans());
            yuan(f.ventureCapital());
            yuan(f.other());
            if (total != null && any(f.selfFunded(), f.government(), f.bankLoans(), f.ventureCapital(), f.other())
                    && sum(f.selfFunded(), f.government(), f.bankLoans(), f.ventureCapital(), f.other())
                    .compareTo(total) != 0) {
                violations++;
            }
        }
    }

    private void team(TalentTeam t) {
        county(t.county());
        Set<String> seen = new HashSet<>();
        String leader = t.leader() == null ? null : t.leader().name() + '\u0000' + t.leader().organisation();
        if (t.leader() != null) {
            phone(t.leader().phone());
        }
        for (Commissioner m : t.members()) {
            String id = m.name() + '\u0000' + m.organisation();
            if (id.equals(leader) || !seen.add(id)) {
                violations++;
            }
            phone(m.phone());
        }
        if (t.mode() == TeamMode.ONE_CHAIN_ONE_TEAM && t.chainIds().size() > 1) {
            violations++;
        }
        for (ChallengeTask task : t.tasks()) {
            yuan(task.funding());
        }
    }

    private void report(ResearchReport r) {
        ReportTemplate template = templates.edition(r.templateEdition()).orElse(null);
        if (template == null) {
            violations++;
        } else {
            for (ReportItem item : r.items()) {
                if (template.item(item.itemId()).isEmpty()) {
                    violations++;
                }
            }
        }
        for (DivisionCode c : r.coveredCounties()) {
            county(c);
        }
    }

    private void county(DivisionCode code) {
        if (code == null) {
            return;
        }
        Division d = divisions.find(code).orElse(null);
        if (d == null || d.level() != DivisionLevel.COUNTY) {
            violations++;
        }
    }

    private void creditCode(CreditCode code) {
        if (code == null) {
            return;
        }
        String v = code.value();
        if (!CreditCode.isValid(v)) {
            violations++;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = v.charAt(8 + i);
            sum += (c <= '9' ? c - '0' : c - 'A' + 10) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        if (v.charAt(16) != expected) {
            violations++;
        }
    }

    private void phone(String phone) {
        if (phone != null && !PhoneNumbers.isValid(phone)) {
            violations++;
        }
    }

    private void yuan(BigDecimal v) {
        if (v != null && (v.signum() < 0 || v.scale() > 2 && v.stripTrailingZeros().scale() > 2
                || v.compareTo(MAX_YUAN) > 0)) {
            violations++;
        }
    }

    private void above(BigDecimal part, BigDecimal total) {
        if (part != null && total != null && part.compareTo(total) > 0) {
            violations++;
        }
    }

    private void above(Integer part, Integer total) {
        if (part != null && total != null && part > total) {
            violations++;
        }
    }

    private static int nz(Integer v) {
        return v == null ? 0 : v;
    }

    private static boolean any(BigDecimal... values) {
        for (BigDecimal v : values) {
            if (v != null) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal sum(BigDecimal... values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                sum = sum.add(v);
            }
        }
        return sum;
    }
}
