package org.countychain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.investment.InvestmentNeed;
import org.countychain.report.ResearchReport;
import org.countychain.rules.internal.ArrayView;
import org.countychain.rules.internal.EnterpriseOrder;
import org.countychain.rules.model.CertificateValidity;
import org.countychain.rules.model.PilotRegistry;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * The engine's {@link RuleContext}: the input put in a canonical order once, so that findings do not depend on
 * the order of the input. Internal: not part of the API.
 */
final class DefaultRuleContext implements RuleContext {
    private static final Comparator<CountyDataset> COUNTY_ORDER =
            Comparator.comparing(CountyDataset::unitId).thenComparing(CountyDataset::unitName)
                    .thenComparingInt(c -> c.enterprises().size());
    private static final Comparator<LocalDate> DATES = Comparator.nullsLast(Comparator.naturalOrder());

    private final ScreeningInput input;
    private final RuleSettings settings;
    private final PilotRegistry pilotRegistry;
    private final Divisions divisions;
    private final List<CountyDataset> counties;
    private final List<CitySubmission> submissions;
    private final List<ResearchReport> reports;
    private final List<InvestmentNeed> investmentNeeds;
    private final List<ReportingUnit> countyUnits;
    private final List<ReportingUnit> cityUnits;
    private volatile @Nullable EnterpriseView view;

    /**
     * Puts the input in order.
     *
     * @param input         the input
     * @param settings      the settings
     * @param pilotRegistry the pilot registry
     * @param divisions     the divisions
     */
    DefaultRuleContext(ScreeningInput input, RuleSettings settings, PilotRegistry pilotRegistry,
                              Divisions divisions) {
        this.input = input;
        this.settings = settings;
        this.pilotRegistry = pilotRegistry;
        this.divisions = divisions;
        this.counties = sorted(input.counties(), COUNTY_ORDER);
        this.submissions = sorted(input.submissions(), Comparator.comparing(CitySubmission::unitId)
                .thenComparingInt(CitySubmission::year)
                .thenComparing(CitySubmission::submittedOn, DATES)
                .thenComparingInt(s -> s.reports().size()));
        List<ResearchReport> r = new ArrayList<>();
        counties.forEach(c -> r.addAll(c.reports()));
        submissions.forEach(s -> r.addAll(s.reports()));
        r.sort(Comparator.comparing(ResearchReport::id).thenComparing(ResearchReport::unitId)
                .thenComparing(ResearchReport::chainId));
        this.reports = List.copyOf(r);
        this.investmentNeeds = needs(input, submissions);
        this.countyUnits = countyUnits(input, divisions, counties, submissions);
        this.cityUnits = cityUnits(input, divisions, submissions);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
    }

    private static List<InvestmentNeed> needs(ScreeningInput input, List<CitySubmission> submissions) {
        // One need per id: the same need can come with the province data and again in a city's submission.
        // The one sent earliest wins, so the result does not depend on which list came first.
        TreeMap<String, InvestmentNeed> byId = new TreeMap<>();
        List<InvestmentNeed> all = new ArrayList<>(input.investmentNeeds());
        submissions.forEach(s -> all.addAll(s.investmentNeeds()));
        for (InvestmentNeed n : all) {
            byId.merge(n.id(), n, (a, b) -> {
                int c = DATES.compare(a.submittedOn(), b.submittedOn());
                if (c != 0) {
                    return c < 0 ? a : b;
                }
                return (a.unitId() + a.title()).compareTo(b.unitId() + b.title()) <= 0 ? a : b;
            });
        }
        return List.copyOf(byId.values());
    }

    private static List<ReportingUnit> countyUnits(ScreeningInput input, Divisions divisions,
                                                   List<CountyDataset> counties, List<CitySubmission> submissions) {
        TreeMap<String, ReportingUnit> units = new TreeMap<>();
        if (input.wholeProvince()) {
            divisions.countyLevelUnits().forEach(u -> units.put(u.id(), u));
        }
        for (CountyDataset c : counties) {
            divisions.reportingUnit(c.unitId()).filter(u -> !u.kind().isCityLevel())
                    .ifPresent(u -> units.put(u.id(), u));
        }
        for (CitySubmission s : submissions) {
            divisions.reportingUnit(s.unitId()).filter(u -> u.kind().isCityLevel()).ifPresent(city -> {
                for (DivisionCode code : city.covers()) {
                    divisions.reportingUnit(code.value()).ifPresent(u -> units.put(u.id(), u));
                }
            });
        }
        return List.copyOf(units.values());
    }

    private static List<ReportingUnit> cityUnits(ScreeningInput input, Divisions divisions,
                                                 List<CitySubmission> submissions) {
        TreeMap<String, ReportingUnit> units = new TreeMap<>();
        if (input.wholeProvince()) {
            divisions.cityLevelUnits().forEach(u -> units.put(u.id(), u));
        }
        for (CitySubmission s : submissions) {
            divisions.reportingUnit(s.unitId()).filter(u -> u.kind().isCityLevel())
                    .ifPresent(u -> units.put(u.id(), u));
        }
        return List.copyOf(units.values());
    }

