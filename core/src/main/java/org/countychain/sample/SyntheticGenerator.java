package org.countychain.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.countychain.chain.Achievement;
import org.countychain.chain.AchievementOrigin;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainReference;
import org.countychain.chain.ChainScale;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.MoneyUnit;
import org.countychain.chain.StageKind;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.Division;
import org.countychain.division.DivisionChange;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.AuxiliaryLedgerStyle;
import org.countychain.enterprise.ContactRole;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.Incentive;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.enterprise.RdInstitution;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.enterprise.ServiceContact;
import org.countychain.industry.IndustryClass;
import org.countychain.industry.IndustryClassification;
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
import org.countychain.report.ReportItem;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.report.UnitKind;
import org.countychain.sample.SyntheticCatalogue.ChainKind;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TaskStatus;
import org.countychain.talent.TeamFormation;
import org.countychain.talent.TeamMode;
import org.countychain.talent.TeamResult;
import org.jspecify.annotations.Nullable;

/**
 * One run of {@link SyntheticProvince}: a single {@link SplittableRandom} drawn in a fixed order, no hash-ordered
 * iteration, so a seed always gives the same data. Built for size: the record constructors are called directly
 * (no builders), immutable values that repeat (amounts, the empty statistics report, chain-id lists,
 * institutions, contacts, dates, small and medium integers) are shared, and strings that repeat are built once.
 */
final class SyntheticGenerator {
    static final int YEAR = 2024;
    private static final int FIRST_YEAR = YEAR - 2;
    private static final IndustryClassification GBT4754 = IndustryClassification.builtIn();
    private static final BigDecimal ZERO = BigDecimal.valueOf(0, 2);
    private static final RdStatisticsReport EMPTY_REPORT = RdStatisticsReport.of(ZERO, 0);
    private static final long ORG_SPACE_NUMERIC = 100_000_000L;
    private static final long ORG_SPACE_MA = 887_503_681L; // 31^6
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final LocalDate[] BATCHES = {LocalDate.of(2021, 12, 1), LocalDate.of(2022, 12, 14),
        LocalDate.of(2023, 12, 12), LocalDate.of(2024, 11, 25)};
    private static final List<Set<Incentive>> INCENTIVE_SETS = incentiveSets();

    private final SplittableRandom random;
    private final int enterpriseCount;
    private final Divisions fujian = Divisions.fujian();
    private final long orgA;
    private final long orgB;
    private final long maA;
    private final long maB;
    private final Integer[] integers = new Integer[1 << 16];
    private long[] amountKeys = new long[1 << 10];
    private BigDecimal[] amountValues = new BigDecimal[1 << 10];
    private int amountCount;
    private final LocalDate[] dates = new LocalDate[60 * 366];
    private final long firstEpochDay = LocalDate.of(1980, 1, 1).toEpochDay();
    private final List<RdInstitution> institutionsNone = List.of();
    private final List<List<RdInstitution>> institutionsByLevel = new ArrayList<>();
    private final List<String> intermediaries = new ArrayList<>();
    /** The credit codes of the intermediaries the watch list gives one for. */
    private final Map<String, CreditCode> intermediaryCodes = new HashMap<>();
    private final IntermediaryWatchList watchList;
    private int sequence;

    SyntheticGenerator(long seed, int enterpriseCount) {
        this.random = new SplittableRandom(seed);
        this.enterpriseCount = enterpriseCount;
        // Affine bijections on the organisation-code spaces: distinct sequence numbers give distinct codes, and
        // the seed decides which codes. orgA is odd and not a multiple of 5 (a unit modulo 10^8), maA is not a
        // multiple of 31 (a unit modulo 31^6).
        long a = 1 + 2 * random.nextLong(ORG_SPACE_NUMERIC / 2 - 1);
        this.orgA = a % 5 == 0 ? a + 2 : a;
        this.orgB = random.nextLong(ORG_SPACE_NUMERIC);
        long m = 1 + random.nextLong(ORG_SPACE_MA - 1);
        this.maA = m % 31 == 0 ? m + 1 : m;
        this.maB = random.nextLong(ORG_SPACE_MA);
        String[] kinds = {"研发中心", "企业技术中心", "工程技术研究中心", "企业技术中心"};
        InstitutionLevel[] levels = {InstitutionLevel.UNRECOGNISED, InstitutionLevel.COUNTY, InstitutionLevel.CITY,
            InstitutionLevel.PROVINCIAL};
        for (int i = 0; i < levels.length; i++) {
            institutionsByLevel.add(List.of(new RdInstitution(levels[i].label() + kinds[i] + "（合成）", kinds[i],
                    levels[i])));
        }
        String[] cities = {"榕城", "鹭岛", "莆阳", "三明", "泉州", "漳州", "闽北", "龙岩", "宁德", "海峡"};
        String[] kindsOfService = {"科技咨询", "知识产权代理", "财税咨询"};
        for (String city : cities) {
            for (String service : kindsOfService) {
                intermediaries.add(city + "示例" + service + "有限公司（合成）");
            }
        }
        // Last year's edition, in force; the one before it, not in force any more.
        IntermediaryWatchList before = new IntermediaryWatchList(YEAR - 2, YEAR - 1, "严重失误科技中介服务机构名单（合成）",
                List.of(new Intermediary(intermediaries.get(2), null, "材料造假（合成）")), List.of());
        this.watchList = new IntermediaryWatchList(YEAR - 1, YEAR, "严重失误科技中介服务机构名单（合成）", List.of(
                new Intermediary(intermediaries.get(1), creditCode("350100", 2023), "代编研发项目材料（合成）"),
                new Intermediary(intermediaries.get(13), creditCode("350500", 2023), "申报材料严重失实（合成）")),
                List.of(before));
        watchList.entries().forEach(i -> intermediaryCodes.put(i.name(), i.creditCode()));
    }

