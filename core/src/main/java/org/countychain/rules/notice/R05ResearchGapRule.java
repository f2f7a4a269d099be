package org.countychain.rules.notice;

import java.util.ArrayList;
import java.util.List;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.internal.EnterpriseFindings;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.ResearchGap;
import org.countychain.rules.model.Severity;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * R5 (二.1): “对无研发投入、无研发机构、无发明专利的规上制造业企业建立‘一对一’‘点对点’工作对接服务机制”.
 *
 * <p>For every manufacturing enterprise above scale in the reporting year (its status of that year) with figures for it, the gap set
 * {@link ResearchGap}: {@code NO_RD_INVESTMENT} when the R&amp;D expense is zero or not reported,
 * {@code NO_RD_INSTITUTION} when no institution is listed, {@code NO_INVENTION_PATENT} when the count of
 * invention patents is zero or not reported. Not reported counts as "none": the service's first job is to find
 * out. An enterprise with at least one gap is on the service list ({@code R5-SERVICE}) with its contact; one
 * with no figures for the year at all is a data finding ({@code R5-NO-FIGURES}) instead.
 *
 * @since 0.1.0
 */
public final class R05ResearchGapRule extends NoticeRule implements EnterpriseRule {
    /** On the one-on-one service list. Evidence: gaps, gapCount, rdExpense, rdInstitutions, inventionPatents,
     * serviceContact. */
    public static final FindingType SERVICE = BuiltInTypes.type("R5-SERVICE", "R5", Severity.ACTION,
            "gaps", "gapCount", "rdExpense", "rdInstitutions", "inventionPatents", "serviceContact");
    /** No figures for the reporting year. Evidence: reportingYear. */
    public static final FindingType NO_FIGURES = BuiltInTypes.type("R5-NO-FIGURES", "R5", Severity.WARNING,
            "reportingYear");

    /** The gap sets by bit mask (1 investment, 2 institution, 4 patent): shared, immutable. */
    private static final List<List<ResearchGap>> GAP_SETS = gapSets();
    private static final Integer[] COUNTS = {0, 1, 2, 3};
    private static final int SERVICE_ROW = 0;
    private static final int NO_FIGURES_ROW = 1;

    /**
     * Creates the rule.
     */
    public R05ResearchGapRule() {
        super("R5", "二.1", SERVICE, NO_FIGURES);
    }

    private static List<List<ResearchGap>> gapSets() {
        List<List<ResearchGap>> sets = new ArrayList<>();
        ResearchGap[] all = ResearchGap.values();
        for (int mask = 0; mask < 8; mask++) {
            List<ResearchGap> set = new ArrayList<>();
            for (int bit = 0; bit < 3; bit++) {
                if ((mask & (1 << bit)) != 0) {
                    set.add(all[bit]);
                }
            }
            sets.add(List.copyOf(set));
        }
        return List.copyOf(sets);
    }

    @Override
    public EnterpriseScreening start(RuleContext context) {
        return visit(context);
    }

    private EnterpriseScreening visit(RuleContext context) {
        Integer yearValue = context.reportingYear();
        List<Enterprise> enterprises = context.enterprises();
        List<@Nullable AnnualRdFigures> figures = context.reportingYearFigures();
        // Rows only: the evidence is read from the enterprise and its figures when a finding is read.
        EnterpriseFindings.Builder out = EnterpriseFindings.builder(findingTypes(), enterprises, (type, i, payload) -> {
            if (type == NO_FIGURES_ROW) {
                return new Object[] {yearValue};
            }
            Enterprise e = enterprises.get(i);
            AnnualRdFigures f = figures.get(i);
            int mask = gaps(f);
            return new Object[] {GAP_SETS.get(mask), COUNTS[Integer.bitCount(mask)], f.rdExpense(),
                f.rdInstitutions().size(), f.inventionPatents(), e.serviceContact()};
        });
        return new EnterpriseScreening() {
            @Override
            public void screen(int county, int from, int to) {
                for (int i = from; i < to; i++) {
                    Enterprise e = enterprises.get(i);
                    AnnualRdFigures f = figures.get(i);
                    // The status of the reporting year: an enterprise may have grown above scale in it.
                    if (!e.manufacturing() || !e.isAboveScaleIn(f)) {
                        continue;
                    }
                    if (f == null) {
                        out.add(NO_FIGURES_ROW, i);
                    } else if (gaps(f) != 0) {
                        out.add(SERVICE_ROW, i);
                    }
                }
            }

            @Override
            public List<Finding> finish() {
                return out.build();
            }
        };
    }

    /** The gap set as a bit mask: 1 no investment, 2 no institution, 4 no invention patent. */
    private static int gaps(AnnualRdFigures f) {
        return (f.hasRdInvestment() ? 0 : 1) | (f.hasRdInstitution() ? 0 : 2) | (f.hasInventionPatent() ? 0 : 4);
    }
}
