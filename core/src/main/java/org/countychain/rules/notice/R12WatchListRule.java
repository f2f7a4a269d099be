package org.countychain.rules.notice;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.intermediary.Intermediary;
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
import org.jspecify.annotations.Nullable;

/**
 * R12 (四.2): “各级科技管理部门要及时将通报的中介服务机构名单反馈到企业”.
 *
 * <p>Every enterprise whose intermediary of the reporting year (by name or credit code, compared as
 * {@link IntermediaryWatchList#find(String, org.countychain.enterprise.CreditCode)} does) is on the edition of the
 * watch list in force in the reporting year ({@link IntermediaryWatchList#inForce(int)}: the latest published in or
 * before it) of the list for its county: the county's own list, else the input's. No list, or no edition
 * published by then, no findings.
 *
 * @since 0.1.0
 */
public final class R12WatchListRule extends NoticeRule implements EnterpriseRule {
    /**
     * Served by a listed intermediary. Evidence: intermediary (its name as the enterprise gave it, else its credit
     * code), watchListYear (the year the edition concerns), watchListSource, watchListPublished (the year the
     * edition was circulated), listingReason (the reason the list gives for the entry).
     */
    public static final FindingType WATCHED_INTERMEDIARY = BuiltInTypes.type("R12-WATCHED-INTERMEDIARY", "R12",
            Severity.WARNING, "intermediary", "watchListYear", "watchListSource", "watchListPublished",
            "listingReason");

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
        IdentityHashMap<IntermediaryWatchList, Optional<WatchKeys>> keys = new IdentityHashMap<>();
        int year = context.reportingYear();
        List<@Nullable AnnualRdFigures> figures = context.reportingYearFigures();
        List<CountyDataset> counties = context.counties();
        EnterpriseFindings.Builder out = EnterpriseFindings.builder(findingTypes(), context.enterprises(),
                (type, i, payload) -> {
                    // Every row is added with the watch-list hit as its payload.
                    Hit hit = (Hit) Objects.requireNonNull(payload);
                    AnnualRdFigures f = figures.get(i);
                    // A hit matched the intermediary's name or its credit code, so one of them is there.
                    String name = f.intermediary();
                    CreditCode code = f.intermediaryCode();
                    Object given = name != null ? name : code != null ? code.value() : "";
                    return new Object[] {given, hit.edition().year(), hit.edition().source(),
                            hit.edition().publicationYear(), hit.entry().reason()};
                });
        return new EnterpriseScreening() {
            @Override
            public void screen(int county, int from, int to) {
                IntermediaryWatchList list = context.watchList(counties.get(county));
                if (list == null) {
                    return;
                }
                Optional<WatchKeys> k = keys.computeIfAbsent(list,
                        l -> l.inForce(year).map(e -> new WatchKeys(e)));
                if (k.isEmpty()) {
                    return;
                }
                IntermediaryWatchList edition = list.inForce(year).orElseThrow();
                for (int i = from; i < to; i++) {
                    AnnualRdFigures f = figures.get(i);
                    if (f == null || (f.intermediary() == null && f.intermediaryCode() == null)) {
                        continue;
                    }
                    Intermediary entry = k.get().find(f.intermediary(), f.intermediaryCode());
                    if (entry != null) {
                        out.add(0, i, new Hit(edition, entry));
                    }
                }
            }

            @Override
            public List<Finding> finish() {
                return out.build();
            }
        };
    }

    /** The edition in force and the entry an enterprise's intermediary matched. */
    private record Hit(IntermediaryWatchList edition, Intermediary entry) {
    }
}
