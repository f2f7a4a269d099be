package org.countychain.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import org.countychain.chain.Achievement;
import org.countychain.chain.ChainReference;
import org.countychain.chain.AchievementOrigin;
import org.countychain.chain.ActorKind;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainActor;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainScale;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.StageKind;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.AuxiliaryLedgerStyle;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.ContactRole;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.Incentive;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.enterprise.RdInstitution;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.enterprise.ServiceContact;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.investment.InvestmentNeed;
import org.countychain.platform.EnclaveLocation;
import org.countychain.platform.HostOrganisation;
import org.countychain.platform.InnovationPlatform;
import org.countychain.platform.PlatformType;
import org.countychain.report.AdvantageUnit;
import org.countychain.report.ContentBlock;
import org.countychain.report.FigureKind;
import org.countychain.report.ItemKind;
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;
import org.countychain.report.TemplateChapter;
import org.countychain.report.TemplateItem;
import org.countychain.report.UnitKind;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TaskStatus;
import org.countychain.talent.TeamFormation;
import org.countychain.talent.TeamMode;
import org.countychain.talent.TeamResult;

/**
 * jqwik arbitraries for random <em>valid</em> instances of every type of the JSON format: the three aggregates
 * (county data set, city submission, province data set), the report template, and every record inside them.
 *
 * <p>Text mixes Chinese, ASCII, JSON's special characters (quotes, backslashes, control characters), emoji
 * (surrogate pairs, joiners) and Unicode white space. Required text is never blank; the records strip it, so
 * generated values are already in the form the model keeps and compare equal after a round trip. Amounts are
 * non-negative {@link BigDecimal}s with scale 0–2, up to 40 integer digits. Nullable values are {@code null}
 * about a quarter of the time. Lists whose keys must be unique are generated unique.
 */
public final class ModelArbitraries {
    /** The GB 32100 character set, in value order. */
    private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final double NULLS = 0.25;

    private ModelArbitraries() {
    }

    // ---------------------------------------------------------------- text and scalars

