package org.countychain.rules.notice;

import java.util.IdentityHashMap;
import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.internal.EnterpriseFindings;
import org.countychain.rules.internal.WatchKeys;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.RuleContext;

/**
 * R12 (四.2): “各级科技管理部门要及时将通报的中介服务机构名单反馈到企业”.
 *
 * <p>Every enterprise whose intermediary of the reporting year (by name or credit code, compared as
 * {@link IntermediaryWatchList#lists(String)} does) is on the watch list in force for its county: the county's
 * own list, else the input's. No list, no findings.
 *
 * @since 0.1.0
 */
public final class R12WatchListRule extends NoticeRule implements EnterpriseRule {
    /** Served by a listed intermediary. Evidence: intermediary, watchListYear, watchListSource. */
    public static final FindingType WATCHED_INTERMEDIARY = BuiltInTypes.type("R12-WATCHED-INTERMEDIARY", "R12",
            Severity.WARNING, "intermediary", "watchListYear", "watchListSource");

    /**
     * Creates the rule.
     */
    public R12WatchListRule() {
        super("R12", "四.2", WATCHED_INTERMEDIARY);
    }

    @Override
    public EnterpriseScreening start(RuleContext context) {
        return visit(context);
    }

    private EnterpriseScreening visit(RuleContext context) {
        IdentityHashMap<IntermediaryWatchList, WatchKeys> keys = new IdentityHashMap<>();
        List<AnnualRdFigures> figures = context.reportingYearFigures();
        List<CountyDataset> counties = context.counties();
        EnterpriseFindings.Builder out = EnterpriseFindings.builder(findingTypes(), context.enterprises(),
                (type, i, payload) -> {
                    IntermediaryWatchList list = (IntermediaryWatchList) payload;
                    return new Object[] {figures.get(i).intermediary(), list.year(), list.source()};
                });
        return new EnterpriseScreening() {
            @Override
            public void screen(int county, int from, int to) {
                IntermediaryWatchList list = context.watchList(counties.get(county));
                if (list == null || list.entries().isEmpty()) {
                    return;
                }
                WatchKeys k = keys.computeIfAbsent(list, WatchKeys::new);
                for (int i = from; i < to; i++) {
                    AnnualRdFigures f = figures.get(i);
                    if (f != null && f.intermediary() != null && k.lists(f.intermediary())) {
                        out.add(0, i, list);
                    }
                }
            }

            @Override
            public List<Finding> finish() {
                return out.build();
            }
        };
    }
}
