package org.countychain.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.report.ResearchReport;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.internal.ReportCoverage;
import org.countychain.rules.model.PilotRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Computes report coverage (计算报送覆盖情况) per city-level unit and for the province, with the logic R1, R2 and
 * R13 use, so the coverage and the rules' findings always agree: a county without a report here is an
 * {@code R1-NO-REPORT} there, a missing pilot chain an {@code R2-MISSING-CHAIN}, a chain without a team an
 * {@code R13-NO-TEAM}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CoverageAnalyzer analyzer = CoverageAnalyzer.builder().pilotRegistry(PilotRegistry.read(file)).build();
 * ProvinceCoverage fujian = analyzer.province(ScreeningInput.of(provinceDataset));
 * CityCoverage quanzhou = analyzer.city("350500", ScreeningInput.builder().counties(datasets).build());
 * quanzhou.units(CoverageStatus.NO_REPORT);                   // counties without a report
 * }</pre>
 *
 * <p>Reports counted: every report of the reporting year in the input's data sets and city submissions (the same
 * report id twice counts once). A report covers the counties it lists, or its own unit when it lists none; a
 * retired code counts for its successor. A report listing more than one county is consolidated
 * ({@link ResearchReport#isConsolidated()}); any other is the covered county's own. Chains and teams come from the
 * data sets of the city's counties and of the city itself (its consolidated data set); data sets of units the
 * divisions do not know are not placed in any city.
 *
 * @since 0.1.0
 */
public final class CoverageAnalyzer {
    private static final CoverageAnalyzer DEFAULTS = builder().build();

    private final Divisions divisions;
    private final PilotRegistry pilotRegistry;

    private CoverageAnalyzer(Builder b) {
        this.divisions = b.divisions != null ? b.divisions : Divisions.fujian();
        this.pilotRegistry = b.pilotRegistry;
    }

    /**
     * Fujian's divisions and the empty pilot registry (no R2 gaps), as {@code RuleEngine.defaults()} has.
     *
     * @return the shared instance
     */
    public static CoverageAnalyzer defaults() {
        return DEFAULTS;
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The pilot registry missing chains are checked against.
     *
     * @return the registry
     */
    public PilotRegistry pilotRegistry() {
        return pilotRegistry;
    }

    /**
     * The coverage of every city-level unit of the divisions.
     *
     * @param input the data sets and submissions, and the reporting year
     * @return the province's coverage
     */
    public ProvinceCoverage province(ScreeningInput input) {
        Objects.requireNonNull(input, "input");
        Index index = new Index(input, divisions);
        List<CityCoverage> cities = new ArrayList<>();
        for (ReportingUnit city : divisions.cityLevelUnits()) {
            cities.add(city(city, input.reportingYear(), index));
        }
        return new ProvinceCoverage(input.reportingYear(), pilotRegistry.source(), cities, null);
    }

    /**
     * The coverage of one city-level unit.
     *
     * @param cityLevelUnitId the unit's id ({@code 350500}, or {@code PINGTAN})
     * @param input           the data sets and submissions (those of other cities are ignored), and the year
     * @return the city's coverage
     * @throws InvalidInputException {@link ErrorCode#CONSOLIDATION_UNKNOWN_CITY} when the id is not a city-level unit
     */
    public CityCoverage city(String cityLevelUnitId, ScreeningInput input) {
        Objects.requireNonNull(input, "input");
        return city(cityLevelUnit(divisions, cityLevelUnitId), input.reportingYear(), new Index(input, divisions));
    }

    /**
     * The city-level unit with an id.
     *
     * @param divisions       the divisions
     * @param cityLevelUnitId the id
     * @return the unit
     * @throws InvalidInputException {@link ErrorCode#CONSOLIDATION_UNKNOWN_CITY} when the id is not a city-level unit
     */
    public static ReportingUnit cityLevelUnit(Divisions divisions, String cityLevelUnitId) {
        return divisions.reportingUnit(cityLevelUnitId).filter(u -> u.kind().isCityLevel())
                .orElseThrow(() -> new InvalidInputException(ErrorCode.CONSOLIDATION_UNKNOWN_CITY, "city",
                        String.valueOf(cityLevelUnitId)));
    }

    private CityCoverage city(ReportingUnit city, int year, Index index) {
        List<UnitCoverage> units = new ArrayList<>();
        List<MissingPilotChain> missing = new ArrayList<>();
        for (DivisionCode code : city.covers()) {
            ReportingUnit county = divisions.reportingUnit(code.value()).orElse(null);
            if (county == null) {
                continue;
            }
            TreeSet<String> own = new TreeSet<>();
            TreeSet<String> consolidated = new TreeSet<>();
            List<ResearchReport> covering = index.covering.getOrDefault(county.id(), List.of());
            for (ResearchReport r : covering) {
                (r.isConsolidated() ? consolidated : own).add(r.id());
            }
            PilotRegistry.PilotCounty pilot = ReportCoverage.pilotOf(pilotRegistry, county, divisions).orElse(null);
            units.add(new UnitCoverage(county.id(), county.name(), city.id(),
                    CoverageStatus.of(own.size(), consolidated.size()), List.copyOf(own), List.copyOf(consolidated),
                    pilot != null));
            if (pilot != null) {
                List<IndustryChain> chains = new ArrayList<>();
                index.datasetsOf(county.id()).forEach(d -> chains.addAll(d.chains()));
                for (PilotRegistry.RequiredChain required : ReportCoverage.missingChains(pilot, covering, chains)) {
                    missing.add(new MissingPilotChain(county.id(), county.name(), required.name(),
                            pilotRegistry.source()));
                }
            }
        }
        units.sort(Comparator.comparing(UnitCoverage::unitId));
        missing.sort(Comparator.comparing(MissingPilotChain::unitId));
        List<ChainWithoutTeam> noTeam = new ArrayList<>();
        for (CountyDataset d : index.datasets) {
            if (belongsTo(d, city)) {
                for (IndustryChain c : ReportCoverage.chainsWithoutTeam(d)) {
                    noTeam.add(new ChainWithoutTeam(d.unitId(), d.unitName(), c.id(), c.name(), d.teams().size()));
                }
            }
        }
        noTeam.sort(Comparator.comparing(ChainWithoutTeam::unitId).thenComparing(ChainWithoutTeam::chainId)
                .thenComparing(ChainWithoutTeam::unitName).thenComparing(ChainWithoutTeam::chainName));
        return new CityCoverage(city.id(), city.name(), year, units, missing, noTeam, null);
    }

    private boolean belongsTo(CountyDataset d, ReportingUnit city) {
        return divisions.reportingUnit(d.unitId())
                .map(u -> u.id().equals(city.id()) || city.id().equals(u.parentId()))
                .orElse(false);
    }

    /** The input put in order once: data sets by unit, reports by id (one per id), reports by covered unit. */
    private static final class Index {
        final List<CountyDataset> datasets;
        final Map<String, List<ResearchReport>> covering;

        Index(ScreeningInput input, Divisions divisions) {
            List<CountyDataset> d = new ArrayList<>(input.counties());
            d.sort(Comparator.comparing(CountyDataset::unitId).thenComparing(CountyDataset::unitName));
            datasets = List.copyOf(d);
            TreeMap<String, ResearchReport> byId = new TreeMap<>();
            for (CountyDataset c : datasets) {
                c.reports().forEach(r -> byId.putIfAbsent(r.id(), r));
            }
            List<CitySubmission> submissions = new ArrayList<>(input.submissions());
            submissions.sort(Comparator.comparing(CitySubmission::unitId));
            for (CitySubmission s : submissions) {
                s.reports().forEach(r -> byId.putIfAbsent(r.id(), r));
            }
            covering = ReportCoverage.byCoveredUnit(List.copyOf(byId.values()), input.reportingYear(), divisions);
        }

        List<CountyDataset> datasetsOf(String unitId) {
            return datasets.stream().filter(d -> d.unitId().equals(unitId)).toList();
        }
    }

    /**
     * Builds a {@link CoverageAnalyzer}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable Divisions divisions;
        private PilotRegistry pilotRegistry = PilotRegistry.empty();

        private Builder() {
        }

        /**
         * Sets the divisions (default {@link Divisions#fujian()}).
         *
         * @param v the divisions
         * @return this builder
         */
        public Builder divisions(Divisions v) {
            divisions = Objects.requireNonNull(v, "divisions");
            return this;
        }

        /**
         * Sets the pilot registry (default {@link PilotRegistry#empty()}: no pilot counties).
         *
         * @param v the registry
         * @return this builder
         */
        public Builder pilotRegistry(PilotRegistry v) {
            pilotRegistry = Objects.requireNonNull(v, "pilotRegistry");
            return this;
        }

        /**
         * Builds the analyzer.
         *
         * @return the analyzer
         */
        public CoverageAnalyzer build() {
            return new CoverageAnalyzer(this);
        }
    }
}
