package org.countychain.rules.notice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.internal.UnitTally;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Share;
import org.countychain.rules.model.Subject;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * FC (二, heading): “实施规上制造业企业研发活动、研发机构‘全覆盖两提升’行动”. The heading of section 二 has no row in
 * the domain's rule table (R5–R9 are its sentences), so it has an id of its own: {@code FC}, for 全覆盖.
 *
 * <p>{@code FC-COVERAGE} per chain, per county unit and in total when more than one unit is screened: among the
 * manufacturing enterprises above scale in the year ({@code Enterprise.isAboveScaleIn}) with figures for it, how many have R&amp;D activity (R&amp;D expense
 * above zero) and how many an R&amp;D institution, this year and last year, as exact counts with shares, and the
 * change of each share in percentage points. An enterprise on several chains counts on each.
 *
 * @since 0.1.0
 */
public final class FullCoverageRule extends NoticeRule implements EnterpriseRule {
    /** Coverage this year against last year. */
    public static final FindingType COVERAGE = BuiltInTypes.type("FC-COVERAGE", "FC", Severity.INFO,
            "enterprises", "withRdActivity", "rdActivityPercent", "withRdInstitution", "rdInstitutionPercent",
            "enterprisesLastYear", "withRdActivityLastYear", "rdActivityPercentLastYear",
            "withRdInstitutionLastYear", "rdInstitutionPercentLastYear", "rdActivityChange",
            "rdInstitutionChange");

    /**
     * Creates the rule.
     */
    public FullCoverageRule() {
        super("FC", "二", COVERAGE);
    }

    /** Counters of a unit or chain. */
    private static final class Counts {
        int n;
        int rd;
        int institution;
        int lastN;
        int lastRd;
        int lastInstitution;

        void add(Counts o) {
            n += o.n;
            rd += o.rd;
            institution += o.institution;
            lastN += o.lastN;
            lastRd += o.lastRd;
            lastInstitution += o.lastInstitution;
        }
    }

    @Override
    public EnterpriseScreening start(RuleContext context) {
        return visit(context);
    }

    private EnterpriseScreening visit(RuleContext context) {
        UnitTally<Counts> tally = new UnitTally<>(i -> new Counts());
        List<Finding> out = new ArrayList<>();
        List<Enterprise> all = context.enterprises();
        List<@Nullable AnnualRdFigures> current = context.reportingYearFigures();
        List<@Nullable AnnualRdFigures> previous = context.previousYearFigures();
        List<CountyDataset> counties = context.counties();
        return new EnterpriseScreening() {
            private final Counts scratch = new Counts();
            private int county = -1;
            private @Nullable Counts unit;
            private @Nullable ChainCounts chains;

            @Override
            public void screen(int countyIndex, int from, int to) {
                if (countyIndex != county || unit == null || chains == null) {
                    endCounty();
                    county = countyIndex;
                    CountyDataset c = counties.get(county);
                    unit = tally.of(context.divisions(), c);
                    chains = new ChainCounts(c.chains());
                }
                for (int i = from; i < to; i++) {
                    Enterprise e = all.get(i);
                    if (!e.manufacturing()) {
                        continue;
                    }
                    AnnualRdFigures f = current.get(i);
                    AnnualRdFigures last = previous.get(i);
                    // Each year counts the enterprises above scale in that year.
                    boolean inScope = f != null && e.isAboveScaleIn(f);
                    boolean inScopeLastYear = last != null && e.isAboveScaleIn(last);
                    if (!inScope && !inScopeLastYear) {
                        continue;
                    }
                    scratch.n = scratch.rd = scratch.institution = 0;
                    scratch.lastN = scratch.lastRd = scratch.lastInstitution = 0;
                    if (inScope) {
                        scratch.n = 1;
                        scratch.rd = f.hasRdInvestment() ? 1 : 0;
                        scratch.institution = f.hasRdInstitution() ? 1 : 0;
                    }
                    if (inScopeLastYear) {
                        scratch.lastN = 1;
                        scratch.lastRd = last.hasRdInvestment() ? 1 : 0;
                        scratch.lastInstitution = last.hasRdInstitution() ? 1 : 0;
                    }
                    unit.add(scratch);
                    List<String> ids = e.chainIds();
                    for (int k = 0; k < ids.size(); k++) {
                        Counts c = chains.get(ids.get(k));
                        if (c != null) {
                            c.add(scratch);
                        }
                    }
                }
            }

            /** The chain findings of the county just finished. */
            private void endCounty() {
                if (chains != null) {
                    for (IndustryChain c : counties.get(county).chains()) {
                        // Every chain of the county has its counters (ChainCounts is built from the same list).
                        Counts counts = chains.get(c.id());
                        if (counts != null) {
                            out.add(finding(Subject.chain(c), counts));
                        }
                    }
                }
            }

            @Override
            public List<Finding> finish() {
                endCounty();
                tally.report(out::add, FullCoverageRule::finding, new Counts(), Counts::add);
                return out;
            }
        };
    }

    /**
     * The counters of a county's chains by chain id: a county has two or three chains, so a scan of their ids
     * (the same string objects the enterprises' chain-id lists hold, as a rule) beats hashing. Chains with the same
     * id share one counter, as they would in a map.
     */
    private static final class ChainCounts {
        private final String[] ids;
        private final Counts[] counts;

        ChainCounts(List<IndustryChain> chains) {
            ids = new String[chains.size()];
            counts = new Counts[chains.size()];
            for (int k = 0; k < ids.length; k++) {
                String id = chains.get(k).id();
                Counts existing = get(id);
                ids[k] = id;
                counts[k] = existing != null ? existing : new Counts();
            }
        }

        @Nullable Counts get(String id) {
            for (int k = 0; k < ids.length; k++) {
                if (ids[k] == id) {
                    return counts[k];
                }
            }
            for (int k = 0; k < ids.length; k++) {
                if (ids[k] != null && ids[k].equals(id)) {
                    return counts[k];
                }
            }
            return null;
        }
    }

    private static Finding finding(Subject subject, Counts c) {
        return Finding.of(COVERAGE, subject, c.n, c.rd, Share.of(c.rd, c.n), c.institution,
                Share.of(c.institution, c.n), c.lastN, c.lastRd, Share.of(c.lastRd, c.lastN), c.lastInstitution,
                Share.of(c.lastInstitution, c.lastN), change(c.rd, c.n, c.lastRd, c.lastN),
                change(c.institution, c.n, c.lastInstitution, c.lastN));
    }

    /** a/b − c/d in percentage points, exactly: (a·d − c·b) / (b·d); {@code null} when a share is undefined. */
    private static @Nullable Share change(long a, long b, long c, long d) {
        if (b == 0 || d == 0) {
            return null;
        }
        return Share.of(BigDecimal.valueOf(a * d - c * b), BigDecimal.valueOf(b * d));
    }
}
