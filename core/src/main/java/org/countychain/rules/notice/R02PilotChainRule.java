package org.countychain.rules.notice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * registry is empty: no findings from it until a registry is loaded.
 *
 * <p>A chain a county's data set marks as a pilot chain ({@code pilot: true}) needs such a report too, whether or
 * not a registry lists it; the finding then names the data set as its source ({@link #DATA_SET_SOURCE}).
 *
 * @since 0.1.0
 */
public final class R02PilotChainRule extends NoticeRule {
    /** A required chain without a report. Evidence: requiredChain, registrySource. */
    public static final FindingType MISSING_CHAIN = BuiltInTypes.type("R2-MISSING-CHAIN", "R2", Severity.ERROR,
            "requiredChain", "registrySource");

    /** The registry source named by a finding about a chain the data set itself marks as a pilot chain. */
    public static final String DATA_SET_SOURCE = "县域数据集（试点产业链标记）";

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
        boolean marked = context.counties().stream().anyMatch(c -> c.chains().stream()
                .anyMatch(IndustryChain::markedPilot));
        if (registry.counties().isEmpty() && !marked) {
            return out;
        }
        Map<String, List<ResearchReport>> covering =
                ReportCoverage.byCoveredUnit(context.reports(), context.reportingYear(), context.divisions());
        for (ReportingUnit unit : context.countyUnitsInScope()) {
            List<ResearchReport> reports = covering.getOrDefault(unit.id(), List.of());
            Set<String> named = new HashSet<>();
            PilotRegistry.PilotCounty listed = ReportCoverage.pilotOf(registry, unit, context.divisions())
                    .orElse(null);
            if (listed != null) {
                listed.chains().forEach(r -> named.add(r.name()));
            }
            for (CountyDataset c : context.counties()) {
                if (!c.unitId().equals(unit.id())) {
                    continue;
                }
                for (IndustryChain chain : c.chains()) {
                    boolean reported = reports.stream().anyMatch(r -> chain.id().equals(r.chainId())
                            || chain.name().equals(r.chainName()) || chain.aliases().contains(r.chainName()));
                    // A chain the registry lists too is reported once, under the registry.
                    if (chain.markedPilot() && !reported && !named.contains(chain.name())) {
                        out.add(Finding.of(MISSING_CHAIN, Subject.unit(unit), chain.name(), DATA_SET_SOURCE));
                    }
                }
            }
        }
        if (registry.counties().isEmpty()) {
            return out;
        }
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