    ProvinceDataset generate() {
        List<ReportingUnit> units = fujian.countyLevelUnits();
        List<List<IndustryChain>> chains = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            chains.add(chainsOf(units, i));
        }
        int[] counts = allocate(units);
        List<CountyDataset> counties = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            counties.add(county(units.get(i), chains.get(i), counts[i]));
        }
        return new ProvinceDataset(YEAR, counties, watchList, investmentNeeds());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Chains: they depend only on the county, never on the seed.

    private List<IndustryChain> chainsOf(List<ReportingUnit> units, int index) {
        ReportingUnit unit = units.get(index);
        List<String> names = new ArrayList<>(SyntheticCatalogue.COUNTY_INDUSTRIES.getOrDefault(unit.id(), List.of()));
        ReportingUnit city = fujian.reportingUnit(unit.parentId()).orElseThrow();
        int position = city.covers().indexOf(DivisionCode.of(unit.id()));
        String theme = SyntheticCatalogue.CITY_THEMES.get(city.id());
        if (position % 2 == 0 && !names.contains(theme)) {
            names.add(theme);
        }
        List<ChainKind> generic = SyntheticCatalogue.GENERIC;
        for (int k = 0; names.size() < 2; k++) {
            String candidate = generic.get((index * 5 + k * 3) % generic.size()).name();
            if (!names.contains(candidate)) {
                names.add(candidate);
            }
        }
        DivisionCode county = DivisionCode.of(unit.id());
        List<IndustryChain> result = new ArrayList<>(names.size());
        for (String name : names) {
            ChainKind kind = SyntheticCatalogue.kind(name);
            result.add(new IndustryChain(unit.id() + "-" + kind.slug(), kind.name(), county, kind.industryCode(),
                    kind.aliases(), map(kind)));
        }
        return List.copyOf(result);
    }

    private static ChainMap map(ChainKind kind) {
        List<String> links = kind.links();
        List<String> tech = kind.technologies();
        ChainLink up = new ChainLink("up", links.get(0), List.of(new KeyTechnology(tech.get(0), null, List.of())),
                List.of(), List.of(new Bottleneck(null, BottleneckKind.BREAKPOINT, links.get(0) + "本地配套不足",
                        links.get(0) + "本地配套不足，主要依赖外地供应。")));
        ChainLink mid = new ChainLink("mid", links.get(1), List.of(new KeyTechnology(tech.get(1), null,
                List.of(new Bottleneck(BottleneckKind.HARD_PROBLEM, tech.get(1) + "的工程化和稳定量产是难点。")))),
                List.of(), List.of());
        ChainLink down = new ChainLink("down", links.get(2), List.of(new KeyTechnology(tech.get(2), null, List.of())),
                List.of(), List.of(new Bottleneck(BottleneckKind.BLOCKAGE, links.get(2) + "与上游企业之间信息不通、协同不畅。")));
        return new ChainMap(List.of(new ChainStage(StageKind.UPSTREAM, null, List.of(up)),
                new ChainStage(StageKind.MIDSTREAM, null, List.of(mid)),
                new ChainStage(StageKind.DOWNSTREAM, null, List.of(down))));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Enterprises

    /** Spreads the enterprises over the counties by seeded weights (晋江 and the listed industrial counties heavier). */
    private int[] allocate(List<ReportingUnit> units) {
        double[] weights = new double[units.size()];
        double total = 0;
        for (int i = 0; i < units.size(); i++) {
            String id = units.get(i).id();
            double w = 0.4 + 1.2 * random.nextDouble();
            if (id.equals(SampleCounty.UNIT_ID)) {
                w *= 4;
            } else if (SyntheticCatalogue.COUNTY_INDUSTRIES.containsKey(id)) {
                w *= 1.8;
            }
            weights[i] = w;
            total += w;
        }
        int[] counts = new int[units.size()];
        double[] remainders = new double[units.size()];
        int assigned = 0;
        for (int i = 0; i < units.size(); i++) {
            double exact = enterpriseCount * weights[i] / total;
            counts[i] = (int) exact;
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        // Largest remainders first; ties by index, so the result is deterministic.
        while (assigned < enterpriseCount) {
            int best = 0;
            for (int i = 1; i < units.size(); i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return counts;
    }

    private CountyDataset county(ReportingUnit unit, List<IndustryChain> chains, int count) {
        DivisionCode county = DivisionCode.of(unit.id());
        Division division = fujian.find(county).orElseThrow();
        String shortName = division.shortName();
        List<String> oldCodes = new ArrayList<>();
        for (DivisionChange change : fujian.changes()) {
            if (fujian.current(change.oldCode()).map(d -> d.code().equals(county)).orElse(false)) {
                oldCodes.add(change.oldCode().value());
            }
        }
        List<List<String>> chainIdLists = chains.stream().map(c -> List.of(c.id())).toList();
        // One contact of the bureau, one S&T commissioner of the first chain's team (when the chain gets one).
        String commissionerTeam = chains.get(0).id() + "-team";
        List<ServiceContact> contacts = List.of(
                new ServiceContact(person() + "（合成）", unit.name() + "科技局（合成）", "1380000" + digits(4),
                        ContactRole.BUREAU_STAFF, null),
                new ServiceContact(person() + "（合成）", unit.name() + "科技局（合成）", "1380000" + digits(4),
                        ContactRole.COMMISSIONER, commissionerTeam));
        List<Enterprise> enterprises = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int c = random.nextInt(10) < 6 ? 0 : random.nextInt(chains.size());
            enterprises.add(enterprise(county, shortName, oldCodes, chains.get(c), chainIdLists.get(c), contacts));
        }
        List<TalentTeam> teams = new ArrayList<>();
        List<InnovationPlatform> platforms = new ArrayList<>();
        List<TechnologyDemand> demands = new ArrayList<>();
        List<Achievement> achievements = new ArrayList<>();
        List<ResearchReport> reports = new ArrayList<>();
        for (int c = 0; c < chains.size(); c++) {
            IndustryChain chain = chains.get(c);
            ChainKind kind = SyntheticCatalogue.kind(chain.name());
            // About one chain in twelve has no team yet, so the R13 check has findings.
            if (random.nextInt(12) != 0) {
                Enterprise issuer = enterprises.stream().filter(e -> e.isOnChain(chain.id())).findFirst()
                        .orElse(null);
                teams.add(team(unit, chain, kind, issuer, cityLevelReach(unit, chain)));
            }
            lists(chain, kind, enterprises, demands, achievements);
            reports.add(report(unit, chain, kind));
        }
        if (teams.stream().noneMatch(t -> t.id().equals(commissionerTeam))) {
            ServiceContact teamless = new ServiceContact(contacts.get(1).name(), contacts.get(1).organisation(),
                    contacts.get(1).phone(), ContactRole.COMMISSIONER, null);
            enterprises.replaceAll(e -> e.serviceContact() == contacts.get(1)
                    ? e.toBuilder().serviceContact(teamless).build() : e);
        }
        int platformCount = 2 + random.nextInt(2);
        PlatformType[] types = PlatformType.values();
        for (int p = 0; p < platformCount; p++) {
            IndustryChain chain = chains.get(p % chains.size());
            PlatformType type = types[random.nextInt(types.length)];
            EnclaveLocation enclave = null;
            if (type == PlatformType.ENCLAVE_RD_INSTITUTION) {
                int place = random.nextInt(SyntheticCatalogue.ENCLAVE_PLACES.size());
                enclave = new EnclaveLocation(SyntheticCatalogue.ENCLAVE_PLACES.get(place),
                        DivisionCode.of(SyntheticCatalogue.ENCLAVE_CODES.get(place)));
            }
            // The first platform serves the downstream blockage of its chain (R4).
            // Hosts, link, dates and services come from the platform's place, not from the random draws, so the
            // rest of the generated data stays as it was.
            Enterprise host = enterprises.stream().filter(e -> e.isOnChain(chain.id())).findFirst().orElse(null);
            LocalDate established = LocalDate.of(YEAR - 6 + p % 5, 1 + p % 12, 1);
            platforms.add(new InnovationPlatform(unit.id() + "-p" + (p + 1), shortName + chain.name() + type.label()
                    + "（合成）", type, InstitutionLevel.values()[random.nextInt(4)], county, List.of(chain.id()), null,
                    enclave, p == 0 ? List.of("down-b1") : List.of(),
                    host == null ? List.of() : List.of(new HostOrganisation(host.name(), host.creditCode())),
                    List.of(new String[] {"up", "mid", "down"}[p % 3]), established, established.plusYears(1),
                    List.of(type.label() + "服务")));
        }
        String theme = SyntheticCatalogue.CITY_THEMES.get(unit.parentId());
        List<IndustryChain> scaled = chains.stream().map(c -> withScale(c, enterprises, c.name().equals(theme)))
                .toList();
        return new CountyDataset(unit.id(), unit.name(), YEAR, "合成数据，企业均为虚构（SyntheticProvince）", scaled,
                enterprises, teams, platforms, demands, achievements, reports, watchList);
    }

    /**
     * The chain with its full name, the pilot flag (the city's theme chain is marked a pilot chain) and the scale of
     * the reporting year as its enterprises add up: their revenue as the output value (stated in 万元), how many there
     * are and how many are above scale.
     */
    private static IndustryChain withScale(IndustryChain c, List<Enterprise> enterprises, boolean pilot) {
        BigDecimal output = BigDecimal.ZERO.setScale(2);
        int count = 0;
        int aboveScale = 0;
        for (Enterprise e : enterprises) {
            if (!e.isOnChain(c.id())) {
                continue;
            }
            count++;
            aboveScale += e.aboveScaleIn(YEAR) ? 1 : 0;
            BigDecimal revenue = e.year(YEAR).map(AnnualRdFigures::operatingRevenue).orElse(null);
            output = revenue == null ? output : output.add(revenue);
        }
        return new IndustryChain(c.id(), c.name(), c.name() + "产业链", c.county(), c.industryCode(), c.aliases(),
                pilot ? Boolean.TRUE : null, List.of(new ChainScale(YEAR, output, count, aboveScale,
                        MoneyUnit.TEN_THOUSAND_YUAN)), c.map());
    }

    private Enterprise enterprise(DivisionCode county, String shortName, List<String> oldCodes, IndustryChain chain,
                                  List<String> chainIds, List<ServiceContact> contacts) {
        SplittableRandom r = random;
        // Registration: mostly long established; about 1 % registered in the reporting year itself.
        LocalDate registered = r.nextInt(100) == 0 ? date(LocalDate.of(YEAR, 1, 1).toEpochDay() + r.nextInt(300))
                : date(firstEpochDay + r.nextInt((int) (LocalDate.of(YEAR - 1, 6, 30).toEpochDay() - firstEpochDay)));
        String divisionPart = divisionPart(county, oldCodes);
        CreditCode code = creditCode(divisionPart, registered.getYear());
        ChainKind kind = SyntheticCatalogue.kind(chain.name());
        String name = shortName + SyntheticCatalogue.TRADE_1.charAt(r.nextInt(SyntheticCatalogue.TRADE_1.length()))
                + SyntheticCatalogue.TRADE_2.charAt(r.nextInt(SyntheticCatalogue.TRADE_2.length()))
                + kind.words().get(r.nextInt(kind.words().size())) + "有限公司（合成）";
        boolean aboveScale = r.nextInt(100) < 96;
        String industry = chain.industryCode();
        boolean manufacturing = (industry == null || !industry.startsWith("A")) && r.nextInt(100) < 97;
        boolean sme = r.nextInt(100) < 18;
        boolean highTech = r.nextInt(100) < 25;
        List<HighTechCertificate> certificates = List.of();
        if (highTech) {
            LocalDate issued = BATCHES[r.nextInt(BATCHES.length)];
            String number = "GR" + issued.getYear() + "35" + String.format(java.util.Locale.ROOT, "%06d", sequence % 1_000_000);
            // One certificate in ten leaves its last valid day out, as lists copied from a recognition announcement
            // do (number and issue date only): derived, it is the same day. Chosen by number, not by the random
            // source, so every other value generated stays what it was.
            certificates = List.of(sequence % 10 == 3 ? new HighTechCertificate(number, issued)
                    : new HighTechCertificate(number, issued, issued.plusYears(3).minusDays(1)));
        }
        boolean validHighTech = highTech && certificates.get(0).isValidDuring(YEAR);
        // R&D in the latest year for about a third; the earlier years a little less often (两提升).
        boolean rd24 = r.nextInt(100) < (validHighTech ? 85 : 20);
        boolean rd23 = rd24 ? r.nextInt(100) < 92 : r.nextInt(100) < 3;
        boolean rd22 = rd23 ? r.nextInt(100) < 92 : r.nextInt(100) < 3;
        boolean institution = rd24 ? r.nextInt(100) < 27 : r.nextInt(100) < 1;
        List<RdInstitution> institutions = institution
                ? institutionsByLevel.get(r.nextInt(institutionsByLevel.size())) : institutionsNone;
        int patents = rd24 ? (r.nextInt(100) < 60 ? 1 + r.nextInt(30) : 0) : (r.nextInt(100) < 5 ? 1 : 0);
        // Revenue in yuan: log-normal from 20 million up for above-scale, 5-19 million below.
        double base = aboveScale ? 2.0e7 * Math.exp(1.1 * Math.abs(r.nextGaussian())) : 5.0e6 + r.nextDouble() * 1.4e7;
        double intensity = rd24 || rd23 || rd22 ? Math.min(0.15, 0.025 * Math.exp(0.6 * r.nextGaussian())) : 0;
        int employees = (int) Math.max(20, base / (3.0e5 + r.nextDouble() * 7.0e5));
        int staffShare = rd24 ? 5 + r.nextInt(16) : r.nextInt(3);
        int firstYear = registered.getYear() >= YEAR ? YEAR
                : r.nextInt(100) < 3 ? YEAR - 1 : Math.max(FIRST_YEAR, registered.getYear());
        boolean reserve = r.nextInt(100) < 8;
        Boolean reserveFund = reserve ? Boolean.TRUE : r.nextInt(100) < 45 ? Boolean.FALSE : null;
        String intermediary = (highTech || sme) && r.nextInt(100) < 20
                ? intermediaries.get(r.nextInt(intermediaries.size())) : null;
        int statisticsAnomaly = r.nextInt(100);
        boolean usesHighTechTax = r.nextInt(100) < 92;
        boolean usesDeduction = r.nextInt(100) < 85;
        boolean usesLoan = r.nextInt(100) < 30;
        List<AnnualRdFigures> years = new ArrayList<>(3);
        double revenue = base;
        for (int year = FIRST_YEAR; year <= YEAR; year++) {
            revenue = year == FIRST_YEAR ? base : revenue * (0.92 + 0.23 * r.nextDouble());
            if (year < firstYear) {
                continue;
            }
            boolean hasRd = year == YEAR ? rd24 : year == YEAR - 1 ? rd23 : rd22;
            BigDecimal revenueYuan = amount(Math.round(revenue / 1000) * 1000);
            BigDecimal rd = hasRd ? amount(Math.max(100, Math.round(revenue * intensity / 100) * 100)) : ZERO;
            boolean validThisYear = highTech && certificates.get(0).isValidDuring(year);
            int incentives = (validThisYear && usesHighTechTax ? 1 : 0) | (hasRd && usesDeduction ? 2 : 0)
                    | (sme && usesLoan ? 4 : 0);
            int sdp = hasRd && r.nextInt(10) == 0 ? 1 + r.nextInt(3) : 0;
            RdStatisticsReport report = null;
            if (aboveScale && manufacturing) {
                report = !hasRd ? EMPTY_REPORT : RdStatisticsReport.of(rd, integer(1 + (int) Math.min(59,
                        rd.longValue() / 1_500_000)));
                // Planted anomalies (R8): project with zero statistics; high-tech with zero projects or zero R&D.
                if (year == YEAR && hasRd && sdp > 0 && statisticsAnomaly < 15) {
                    report = EMPTY_REPORT;
                } else if (year == YEAR && validThisYear && statisticsAnomaly >= 95) {
                    report = statisticsAnomaly >= 98 ? RdStatisticsReport.of(ZERO, integer(2))
                            : RdStatisticsReport.of(rd, integer(0));
                }
            }
            Boolean ledger = validThisYear ? (r.nextInt(100) < 85 ? Boolean.TRUE : r.nextInt(3) == 0 ? null
                    : Boolean.FALSE) : (hasRd && usesDeduction) ? Boolean.TRUE : null;
            // A small above-scale enterprise entered the statistics after the first year (规上 is a status of a year).
            Boolean aboveScaleThisYear = (aboveScale && year == FIRST_YEAR && base < 2.2e7) ? Boolean.FALSE : null;
            years.add(new AnnualRdFigures(year, aboveScaleThisYear, revenueYuan, rd, hasRd ? rd : null, hasRd ? rd : null,
                    validThisYear || sme ? amount(Math.round(revenue * 0.7 / 1000) * 1000) : null,
                    integer(employees), integer(employees * staffShare / 100), integer(patents),
                    integer(highTech || sme ? patents + 2 : patents), year == YEAR || (institution && hasRd)
                    ? institutions : institutionsNone, ledger, Boolean.TRUE.equals(ledger)
                    ? AuxiliaryLedgerStyle.STYLE_2021 : null, reserveFund, INCENTIVE_SETS.get(incentives),
                    integer(sdp), report, intermediary, intermediaryCodes.get(intermediary), false));
        }
        boolean gap = aboveScale && manufacturing && (!rd24 || !institution || patents == 0);
        ServiceContact contact = gap && r.nextBoolean() ? contacts.get(r.nextInt(contacts.size())) : null;
        if (!gap && validHighTech) {
            // The 入企普查 visit (R11): two high-tech enterprises in three have a contact, a bureau's or the team's.
            // Chosen from the credit code, not drawn, so that every other value stays what it was.
            int pick = Math.floorMod(code.value().hashCode(), 3);
            contact = pick == 0 ? null : contacts.get(pick - 1);
        }
        // An enterprise on a manufacturing chain that is not itself in manufacturing designs for it (工业设计服务).
        String industryCode = manufacturing || industry == null || !industry.startsWith("C") ? industry : "M7491";
        String industryName = industryCode == null ? null
                : GBT4754.find(industryCode).map(IndustryClass::name).orElse(null);
        String address = "福建省" + shortName + name.substring(shortName.length(), shortName.length() + 2)
                + "路" + (1 + Math.floorMod(code.hashCode(), 199)) + "号（合成）";
        return new Enterprise(code, name, county, industryCode, industryName, chainIds, aboveScale,
                manufacturing ? null : Boolean.FALSE, manufacturing, sme, registered, address, certificates, contact,
                years);
    }

    private String divisionPart(DivisionCode county, List<String> oldCodes) {
        int roll = random.nextInt(1000);
        if (roll < 15 && !oldCodes.isEmpty()) {
            return oldCodes.get(random.nextInt(oldCodes.size()));
        }
        if (roll >= 985) {
            return SyntheticCatalogue.OTHER_PROVINCE_CODES.get(random.nextInt(
                    SyntheticCatalogue.OTHER_PROVINCE_CODES.size()));
        }
        return roll < 125 ? county.prefecture().value() : county.value();
    }

    /**
     * A unique, valid business credit code: organisation codes come from the sequence number through a bijection,
     * old-style eight digits before 2016, {@code MA} and six characters after.
     */
    private CreditCode creditCode(String divisionPart, int registeredYear) {
        long n = sequence++;
        char[] c = new char[18];
        c[0] = '9';
        c[1] = '1';
        divisionPart.getChars(0, 6, c, 2);
        if (registeredYear < 2016) {
            long v = Math.floorMod(n * orgA + orgB, ORG_SPACE_NUMERIC);
            for (int i = 15; i >= 8; i--) {
                c[i] = (char) ('0' + v % 10);
                v /= 10;
            }
        } else {
            long v = Math.floorMod(n * maA + maB, ORG_SPACE_MA);
            c[8] = 'M';
            c[9] = 'A';
            for (int i = 15; i >= 10; i--) {
                c[i] = CHARSET.charAt((int) (v % 31));
                v /= 31;
            }
        }
        c[16] = CreditCode.organisationCheckCharacter(new String(c, 8, 8));
        c[17] = CreditCode.checkCharacter(new String(c, 0, 17));
        return new CreditCode(new String(c));
    }

    /**
     * An amount of the figures, shared with every equal amount drawn before: revenues are rounded to a thousand
     * yuan and R&amp;D to a hundred, so at national scale most values repeat, and an immutable {@link BigDecimal}
     * can stand for all of them (the data is the same; the heap it takes is not).
     */
    private BigDecimal amount(long yuan) {
        if (yuan == 0) {
            return ZERO;
        }
        // Open addressing on a mixed key: a HashMap of Longs that are multiples of 100 degrades into trees.
        int slot = firstSlot(yuan, amountKeys.length);
        while (amountValues[slot] != null) {
            if (amountKeys[slot] == yuan) {
                return amountValues[slot];
            }
            slot = (slot + 1) & (amountKeys.length - 1);
        }
        BigDecimal v = yuan(yuan);
        amountKeys[slot] = yuan;
        amountValues[slot] = v;
        if (++amountCount * 2 > amountKeys.length) {
            growAmounts();
        }
        return v;
    }

    private void growAmounts() {
        long[] keys = amountKeys;
        BigDecimal[] values = amountValues;
        amountKeys = new long[keys.length * 2];
        amountValues = new BigDecimal[keys.length * 2];
        amountCount = 0;
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                int slot = firstSlot(keys[i], amountKeys.length);
                while (amountValues[slot] != null) {
                    slot = (slot + 1) & (amountKeys.length - 1);
                }
                amountKeys[slot] = keys[i];
                amountValues[slot] = values[i];
                amountCount++;
            }
        }
    }

    private static int firstSlot(long key, int tableSize) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (tableSize - 1);
    }

    private static BigDecimal yuan(long yuan) {
        return yuan == 0 ? ZERO : BigDecimal.valueOf(yuan * 100, 2);
    }

    private Integer integer(int v) {
        if (v < 0 || v >= integers.length) {
            return v;
        }
        Integer i = integers[v];
        if (i == null) {
            i = v;
            integers[v] = i;
        }
        return i;
    }

    private LocalDate date(long epochDay) {
        int i = (int) (epochDay - firstEpochDay);
        LocalDate d = dates[i];
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay);
            dates[i] = d;
        }
        return d;
    }

    private static List<Set<Incentive>> incentiveSets() {
        List<Set<Incentive>> sets = new ArrayList<>(8);
        Incentive[] all = {Incentive.HIGH_TECH_TAX_REDUCTION, Incentive.RD_SUPER_DEDUCTION, Incentive.TECH_LOAN};
        for (int mask = 0; mask < 8; mask++) {
            EnumSet<Incentive> s = EnumSet.noneOf(Incentive.class);
            for (int b = 0; b < 3; b++) {
                if ((mask & (1 << b)) != 0) {
                    s.add(all[b]);
                }
            }
            sets.add(java.util.Collections.unmodifiableSet(s));
        }
        return List.copyOf(sets);
    }

    private String person() {
        return "" + SyntheticCatalogue.SURNAMES.charAt(random.nextInt(SyntheticCatalogue.SURNAMES.length()))
                + SyntheticCatalogue.GIVEN.charAt(random.nextInt(SyntheticCatalogue.GIVEN.length()))
                + SyntheticCatalogue.GIVEN.charAt(random.nextInt(SyntheticCatalogue.GIVEN.length()));
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Teams, lists, reports, needs

    private Commissioner commissioner(String field) {
        List<String> orgs = SyntheticCatalogue.ORGANISATIONS;
        return new Commissioner(person() + "（合成）", orgs.get(random.nextInt(orgs.size())), field, "1380000" + digits(4));
    }

    /**
     * A chain's team. The fields later format versions added (formation, period, titles, task ids and dates,
     * post-subsidies, other counties' chains) come from the team's place, not from the random draws, so the rest of
     * the generated data stays as it was.
     *
     * @param issuer     the enterprise of the chain that issued the team's task, or {@code null} (the bureau did)
     * @param otherChain another county's chain the team serves too (a city-level team), or {@code null}
     */
    private TalentTeam team(ReportingUnit unit, IndustryChain chain, ChainKind kind, @Nullable Enterprise issuer,
                            @Nullable ChainReference otherChain) {
        String[] titles = {"教授", "副教授", "研究员", "高级工程师"};
        List<Commissioner> members = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            Commissioner c = commissioner(kind.technologies().get(i % 3));
            // The fourth member is an enterprise's engineer, not a registered S&T commissioner.
            members.add(new Commissioner(c.name(), c.organisation(), c.field(), titles[i], i != 3, c.phone()));
        }
        String taskId = chain.id() + "-task1";
        // The task tackles the midstream technology, and with it the hard problem on it (R4).
        List<ChallengeTask> tasks = List.of(new ChallengeTask(taskId, kind.technologies().get(1) + "攻关",
                issuer == null ? unit.name() + "科技局（合成）" : issuer.name(),
                issuer == null ? null : issuer.creditCode(),
                TaskStatus.values()[random.nextInt(TaskStatus.values().length)], "按计划推进（合成）",
                yuan(100_000L * (5 + random.nextInt(16))), LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR + 1, 2, 28),
                List.of("mid-t1")));
        String result = "服务" + (3 + random.nextInt(10)) + "家链上企业，解决技术难题" + (1 + random.nextInt(5))
                + "项（合成数据）。";
        boolean recommended = random.nextBoolean();
        List<TeamResult> results = List.of(new TeamResult(YEAR, result, recommended,
                recommended ? yuan(100_000L) : null, taskId));
        Commissioner lead = commissioner(kind.technologies().get(0));
        Commissioner leader = new Commissioner(lead.name(), lead.organisation(), lead.field(), "教授", true,
                lead.phone());
        TeamFormation[] formations = TeamFormation.values();
        TeamFormation formation = formations[Math.floorMod(chain.id().hashCode(), formations.length)];
        // A city-level team serves one industry in two counties: 一业一团.
        return new TalentTeam(chain.id() + "-team", unit.name() + chain.name() + "产业链科技特派团（合成）",
                chain.county(), otherChain == null ? TeamMode.ONE_CHAIN_ONE_TEAM : TeamMode.ONE_INDUSTRY_ONE_TEAM,
                formation, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR + 1, 12, 31), List.of(chain.id()),
                otherChain == null ? List.of() : List.of(otherChain), leader, members, tasks, results);
    }

    /**
     * The other county's chain the team of a city's theme chain serves too, when the county is the first of its
     * city: the theme chain of the city's third county (which has it, as every county at an even position does).
     */
    private @Nullable ChainReference cityLevelReach(ReportingUnit unit, IndustryChain chain) {
        ReportingUnit city = fujian.reportingUnit(unit.parentId()).orElseThrow();
        String theme = SyntheticCatalogue.CITY_THEMES.get(city.id());
        List<DivisionCode> covers = city.covers();
        if (theme == null || !chain.name().equals(theme) || covers.size() < 3 || !covers.get(0).value().equals(unit.id())) {
            return null;
        }
        return new ChainReference(covers.get(2), covers.get(2).value() + "-" + SyntheticCatalogue.kind(theme).slug());
    }

    private void lists(IndustryChain chain, ChainKind kind, List<Enterprise> enterprises,
                       List<TechnologyDemand> demands, List<Achievement> achievements) {
        String[] linkIds = {"up", "mid", "down"};
        for (int i = 0; i < 2; i++) {
            int t = (i + random.nextInt(3)) % 3;
            String tech = kind.technologies().get(t);
            Enterprise proposer = null;
            for (int tries = 0; tries < 5 && !enterprises.isEmpty() && proposer == null; tries++) {
                Enterprise e = enterprises.get(random.nextInt(enterprises.size()));
                proposer = e.isOnChain(chain.id()) ? e : null;
            }
            demands.add(new TechnologyDemand(chain.id() + "-d" + (i + 1), tech + "技术需求", "企业需要" + tech
                    + "方面的技术支持（合成数据）。", chain.id(), linkIds[t], chain.county(), chain.industryCode(),
                    proposer == null ? null : proposer.name(), proposer == null ? null : proposer.creditCode(),
                    List.of(tech, chain.name()), yuan(500_000L * (i + 1)), List.of(linkIds[t] + "-t1")));
            int a = (t + i) % 3;
            String other = kind.technologies().get(a);
            // Drawn in the order of earlier releases, so the rest of the generated data stays as it was.
            String owner = SyntheticCatalogue.ORGANISATIONS.get(
                    random.nextInt(SyntheticCatalogue.ORGANISATIONS.size()));
            boolean inProvince = random.nextBoolean();
            achievements.add(new Achievement(chain.id() + "-a" + (i + 1), other + "关键技术成果", "可转化的" + other
                    + "成果（合成数据）。", owner, chain.name(), chain.industryCode(), chain.id(), linkIds[a],
                    DivisionCode.of(inProvince ? "350000" : "310000"), List.of(other, chain.name()),
                    List.of(linkIds[a] + "-t1"), Achievement.MIN_MATURITY + (i + a) % Achievement.MAX_MATURITY,
                    inProvince ? AchievementOrigin.IN_PROVINCE : AchievementOrigin.OUT_OF_PROVINCE));
        }
    }

    private ResearchReport report(ReportingUnit unit, IndustryChain chain, ChainKind kind) {
        String c = chain.name();
        String u = unit.name();
        List<String> links = kind.links();
        List<String> tech = kind.technologies();
        List<ReportItem> items = List.of(
                ReportItem.ofParagraphs("1.1", u + c + "产业是本县域重点产业，链上企业以中小企业为主，"
                        + links.get(1) + "环节较为集中（合成数据）。"),
                new ReportItem("1.2", List.of(new ContentBlock.Paragraph(c + "产业在" + tech.get(1) + "方面仍有瓶颈，"
                        + links.get(0) + "环节本地配套不足（合成数据）。"), new ContentBlock.Figure(FigureKind.CHAIN_MAP,
                        u + c + "产业创新链图谱", null))),
                ReportItem.ofParagraphs("2.1", "国内" + c + "产业规模较大，区域集聚明显（合成数据）。"),
                ReportItem.ofParagraphs("2.2", "国内" + tech.get(0) + "、" + tech.get(1) + "等技术发展较快（合成数据）。"),
                ReportItem.ofParagraphs("2.3", c + "产业向绿色化、数字化、高端化方向发展（合成数据）。"),
                ReportItem.ofParagraphs("3.1", "强链补链，围绕" + links.get(0) + "开展精准招商（合成数据）。"),
                ReportItem.ofParagraphs("3.2", "攻关方向：" + tech.get(0) + "、" + tech.get(1) + "、" + tech.get(2)
                        + "（合成数据）。"),
                ReportItem.ofParagraphs("3.3", "本产业链科技创新优势单位如下表（合成数据）。"));
        List<AdvantageUnit> advantage = List.of(
                new AdvantageUnit(SyntheticCatalogue.ORGANISATIONS.get(random.nextInt(2)), UnitKind.UNIVERSITY,
                        tech.get(0), "长期从事相关研究（合成数据）", null),
                new AdvantageUnit(u + c + "产业链科技特派团（合成）", UnitKind.TEAM, tech.get(1), "一链一团（合成数据）",
                        null));
        // The county's own subtitle and caption of 三.3's table.
        return new ResearchReport(chain.id() + "-" + YEAR, unit.id(), u, chain.id(), c, ReportTemplates.FUJIAN_2024,
                YEAR, List.of(chain.county()), items, advantage, u + "科技局（合成）", date(LocalDate.of(YEAR, 10, 1)
                .toEpochDay() + random.nextInt(40)), "——以" + c + "产业链为例", "附表 " + u + c + "产业科技创新优势单位（合成）");
    }

    private List<InvestmentNeed> investmentNeeds() {
        List<InvestmentNeed> needs = new ArrayList<>();
        for (ReportingUnit city : fujian.cityLevelUnits()) {
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                int when = random.nextInt(10);
                LocalDate submitted = when < 7 ? date(LocalDate.of(YEAR, 12, 1).toEpochDay() + random.nextInt(31))
                        : when < 9 ? date(LocalDate.of(YEAR + 1, 1, 2).toEpochDay() + random.nextInt(20)) : null;
                needs.add(new InvestmentNeed(city.id() + "-need-" + (i + 1), city.id(), YEAR + 1,
                        city.name() + "科技招商活动" + (i + 1) + "（合成）", null, random.nextInt(20) == 0, submitted));
            }
        }
        return needs;
    }
}
