package org.countychain.rules.notice;

import java.util.ArrayList;
import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
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
 * R9 (二.2): “鼓励企业建立研发准备金制度”.
 *
 * <p>Coverage of R&amp;D reserve-fund systems per county unit, and in total when more than one unit is screened
 * ({@code R9-COVERAGE}): among above-scale enterprises and among high-tech enterprises (under
 * {@code highTechValidity}), how many report a reserve fund for the reporting year. The denominators count every
 * such enterprise, reported or not; only a reported "yes" counts as covered.
 *
 * @since 0.1.0
 */
public final class R09ReserveFundRule extends NoticeRule implements EnterpriseRule {
    /** Coverage. Evidence: aboveScaleEnterprises, aboveScaleWithReserveFund, aboveScaleReserveFundPercent,
     * highTechEnterprises, highTechWithReserveFund, highTechReserveFundPercent. */
    public static final FindingType COVERAGE = BuiltInTypes.type("R9-COVERAGE", "R9", Severity.INFO,
            "aboveScaleEnterprises", "aboveScaleWithReserveFund", "aboveScaleReserveFundPercent",
            "highTechEnterprises", "highTechWithReserveFund", "highTechReserveFundPercent");

    /**
     * Creates the rule.
     */
    public R09ReserveFundRule() {
        super("R9", "二.2", COVERAGE);
    }

    /** Counters of one unit. */
    private static final class Counts {
        int aboveScale;
        int aboveScaleWith;
        int highTech;
        int highTechWith;

        void add(Counts o) {
            aboveScale += o.aboveScale;
            aboveScaleWith += o.aboveScaleWith;
            highTech += o.highTech;
            highTechWith += o.highTechWith;
        }
    }

    @Override
    public EnterpriseScreening start(RuleContext context) {
        return visit(context);
    }

    private EnterpriseScreening visit(RuleContext context) {
        UnitTally<Counts> tally = new UnitTally<>(i -> new Counts());
        List<@Nullable AnnualRdFigures> figures = context.reportingYearFigures();
        List<@Nullable HighTechCertificate> certificates = context.highTechCertificates();
        List<Enterprise> all = context.enterprises();
        List<CountyDataset> counties = context.counties();
        return new EnterpriseScreening() {
            @Override
            public void screen(int county, int from, int to) {
                Counts c = tally.of(context.divisions(), counties.get(county));
                for (int i = from; i < to; i++) {
                    Enterprise e = all.get(i);
                    boolean highTech = certificates.get(i) != null;
                    AnnualRdFigures f = figures.get(i);
                    boolean aboveScale = e.isAboveScaleIn(f);
                    if (!aboveScale && !highTech) {
                        continue;
                    }
                    boolean fund = f != null && Boolean.TRUE.equals(f.rdReserveFund());
                    if (aboveScale) {
                        c.aboveScale++;
                        c.aboveScaleWith += fund ? 1 : 0;
                    }
                    if (highTech) {
                        c.highTech++;
                        c.highTechWith += fund ? 1 : 0;
                    }
                }
            }

            @Override
            public List<Finding> finish() {
                List<Finding> out = new ArrayList<>();
                tally.report(out::add, R09ReserveFundRule::finding, new Counts(), Counts::add);
                return out;
            }
        };
    }

    private static Finding finding(Subject subject, Counts c) {
        return Finding.of(COVERAGE, subject, c.aboveScale, c.aboveScaleWith, Share.of(c.aboveScaleWith, c.aboveScale),
                c.highTech, c.highTechWith, Share.of(c.highTechWith, c.highTech));
    }
}