    @Override
    public int reportingYear() {
        return input.reportingYear();
    }

    @Override
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(input.asOf());
    }

    @Override
    public RuleSettings settings() {
        return settings;
    }

    @Override
    public PilotRegistry pilotRegistry() {
        return pilotRegistry;
    }

    @Override
    public Divisions divisions() {
        return divisions;
    }

    @Override
    public List<CountyDataset> counties() {
        return counties;
    }

    @Override
    public List<Enterprise> enterprises() {
        return view().enterprises;
    }

    @Override
    public List<@Nullable AnnualRdFigures> reportingYearFigures() {
        return view().current;
    }

    @Override
    public List<@Nullable AnnualRdFigures> previousYearFigures() {
        return view().previous;
    }

    @Override
    public List<@Nullable HighTechCertificate> highTechCertificates() {
        return view().highTech;
    }

    /**
     * Whether {@link #enterprises()} is strictly increasing in the order of their subjects (county code, then
     * credit code): then findings about enterprises in increasing index order are in subject order. False when two
     * enterprises share a county and credit code, or when data sets overlap in county codes out of order.
     *
     * @return whether the enterprises are in subject order
     */
    boolean enterprisesInSubjectOrder() {
        return view().subjectOrder;
    }

    private EnterpriseView view() {
        EnterpriseView v = view;
        if (v == null) {
            synchronized (this) {
                v = view;
                if (v == null) {
                    v = new EnterpriseView(counties, input.reportingYear(), settings.highTechValidity());
                    view = v;
                }
            }
        }
        return v;
    }

    /** The enterprises in canonical order with their figures of the year and the year before, made once. */
    private static final class EnterpriseView {
        final List<Enterprise> enterprises;
        final List<@Nullable AnnualRdFigures> current;
        final List<@Nullable AnnualRdFigures> previous;
        final List<@Nullable HighTechCertificate> highTech;
        final boolean subjectOrder;

        EnterpriseView(List<CountyDataset> counties, int year, CertificateValidity validity) {
            int n = 0;
            for (CountyDataset c : counties) {
                n += c.enterprises().size();
            }
            Enterprise[] all = new Enterprise[n];
            int start = 0;
            boolean strict = true;
            EnterpriseOrder.Scratch scratch = new EnterpriseOrder.Scratch();
            // County by county: the data sets are in unit order already, and sorting a county's enterprises,
            // whose objects lie close together, is far cheaper than one sort of them all.
            for (CountyDataset c : counties) {
                int end = start;
                for (Enterprise e : c.enterprises()) {
                    all[end++] = e;
                }
                strict &= EnterpriseOrder.sort(all, start, end, scratch);
                if (strict && start > 0 && end > start) {
                    strict = before(all[start - 1], all[start]);
                }
                start = end;
            }
            subjectOrder = strict;
            @Nullable AnnualRdFigures[] cur = new AnnualRdFigures[n];
            @Nullable AnnualRdFigures[] prev = new AnnualRdFigures[n];
            @Nullable HighTechCertificate[] certificates = new HighTechCertificate[n];
            for (int i = 0; i < n; i++) {
                if (!all[i].highTechCertificates().isEmpty()) {
                    certificates[i] = validity.certificate(all[i], year);
                }
                List<AnnualRdFigures> years = all[i].years();
                for (int k = years.size() - 1; k >= 0; k--) {
                    AnnualRdFigures f = years.get(k);
                    if (f.year() == year) {
                        cur[i] = f;
                    } else if (f.year() == year - 1) {
                        prev[i] = f;
                    } else if (f.year() < year - 1) {
                        break;
                    }
                }
            }
            enterprises = new ArrayView<>(all);
            current = new ArrayView<>(cur);
            previous = new ArrayView<>(prev);
            highTech = new ArrayView<>(certificates);
        }

        /** Whether a's subject comes strictly before b's (both enterprises: by county code, then credit code). */
        private static boolean before(Enterprise a, Enterprise b) {
            int c = a.county().value().compareTo(b.county().value());
            return c < 0 || (c == 0 && a.creditCode().value().compareTo(b.creditCode().value()) < 0);
        }
    }

    @Override
    public List<CitySubmission> submissions() {
        return submissions;
    }

    @Override
    public List<ResearchReport> reports() {
        return reports;
    }

    @Override
    public List<InvestmentNeed> investmentNeeds() {
        return investmentNeeds;
    }

    @Override
    public @Nullable IntermediaryWatchList watchList(CountyDataset county) {
        return county.watchList() != null ? county.watchList() : input.watchList();
    }

    @Override
    public List<ReportingUnit> countyUnitsInScope() {
        return countyUnits;
    }

    @Override
    public List<ReportingUnit> cityUnitsInScope() {
        return cityUnits;
    }
}
