package org.countychain.rules.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.ReportingUnit;
import org.countychain.report.ResearchReport;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.internal.ReportCoverage;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Subject;
import org.countychain.rules.spi.RuleContext;

/**
 * R2 (一.1): “《福建省工业和信息化厅关于印发全省县域重点产业链试点县（区）工作方案的通知》中十个试点县需梳理所列的重点产业链
 * 并完成《调研报告》”.
 *
 * <p>For every pilot county of the {@link PilotRegistry} that is in scope, every chain the registry lists for it
 * needs a report of the reporting year that covers the county (its own or a consolidated one, as in R1) and is
 * about that chain: the report's chain name, or the name, an alias or the industry code of the county's chain
 * with the report's chain id, matches the registry's chain ({@code R2-MISSING-CHAIN} otherwise). The default
 * registry is empty: no findings until a registry is loaded.
 *
 * @since 0.1.0
 */
public final class R02PilotChainRule extends NoticeRule {
    /** A required chain without a report. Evidence: requiredChain, registrySource. */
    public static final FindingType MISSING_CHAIN = BuiltInTypes.type("R2-MISSING-CHAIN", "R2", Severity.ERROR,
            "requiredChain", "registrySource");

    /**
     * Creates the rule.
     */
    public R02PilotChainRule() {
        super("R2", "一.1", MISSING_CHAIN);
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        PilotRegistry registry = context.pilotRegistry();
        List<Finding> out = new ArrayList<>();
        if (registry.counties().isEmpty()) {
            return out;
        }
        Map<String, List<ResearchReport>> covering =
                ReportCoverage.byCoveredUnit(context.reports(), context.reportingYear(), context.divisions());
        for (ReportingUnit unit : context.countyUnitsInScope()) {
            PilotRegistry.PilotCounty pilot = ReportCoverage.pilotOf(registry, unit, context.divisions()).orElse(null);
            if (pilot == null) {
                continue;
            }
            List<IndustryChain> chains = new ArrayList<>();
            for (CountyDataset c : context.counties()) {
                if (c.unitId().equals(unit.id())) {
                    chains.addAll(c.chains());
                }
            }
            for (PilotRegistry.RequiredChain required : ReportCoverage.missingChains(pilot,
                    covering.getOrDefault(unit.id(), List.of()), chains)) {
                out.add(Finding.of(MISSING_CHAIN, Subject.unit(unit), required.name(), registry.source()));
            }
        }
        return out;
    }
}
