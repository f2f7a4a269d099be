package org.countychain.rules.notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.Incentive;
import org.countychain.enterprise.ServiceContact;
import org.countychain.rules.internal.BuiltInTypes;
import org.countychain.rules.internal.EnterpriseFindings;
import org.countychain.rules.internal.UnitTally;
import org.countychain.rules.model.CertificateValidity;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.HighTechCriterion;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.ScienceTechSmeDefinition;
import org.countychain.rules.model.Share;
import org.countychain.rules.model.Subject;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * R11 (四.1): “对辖区内所有有效期内的高新技术企业开展一次入企普查服务……实现高新技术企业建立研发辅助帐的全覆盖，享受税收优惠政策
 * 的全覆盖。加大对县域重点产业链规上企业的培育、辅导，实现将产业链规上科技型企业全部培育成高新技术企业”.
 *
 * <ul>
 *   <li>{@code R11-COVERAGE}, per county unit and in total when more than one: among high-tech enterprises
 *       (under {@code highTechValidity}, default: valid on some day of the year), how many keep an auxiliary
 *       ledger, use the income-tax reduction, use the super-deduction (reported "yes" only).</li>
 *   <li>{@code R11-NO-LEDGER}: a high-tech enterprise that does not report keeping an auxiliary ledger.</li>
 *   <li>{@code R11-CERTIFICATE-EXPIRES}: a high-tech enterprise in the year with no certificate valid on
 *       31 December: it must be recognised again (a certificate valid until 2024-06-30 makes it a high-tech
 *       enterprise for 2024 under the default, and puts it here).</li>
 *   <li>{@code R11-CULTIVATE}: an enterprise above-scale in the year, on at least one chain, with no high-tech
 *       certificate valid in the year, that is an S&amp;T SME (科技型中小企业) under
 *       {@link org.countychain.rules.model.RuleSettings#scienceTechSmeDefinition()} (default: the enterprise's
 *       {@code scienceTechSme} flag, registered under 国科发政〔2017〕115号), with where it stands against each
 *       {@link HighTechCriterion} and the definition applied.</li>
 *   <li>{@code R11-VISIT}: every high-tech enterprise of the year (under {@code highTechValidity}, the same
 *       enterprises {@code R11-COVERAGE} counts), chain or not, for the 入企普查 visit: the certificate valid in the
 *       year that ends last (its number, issue date and last valid day) and the enterprise's service contact with
 *       the contact's role and talent team. The high-tech visit list
 *       ({@link org.countychain.rules.NoticeList#HIGH_TECH_VISITS}).</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class R11HighTechRule extends NoticeRule implements EnterpriseRule {
    /** Coverage. Evidence: highTechEnterprises, withAuxiliaryLedger, auxiliaryLedgerPercent, usingTaxReduction,
     * taxReductionPercent, usingSuperDeduction, superDeductionPercent. */
    public static final FindingType COVERAGE = BuiltInTypes.type("R11-COVERAGE", "R11", Severity.INFO,
            "highTechEnterprises", "withAuxiliaryLedger", "auxiliaryLedgerPercent", "usingTaxReduction",
            "taxReductionPercent", "usingSuperDeduction", "superDeductionPercent");
    /** No auxiliary ledger. Evidence: certificateNumber, auxiliaryLedger. */
    public static final FindingType NO_LEDGER = BuiltInTypes.type("R11-NO-LEDGER", "R11", Severity.ACTION,
            "certificateNumber", "auxiliaryLedger");
    /** Certificate ends within the year. Evidence: certificateNumber, validUntil. */
    public static final FindingType CERTIFICATE_EXPIRES = BuiltInTypes.type("R11-CERTIFICATE-EXPIRES", "R11",
            Severity.ACTION, "certificateNumber", "validUntil");
    /** To cultivate. Evidence: met, notMet, undecidable, then per criterion key: status, .actual, .required,
     * .missing, then scienceTechSmeDefinition (the {@link ScienceTechSmeDefinition} applied). */
    public static final FindingType CULTIVATE = BuiltInTypes.type("R11-CULTIVATE", "R11", Severity.ACTION,
            cultivationEvidence());

    /** On the high-tech visit list (入企普查服务清单). Evidence: certificateNumber, issuedOn, validUntil (of the
     * certificate valid in the year that ends last), serviceContact, contactRole, contactTeamMember (whether the
     * contact is a person of a talent team), contactTeamId; the contact's values are absent when it has none.
     * @since 0.2.0 */
    public static final FindingType VISIT = BuiltInTypes.type("R11-VISIT", "R11", Severity.ACTION,
            "certificateNumber", "issuedOn", "validUntil", "serviceContact", "contactRole", "contactTeamMember",
            "contactTeamId");

    private static final int NO_LEDGER_ROW = 1;
    private static final int EXPIRES_ROW = 2;
    private static final int CULTIVATE_ROW = 3;
    private static final int VISIT_ROW = 4;

    /**
     * Creates the rule.
     */
    public R11HighTechRule() {
        super("R11", "四.1", COVERAGE, NO_LEDGER, CERTIFICATE_EXPIRES, CULTIVATE, VISIT);
    }

    private static String[] cultivationEvidence() {
        List<String> names = new ArrayList<>(List.of("met", "notMet", "undecidable"));
        for (HighTechCriterion c : HighTechCriterion.values()) {
            names.add(c.key());
            names.add(c.key() + ".actual");
            names.add(c.key() + ".required");
            names.add(c.key() + ".missing");
        }
        names.add("scienceTechSmeDefinition");
        return names.toArray(String[]::new);
    }

    /** Counters of one unit. */
    private static final class Counts {
        int highTech;
        int ledger;
        int taxReduction;
        int superDeduction;

        void add(Counts o) {
            highTech += o.highTech;
            ledger += o.ledger;
            taxReduction += o.taxReduction;
            superDeduction += o.superDeduction;
        }
    }

    @Override
    public EnterpriseScreening start(RuleContext context) {
        return visit(context);
    }

    private EnterpriseScreening visit(RuleContext context) {
        int year = context.reportingYear();
        CertificateValidity validity = context.settings().highTechValidity();
        ScienceTechSmeDefinition definition = context.settings().scienceTechSmeDefinition();
        HighTechCriteria criteria = new HighTechCriteria(context.settings(), year);
        UnitTally<Counts> tally = new UnitTally<>(i -> new Counts());
        List<@Nullable AnnualRdFigures> figures = context.reportingYearFigures();
        List<@Nullable HighTechCertificate> certificates = context.highTechCertificates();
        List<Enterprise> all = context.enterprises();
        List<CountyDataset> counties = context.counties();
        EnterpriseFindings.Builder out = EnterpriseFindings.builder(findingTypes(), all, (type, i, payload) -> {
            AnnualRdFigures f = figures.get(i);
            if (type == CULTIVATE_ROW) {
                @Nullable Object[] assessed = criteria.assess(all.get(i), f);
                Object[] values = Arrays.copyOf(assessed, assessed.length + 1);
                values[assessed.length] = definition;
                return values;
            }
            if (type == NO_LEDGER_ROW) {
                return new Object[] {certificates.get(i).number(), f == null ? null : f.auxiliaryLedger()};
            }
            if (type == VISIT_ROW) {
                return visit(latestValid(all.get(i), certificates.get(i), validity, year),
                        all.get(i).serviceContact());
            }
            // The remaining rows are added with the expired certificate as their payload.
            HighTechCertificate last = (HighTechCertificate) Objects.requireNonNull(payload);
            return new Object[] {last.number(), last.effectiveValidUntil()};
        });
        return new EnterpriseScreening() {
            @Override
            public void screen(int county, int from, int to) {
                Counts c = tally.of(context.divisions(), counties.get(county));
                for (int i = from; i < to; i++) {
                    Enterprise e = all.get(i);
                    HighTechCertificate certificate = certificates.get(i);
                    AnnualRdFigures f = figures.get(i);
                    if (certificate == null) {
                        if (e.isAboveScaleIn(f) && !e.chainIds().isEmpty() && definition.test(e, f)) {
                            out.add(CULTIVATE_ROW, i);
                        }
                        continue;
                    }
                    c.highTech++;
                    out.add(VISIT_ROW, i);
                    Boolean ledger = f == null ? null : f.auxiliaryLedger();
                    if (Boolean.TRUE.equals(ledger)) {
                        c.ledger++;
                    } else {
                        out.add(NO_LEDGER_ROW, i);
                    }
                    if (f != null && f.incentivesUsed().contains(Incentive.HIGH_TECH_TAX_REDUCTION)) {
                        c.taxReduction++;
                    }
                    if (f != null && f.incentivesUsed().contains(Incentive.RD_SUPER_DEDUCTION)) {
                        c.superDeduction++;
                    }
                    if (CertificateValidity.YEAR_END.certificate(e, year) == null) {
                        HighTechCertificate last = certificate;
                        for (HighTechCertificate other : e.highTechCertificates()) {
                            if (validity.test(other, year)
                                    && other.effectiveValidUntil().isAfter(last.effectiveValidUntil())) {
                                last = other;
                            }
                        }
                        out.add(EXPIRES_ROW, i, last);
                    }
                }
            }

            @Override
            public List<Finding> finish() {
                tally.report(out::add, R11HighTechRule::coverage, new Counts(), Counts::add);
                return out.build();
            }
        };
    }

    /** Of an enterprise's certificates that count for the year, the one that ends last (the first of equals). */
    private static HighTechCertificate latestValid(Enterprise e, HighTechCertificate first, CertificateValidity validity,
                                                   int year) {
        HighTechCertificate latest = first;
        for (HighTechCertificate other : e.highTechCertificates()) {
            if (other.effectiveValidUntil().isAfter(latest.effectiveValidUntil()) && validity.test(other, year)) {
                latest = other;
            }
        }
        return latest;
    }

    private static Object[] visit(HighTechCertificate c, @Nullable ServiceContact contact) {
        return new Object[] {c.number(), c.issuedOn(), c.effectiveValidUntil(), contact,
            contact == null ? null : contact.role(), contact == null ? null : contact.belongsToTalentTeam(),
            contact == null ? null : contact.teamId()};
    }

    private static Finding coverage(Subject subject, Counts c) {
        return Finding.of(COVERAGE, subject, c.highTech, c.ledger, Share.of(c.ledger, c.highTech), c.taxReduction,
                Share.of(c.taxReduction, c.highTech), c.superDeduction, Share.of(c.superDeduction, c.highTech));
    }
}