    /** Pieces that stress the JSON writer and reader. */
    private static Arbitrary<String> piece() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6)),
                Tuple.of(4, Arbitraries.strings().alpha().numeric().withChars(" -_.").ofMinLength(1)
                        .ofMaxLength(10)),
                Tuple.of(3, Arbitraries.of("\"", "\\", "\\\"", "/", "'", "\\u0041", "\t", "\n", "\r\n", " ", "\u3000",
                        "\u00a0", "\u2028", "\u0000", "\u001f", "\u007f", "\ufeff", "😀", "🏭", "👩‍🔬", "🇨🇳", "（）",
                        "〔2024〕", "***", "{0}", "%s", "<b>&amp;</b>", "null", "true", "1e3", "𠀀")),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0020', '\ud7ff').ofMinLength(1).ofMaxLength(4)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\ue000', '\uffff').ofMinLength(1).ofMaxLength(3)));
    }

    /**
     * Any text, possibly empty or blank, with surrounding white space: for values the model keeps as given.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> rawText() {
        return piece().list().ofMaxSize(5).map(l -> String.join("", l));
    }

    /**
     * Text that is not blank, already stripped, as required fields hold it.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> text() {
        return piece().list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l).strip())
                .filter(s -> !s.isEmpty());
    }

    /**
     * Optional text: stripped and not blank, or {@code null}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> optionalText() {
        return text().injectNull(NULLS);
    }

    private static Arbitrary<List<String>> rawTexts(int max) {
        return rawText().list().ofMaxSize(max);
    }

    /**
     * A plausible year (1949–2100).
     *
     * @return the arbitrary
     */
    public static Arbitrary<Integer> year() {
        return Arbitraries.integers().between(1949, 2100);
    }

    /**
     * Dates from 1900 to 2199.
     *
     * @return the arbitrary
     */
    public static Arbitrary<LocalDate> date() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2199, 12, 31)
                .toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Non-negative amounts in yuan with scale 0–2, from 0 to 40 integer digits.
     *
     * @return the arbitrary
     */
    public static Arbitrary<BigDecimal> money() {
        Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.longs().between(0, 10_000_000_000_000L).map(BigInteger::valueOf)),
                Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(42))),
                Tuple.of(1, Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(2_000_000_000L))));
        return Combinators.combine(unscaled, Arbitraries.integers().between(0, 2)).as(BigDecimal::new);
    }

    private static Arbitrary<BigDecimal> optionalMoney() {
        return money().injectNull(NULLS);
    }

    private static Arbitrary<Integer> optionalCount() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0, 100_000)),
                Tuple.of(1, Arbitraries.integers().between(0, Integer.MAX_VALUE))).injectNull(NULLS);
    }

    private static Arbitrary<Boolean> optionalFlag() {
        return Arbitraries.of(true, false).injectNull(NULLS);
    }

    private static Arbitrary<Boolean> flag() {
        return Arbitraries.of(true, false);
    }

    /**
     * Valid credit codes: 17 random characters of the set and their check character.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CreditCode> creditCode() {
        return Arbitraries.strings().withChars(CREDIT_CODE_CHARS).ofLength(17)
                .map(s -> CreditCode.parse(s + CreditCode.checkCharacter(s)));
    }

    /**
     * Six-digit division codes.
     *
     * @return the arbitrary
     */
    public static Arbitrary<DivisionCode> divisionCode() {
        return Arbitraries.strings().numeric().ofLength(6).map(DivisionCode::of);
    }

    // ---------------------------------------------------------------- chain

    /**
     * Bottlenecks.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Bottleneck> bottleneck() {
        return Combinators.combine(optionalText(), Arbitraries.of(BottleneckKind.class), optionalText(), text())
                .as(Bottleneck::new);
    }

    private static Arbitrary<KeyTechnology> keyTechnology() {
        return Combinators.combine(optionalText(), text(), optionalText(), bottleneck().list().ofMaxSize(2))
                .as(KeyTechnology::new);
    }

    private static Arbitrary<ChainActor> chainActor() {
        return Combinators.combine(text(), Arbitraries.of(ActorKind.class), creditCode().injectNull(NULLS))
                .as(ChainActor::new);
    }

    private static Arbitrary<ChainLink> chainLink() {
        return Combinators.combine(text(), text(),
                        keyTechnology().list().ofMaxSize(2).uniqueElements(KeyTechnology::name),
                        chainActor().list().ofMaxSize(3), bottleneck().list().ofMaxSize(2))
                .as(ChainLink::new);
    }

    private static Arbitrary<ChainStage> chainStage() {
        return Combinators.combine(Arbitraries.of(StageKind.class), optionalText(), chainLink().list().ofMaxSize(3))
                .as(ChainStage::new);
    }

    /**
     * Chain maps; link ids are made unique across the map.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ChainMap> chainMap() {
        return chainStage().list().ofMaxSize(3).map(ModelArbitraries::uniqueLinkIds).map(ChainMap::new);
    }

    /**
     * Link ids unique across the map; bottleneck and technology ids unique together (a missing id is given one, so
     * that a random id cannot meet one the map derives; derived ids are tested on their own).
     */
    private static List<ChainStage> uniqueLinkIds(List<ChainStage> stages) {
        Set<String> seen = new HashSet<>();
        Set<String> targets = new HashSet<>();
        List<ChainStage> out = new ArrayList<>();
        for (ChainStage s : stages) {
            List<ChainLink> links = new ArrayList<>();
            for (ChainLink l : s.links()) {
                String id = l.id();
                for (int n = 2; !seen.add(id); n++) {
                    id = l.id() + "#" + n;
                }
                List<KeyTechnology> technologies = new ArrayList<>();
                for (KeyTechnology t : l.technologies()) {
                    List<Bottleneck> bs = t.bottlenecks().stream().map(b -> b.withId(unique(targets, b.id())))
                            .toList();
                    technologies.add(new KeyTechnology(unique(targets, t.id()), t.name(), t.description(), bs));
                }
                List<Bottleneck> bottlenecks = l.bottlenecks().stream().map(b -> b.withId(unique(targets, b.id())))
                        .toList();
                links.add(new ChainLink(id, l.name(), technologies, l.actors(), bottlenecks));
            }
            out.add(new ChainStage(s.kind(), s.name(), links));
        }
        return out;
    }

    private static String unique(Set<String> seen, String id) {
        String base = id == null ? "t" : id;
        String out = base;
        for (int n = 2; !seen.add(out); n++) {
            out = base + "#" + n;
        }
        return out;
    }

    /**
     * Industrial chains, with or without a map.
     *
     * @return the arbitrary
     */
    public static Arbitrary<IndustryChain> industryChain() {
        // Above-scale enterprises are never more than the enterprises (the model refuses that).
        Arbitrary<ChainScale> scale = Combinators.combine(year(), optionalMoney(), optionalCount(), optionalCount(),
                        Arbitraries.of(org.countychain.chain.MoneyUnit.class).injectNull(NULLS))
                .as((y, m, e, a, u) -> new ChainScale(y, m, e, e != null && a != null && a > e ? e : a, u));
        return combine(v -> new IndustryChain(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6),
                        v.get(7), v.get(8)),
                text(), text(), optionalText(), divisionCode(), optionalText(), rawTexts(2), optionalFlag(),
                scale.list().ofMaxSize(2).uniqueElements(ChainScale::year), chainMap().injectNull(0.3));
    }

    private static Arbitrary<TechnologyDemand> technologyDemand() {
        return combine(v -> new TechnologyDemand(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5),
                        v.get(6), v.get(7), v.get(8), v.get(9), v.get(10), v.get(11)),
                text(), text(), optionalText(), optionalText(), optionalText(), divisionCode(), optionalText(),
                optionalText(), creditCode().injectNull(NULLS), rawTexts(3), optionalMoney(), targetIds());
    }

    private static Arbitrary<Achievement> achievement() {
        return combine(v -> new Achievement(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6),
                        v.get(7), v.get(8), v.get(9), v.get(10), v.get(11), v.get(12)),
                text(), text(), optionalText(), text(), optionalText(), optionalText(), optionalText(),
                optionalText(), divisionCode().injectNull(NULLS), rawTexts(3), targetIds(),
                Arbitraries.integers().between(Achievement.MIN_MATURITY, Achievement.MAX_MATURITY).injectNull(NULLS),
                Arbitraries.of(AchievementOrigin.class).injectNull(NULLS));
    }

    /** Up to two distinct target ids (whether they resolve is a validation question). */
    private static Arbitrary<List<String>> targetIds() {
        return rawText().list().ofMaxSize(2).uniqueElements();
    }

    // ---------------------------------------------------------------- enterprise

    private static Arbitrary<RdStatisticsReport> statisticsReport() {
        Arbitrary<RdStatisticsReport.Staff> staff = combine(v -> new RdStatisticsReport.Staff(v.get(0), v.get(1),
                        v.get(2), v.get(3), v.get(4), v.get(5)),
                optionalCount(), optionalCount(), optionalCount(), optionalCount(), optionalCount(), optionalCount());
        Arbitrary<RdStatisticsReport.Expenses> expenses = combine(v -> new RdStatisticsReport.Expenses(v.get(0),
                        v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8), v.get(9),
                        v.get(10), v.get(11)),
                optionalMoney(), optionalMoney(), optionalMoney(), optionalMoney(), optionalMoney(), optionalMoney(),
                optionalMoney(), optionalMoney(), optionalMoney(), optionalMoney(), optionalMoney(), optionalMoney());
        Arbitrary<RdStatisticsReport.Funding> funding = combine(v -> new RdStatisticsReport.Funding(v.get(0),
                        v.get(1), v.get(2), v.get(3), v.get(4)),
                optionalMoney(), optionalMoney(), optionalMoney(), optionalMoney(), optionalMoney());
        Arbitrary<RdStatisticsReport.Institutions> institutions = combine(v -> new RdStatisticsReport.Institutions(
                        v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5)),
                optionalCount(), optionalCount(), optionalCount(), optionalCount(), optionalMoney(), optionalMoney());
        Arbitrary<RdStatisticsReport.Outputs> outputs = combine(v -> new RdStatisticsReport.Outputs(v.get(0),
                        v.get(1), v.get(2), v.get(3), v.get(4), v.get(5)),
                optionalCount(), optionalCount(), optionalCount(), optionalCount(), optionalMoney(), optionalMoney());
        Arbitrary<RdStatisticsReport.Assets> assets = Combinators.combine(optionalMoney(), optionalMoney())
                .as(RdStatisticsReport.Assets::new);
        return combine(v -> new RdStatisticsReport(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5),
                        v.get(6), v.get(7), v.get(8)),
                optionalMoney(), optionalCount(), optionalMoney(), staff.injectNull(0.3), expenses.injectNull(0.3),
                funding.injectNull(0.3), institutions.injectNull(0.3), outputs.injectNull(0.3),
                assets.injectNull(0.3));
    }

    private static Arbitrary<RdInstitution> rdInstitution() {
        return Combinators.combine(text(), optionalText(), Arbitraries.of(InstitutionLevel.class))
                .as(RdInstitution::new);
    }

    /**
     * One year's R&amp;D figures, every figure sometimes absent.
     *
     * @return the arbitrary
     */
    public static Arbitrary<AnnualRdFigures> annualRdFigures() {
        return combine(v -> new AnnualRdFigures(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5),
                        v.get(6), v.get(7), v.get(8), v.get(9), v.get(10), v.get(11), v.get(12), v.get(13),
                        v.get(14), v.get(15), v.get(16), v.get(17), v.get(18), v.get(19), v.get(20)),
                year(), optionalFlag(), optionalMoney(), optionalMoney(), optionalMoney(), optionalMoney(), optionalMoney(),
                optionalCount(), optionalCount(), optionalCount(), optionalCount(),
                rdInstitution().list().ofMaxSize(2), optionalFlag(),
                Arbitraries.of(AuxiliaryLedgerStyle.class).injectNull(NULLS), optionalFlag(),
                Arbitraries.of(Incentive.class).set().ofMaxSize(3), optionalCount(),
                statisticsReport().injectNull(0.3), optionalText(), creditCode().injectNull(NULLS), flag());
    }

    private static Arbitrary<HighTechCertificate> highTechCertificate() {
        return Combinators.combine(text(), date(), date()).as(HighTechCertificate::new);
    }

    private static Arbitrary<ServiceContact> serviceContact() {
        return Combinators.combine(text(), optionalText(), optionalText(),
                Arbitraries.of(ContactRole.class).injectNull(NULLS), optionalText()).as(ServiceContact::new);
    }

    /**
     * Enterprises with valid credit codes and up to three years of figures.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Enterprise> enterprise() {
        return combine(v -> new Enterprise(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6),
                        v.get(7), v.get(8), v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14)),
                creditCode(), text(), divisionCode(), optionalText(), optionalText(),
                rawText().list().ofMaxSize(3).uniqueElements(), flag(), optionalFlag(), flag(), flag(),
                date().injectNull(NULLS), optionalText(), highTechCertificate().list().ofMaxSize(2),
                serviceContact().injectNull(NULLS),
                annualRdFigures().list().ofMaxSize(3).uniqueElements(AnnualRdFigures::year));
    }

    // ---------------------------------------------------------------- talent, platforms, intermediaries, needs

    private static Arbitrary<Commissioner> commissioner() {
        return Combinators.combine(text(), text(), optionalText(), optionalText(), optionalFlag(), optionalText())
                .as(Commissioner::new);
    }

    private static Arbitrary<TalentTeam> talentTeam() {
        Arbitrary<ChallengeTask> task = combine(v -> new ChallengeTask(v.get(0), v.get(1), v.get(2), v.get(3),
                        v.get(4), v.get(5), v.get(6), v.get(7), v.get(8), v.get(9)),
                optionalText(), text(), text(), creditCode().injectNull(NULLS), Arbitraries.of(TaskStatus.class),
                optionalText(), optionalMoney(), date().injectNull(NULLS), date().injectNull(NULLS), targetIds());
        Arbitrary<TeamResult> result = Combinators.combine(year(), text(), flag(), optionalMoney(), optionalText())
                .as(TeamResult::new);
        Arbitrary<ChainReference> other = Combinators.combine(divisionCode(), text()).as(ChainReference::new);
        return combine(v -> new TalentTeam(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6),
                        v.get(7), v.get(8), v.get(9), v.get(10), v.get(11), v.get(12)),
                text(), text(), divisionCode(), Arbitraries.of(TeamMode.class),
                Arbitraries.of(TeamFormation.class).injectNull(NULLS), date().injectNull(NULLS),
                date().injectNull(NULLS), rawTexts(2), other.list().ofMaxSize(2).uniqueElements(),
                commissioner().injectNull(NULLS), commissioner().list().ofMaxSize(3), task.list().ofMaxSize(2),
                result.list().ofMaxSize(2));
    }

    private static Arbitrary<InnovationPlatform> innovationPlatform() {
        Arbitrary<EnclaveLocation> enclave = Combinators.combine(text(), divisionCode().injectNull(NULLS))
                .as(EnclaveLocation::new);
        Arbitrary<HostOrganisation> host = Combinators.combine(text(), creditCode().injectNull(NULLS))
                .as(HostOrganisation::new);
        return combine(v -> new InnovationPlatform(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5),
                        v.get(6), v.get(7), v.get(8), v.get(9), v.get(10), v.get(11), v.get(12), v.get(13)),
                text(), text(), Arbitraries.of(PlatformType.class), Arbitraries.of(InstitutionLevel.class),
                divisionCode(), rawTexts(2), creditCode().injectNull(NULLS), enclave.injectNull(0.5), targetIds(),
                host.list().ofMaxSize(2).uniqueElements(HostOrganisation::name), targetIds(),
                date().injectNull(NULLS), date().injectNull(NULLS), targetIds());
    }

    /**
     * Watch lists.
     *
     * @return the arbitrary
     */
    public static Arbitrary<IntermediaryWatchList> watchList() {
        Arbitrary<Intermediary> entry = Combinators.combine(text(), creditCode().injectNull(NULLS), optionalText())
                .as(Intermediary::new);
        // Editions of distinct years, published in their year or up to two years later, or when the notice says.
        Arbitrary<IntermediaryWatchList> edition = Combinators.combine(Arbitraries.integers().between(2000, 2090),
                Arbitraries.integers().between(0, 2).injectNull(NULLS), optionalText(), entry.list().ofMaxSize(3))
                .as((y, lag, source, entries) -> new IntermediaryWatchList(y, lag == null ? null : y + lag, source,
                        entries, List.of()));
        return edition.list().ofMinSize(1).ofMaxSize(3).uniqueElements(IntermediaryWatchList::year)
                .map(l -> new IntermediaryWatchList(l.get(0).year(), l.get(0).publishedIn(), l.get(0).source(),
                        l.get(0).entries(), l.subList(1, l.size())));
    }

    private static Arbitrary<InvestmentNeed> investmentNeed() {
        return combine(v -> new InvestmentNeed(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5),
                        v.get(6)),
                text(), text(), year(), text(), optionalText(), flag(), date().injectNull(NULLS));
    }

    // ---------------------------------------------------------------- reports

    /**
     * Tables: one to four columns, every row as wide as the header; cells kept as written.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ContentBlock.Table> table() {
        return Arbitraries.integers().between(1, 4).flatMap(width -> Combinators.combine(
                optionalText(), rawText().list().ofSize(width), rawText().list().ofSize(width).list().ofMaxSize(3))
                .as(ContentBlock.Table::new));
    }

    private static Arbitrary<ContentBlock.Figure> figure() {
        return Arbitraries.of(FigureKind.class).flatMap(kind -> Combinators.combine(text(),
                        kind == FigureKind.IMAGE ? text() : optionalText())
                .as((caption, image) -> new ContentBlock.Figure(kind, caption, image)));
    }

    /**
     * Content blocks of all four kinds.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ContentBlock> contentBlock() {
        return Arbitraries.oneOf(
                rawText().map(t -> new ContentBlock.Paragraph(t.strip())),
                table(),
                figure(),
                Combinators.combine(text(), divisionCode().injectNull(NULLS)).as(ContentBlock.Subheading::new));
    }

    private static Arbitrary<ReportItem> reportItem() {
        return Combinators.combine(text(), contentBlock().list().ofMaxSize(3)).as(ReportItem::new);
    }

    private static Arbitrary<AdvantageUnit> advantageUnit() {
        return Combinators.combine(text(), Arbitraries.of(UnitKind.class), optionalText(), optionalText(),
                optionalText(), divisionCode().list().ofMaxSize(2).uniqueElements())
                .as(AdvantageUnit::new);
    }

    /**
     * Research reports with items of every block kind and advantage units.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ResearchReport> researchReport() {
        return combine(v -> new ResearchReport(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5),
                        v.get(6), v.get(7), v.get(8), v.get(9), v.get(10), v.get(11), v.get(12), v.get(13)),
                text(), text(), text(), text(), text(),
                Arbitraries.oneOf(Arbitraries.just("fujian-2024"), text()), year(),
                divisionCode().list().ofMaxSize(3).uniqueElements(),
                reportItem().list().ofMaxSize(4).uniqueElements(ReportItem::itemId),
                advantageUnit().list().ofMaxSize(3), optionalText(), date().injectNull(NULLS), optionalText(),
                optionalText());
    }

    /**
     * Report template editions; item ids unique across the edition.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ReportTemplate> reportTemplate() {
        Arbitrary<TemplateItem> item = Combinators.combine(text(), text(), text(), flag(),
                Arbitraries.of(ItemKind.class).injectNull(NULLS)).as(TemplateItem::new);
        Arbitrary<TemplateChapter> chapter = Combinators.combine(text(), text(), item.list().ofMaxSize(3))
                .as(TemplateChapter::new);
        return Combinators.combine(text(), optionalText(), text(),
                        Arbitraries.oneOf(Arbitraries.just("***"), rawText()).injectNull(0.1),
                        chapter.list().ofMinSize(1).ofMaxSize(3))
                .as((edition, source, title, placeholder, chapters) -> new ReportTemplate(edition, source, title,
                        placeholder, uniqueItemIds(chapters)));
    }

    private static List<TemplateChapter> uniqueItemIds(List<TemplateChapter> chapters) {
        Set<String> seen = new HashSet<>();
        List<TemplateChapter> out = new ArrayList<>();
        for (TemplateChapter c : chapters) {
            List<TemplateItem> items = new ArrayList<>();
            for (TemplateItem i : c.items()) {
                String id = i.id();
                for (int n = 2; !seen.add(id); n++) {
                    id = i.id() + "#" + n;
                }
                items.add(new TemplateItem(id, i.number(), i.title(), i.required(), i.kind()));
            }
            out.add(new TemplateChapter(c.number(), c.title(), items));
        }
        return out;
    }

    // ---------------------------------------------------------------- aggregates

    /**
     * County data sets with every part populated sometimes.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CountyDataset> countyDataset() {
        return combine(v -> new CountyDataset(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6),
                        v.get(7), v.get(8), v.get(9), v.get(10), v.get(11)),
                text(), text(), year(), optionalText(),
                industryChain().list().ofMaxSize(3).uniqueElements(IndustryChain::id),
                enterprise().list().ofMaxSize(4).uniqueElements(Enterprise::creditCode),
                talentTeam().list().ofMaxSize(2).uniqueElements(TalentTeam::id),
                innovationPlatform().list().ofMaxSize(3).uniqueElements(InnovationPlatform::id),
                technologyDemand().list().ofMaxSize(3).uniqueElements(TechnologyDemand::id),
                achievement().list().ofMaxSize(3).uniqueElements(Achievement::id),
                researchReport().list().ofMaxSize(2).uniqueElements(ResearchReport::id),
                watchList().injectNull(0.4));
    }

    /**
     * City submissions.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CitySubmission> citySubmission() {
        return combine(v -> new CitySubmission(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5)),
                text(), text(), year(), researchReport().list().ofMaxSize(3).uniqueElements(ResearchReport::id),
                investmentNeed().list().ofMaxSize(3).uniqueElements(InvestmentNeed::id), date().injectNull(NULLS));
    }

    /**
     * Province data sets with up to two counties.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ProvinceDataset> provinceDataset() {
        return Combinators.combine(year(), countyDataset().list().ofMaxSize(2).uniqueElements(CountyDataset::unitId),
                watchList().injectNull(0.4), investmentNeed().list().ofMaxSize(3).uniqueElements(InvestmentNeed::id))
                .as(ProvinceDataset::new);
    }

    /**
     * A value of any type of the format, from a leaf record up to a province data set.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Object> anyModelValue() {
        return Arbitraries.oneOf(List.of(
                bottleneck().map(o -> (Object) o), keyTechnology().map(o -> (Object) o),
                chainActor().map(o -> (Object) o), chainLink().map(o -> (Object) o), chainMap().map(o -> (Object) o),
                industryChain().map(o -> (Object) o), technologyDemand().map(o -> (Object) o),
                achievement().map(o -> (Object) o), statisticsReport().map(o -> (Object) o),
                annualRdFigures().map(o -> (Object) o), enterprise().map(o -> (Object) o),
                talentTeam().map(o -> (Object) o), innovationPlatform().map(o -> (Object) o),
                watchList().map(o -> (Object) o), investmentNeed().map(o -> (Object) o),
                contentBlock().map(o -> (Object) o), reportItem().map(o -> (Object) o),
                advantageUnit().map(o -> (Object) o), researchReport().map(o -> (Object) o),
                reportTemplate().map(o -> (Object) o), countyDataset().map(o -> (Object) o),
                citySubmission().map(o -> (Object) o), provinceDataset().map(o -> (Object) o)));
    }

    // ---------------------------------------------------------------- combining more than eight parts

    /** The values of {@link #combine}'s parts, in order. */
    static final class Values {
        private final List<Object> values;

        Values(List<Object> values) {
            this.values = values;
        }

        @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
        <T> T get(int i) {
            return (T) values.get(i);
        }
    }

    /** Like {@code Combinators.combine(...).as(...)} for any number of parts, as the big records need. */
    static <R> Arbitrary<R> combine(Function<Values, R> constructor, Arbitrary<?>... parts) {
        List<Arbitrary<Object>> generic = Arrays.stream(parts).map(a -> a.map(o -> (Object) o)).toList();
        return Combinators.combine(generic).as(values -> constructor.apply(new Values(values)));
    }
}
