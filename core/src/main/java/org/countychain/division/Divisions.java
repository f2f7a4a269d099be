package org.countychain.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.countychain.Term;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.countychain.internal.Csv;
import org.jspecify.annotations.Nullable;

/**
 * The administrative divisions and reporting units of a province (行政区划与报送单位), with lookups by code and
 * by name. {@link #fujian()} is the built-in data set (Ministry of Civil Affairs codes as of 2025-12-31), shipped
 * in the jar and never fetched. Immutable and thread-safe.
 *
 * <pre>{@code
 * Divisions fujian = Divisions.fujian();
 * Division jinjiang = fujian.byName("晋江").orElseThrow();          // 350582 晋江市
 * fujian.successorOf(DivisionCode.of("350427"));                    // 350405 沙县区
 * fujian.countedCounties().size();                                  // 83: 金门 is listed, not counted
 * fujian.cityLevelUnitOf(DivisionCode.of("350128")).name();         // 平潭综合实验区
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Divisions {
    /** The id of the 平潭综合实验区 reporting unit, which has no GB/T 2260 code of its own. */
    public static final String PINGTAN_ID = "PINGTAN";

    private static final String RESOURCE_DIR = "/org/countychain/division/";

    private final Map<DivisionCode, Division> byCode;
    private final Map<DivisionCode, DivisionChange> changes;
    private final Set<DivisionCode> notCounted;
    private final Map<String, ReportingUnit> units;
    private final Map<DivisionCode, String> cityLevelUnitOfCounty;
    // Name indexes built once: importers look a division up by name for every row they read.
    private final Map<String, Division> byExactName;
    private final Map<String, Division> byShortName;

    private Divisions(Builder b) {
        this.byCode = Collections.unmodifiableMap(new TreeMap<>(b.divisions));
        this.changes = Collections.unmodifiableMap(new TreeMap<>(b.changes));
        this.notCounted = Collections.unmodifiableSet(new TreeSet<>(b.notCounted));
        Map<String, ReportingUnit> u = new LinkedHashMap<>();
        Map<DivisionCode, String> parentOf = new TreeMap<>();
        // Special city-level units (平潭) take their counties away from the prefecture they sit in.
        b.specialUnits.forEach((id, unit) -> unit.covers().forEach(c -> parentOf.put(c, id)));
        List<ReportingUnit> countyUnits = new ArrayList<>();
        for (Division city : levels(DivisionLevel.CITY)) {
            List<DivisionCode> covers = new ArrayList<>();
            for (Division county : levels(DivisionLevel.COUNTY)) {
                if (city.code().equals(county.parent()) && !notCounted.contains(county.code())
                        && !parentOf.containsKey(county.code())) {
                    covers.add(county.code());
                }
            }
            covers.forEach(c -> parentOf.put(c, city.code().value()));
            u.put(city.code().value(), new ReportingUnit(city.code().value(), city.name(), ReportingUnitKind.CITY,
                    null, covers));
        }
        u.putAll(b.specialUnits);
        for (Division county : levels(DivisionLevel.COUNTY)) {
            if (!notCounted.contains(county.code())) {
                countyUnits.add(new ReportingUnit(county.code().value(), county.name(), ReportingUnitKind.COUNTY,
                        parentOf.get(county.code()), List.of(county.code())));
            }
        }
        countyUnits.forEach(c -> u.put(c.id(), c));
        this.units = Collections.unmodifiableMap(u);
        this.cityLevelUnitOfCounty = Collections.unmodifiableMap(parentOf);
        Map<String, Division> exact = new HashMap<>();
        Map<String, Division> shortNames = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Division d : byCode.values()) {
            exact.putIfAbsent(d.name(), d);
            if (shortNames.putIfAbsent(d.shortName(), d) != null) {
                ambiguous.add(d.shortName());
            }
        }
        ambiguous.forEach(shortNames::remove);
        this.byExactName = exact;
        this.byShortName = shortNames;
    }

    /**
     * The built-in data set of Fujian: 9 cities, 84 county-level units (金门 listed but not counted),
     * 平潭综合实验区 as a city-level unit covering 350128, retired codes mapped to their successors.
     *
     * @return the shared instance
     */
    public static Divisions fujian() {
        return FujianHolder.INSTANCE;
    }

    /**
     * A builder for another data set (another province, a test fixture, a plugin's reference data).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The current division with this code.
     *
     * @param code a division code
     * @return the division, or empty when the code is not current (it may be retired: see {@link #successorOf})
     */
    public Optional<Division> find(DivisionCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The current division with this code, given as text.
     *
     * @param code six digits
     * @return the division, or empty when the text is not a current code
     */
    public Optional<Division> find(String code) {
        return DivisionCode.isWellFormed(code) ? find(DivisionCode.of(code)) : Optional.empty();
    }

    /**
     * The current division with this code.
     *
     * @param code a division code
     * @return the division
     * @throws InvalidInputException {@link ErrorCode#DIVISION_UNKNOWN} when the code is not current
     */
    public Division get(DivisionCode code) {
        return find(code).orElseThrow(() -> new InvalidInputException(ErrorCode.DIVISION_UNKNOWN, "", code.value()));
    }

    /**
     * Finds a current division by name: the official name ({@code 晋江市}) or, when it is unambiguous, the name
     * without its suffix ({@code 晋江}).
     *
     * @param name a name
     * @return the division, or empty when no current division or several have that name
     */
    public Optional<Division> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip();
        Division exact = byExactName.get(n);
        if (exact != null) {
            return Optional.of(exact);
        }
        Division d = byShortName.get(n);
        return Optional.ofNullable(d != null ? d : byShortName.get(Division.shortNameOf(n)));
    }

    /**
     * The change that retired this code, when it is a retired code.
     *
     * @param code a division code
     * @return the change, or empty when the code was never retired
     */
    public Optional<DivisionChange> successorOf(DivisionCode code) {
        return Optional.ofNullable(changes.get(code));
    }

    /**
     * The current division a code stands for now: itself when current, its successor (followed through
     * several changes) when retired.
     *
     * @param code a current or retired code
     * @return the current division, or empty when the code is neither
     */
    public Optional<Division> current(DivisionCode code) {
        DivisionCode c = code;
        for (int hops = 0; hops <= changes.size(); hops++) {
            Division d = byCode.get(c);
            if (d != null) {
                return Optional.of(d);
            }
            DivisionChange change = changes.get(c);
            if (change == null) {
                return Optional.empty();
            }
            c = change.newCode();
        }
        return Optional.empty();
    }

    /**
     * Whether the code is current or a known retired code.
     *
     * @param code a division code
     * @return true when known
     */
    public boolean isKnown(DivisionCode code) {
        return byCode.containsKey(code) || changes.containsKey(code);
    }

    /**
     * Every current division, in code order.
     *
     * @return an unmodifiable collection
     */
    public Collection<Division> all() {
        return byCode.values();
    }

    /**
     * The prefecture-level cities, in code order.
     *
     * @return the cities
     */
    public List<Division> cities() {
        return levels(DivisionLevel.CITY);
    }

    /**
     * Every current county-level unit, counted or not (84 for Fujian).
     *
     * @return the county-level units in code order
     */
    public List<Division> counties() {
        return levels(DivisionLevel.COUNTY);
    }

    /**
     * The county-level units the notice's work counts (83 for Fujian: 金门 is listed, not counted).
     *
     * @return the counted county-level units in code order
     */
    public List<Division> countedCounties() {
        return counties().stream().filter(d -> !notCounted.contains(d.code())).toList();
    }

    /**
     * Whether a county-level unit is counted in the notice's work.
     *
     * @param code a division code
     * @return false for units listed but not counted (金门) and for unknown codes
     */
    public boolean isCounted(DivisionCode code) {
        return byCode.containsKey(code) && !notCounted.contains(code);
    }

    /**
     * Every retired code with its successor, in code order.
     *
     * @return the changes
     */
    public Collection<DivisionChange> changes() {
        return changes.values();
    }

    /**
     * Every reporting unit: the city-level units first (cities in code order, then special units such as
     * 平潭综合实验区), then the counted county-level units in code order.
     *
     * @return the units
     */
    public Collection<ReportingUnit> reportingUnits() {
        return units.values();
    }

    /**
     * The city-level reporting units (10 for Fujian: 9 cities and 平潭综合实验区).
     *
     * @return the units
     */
    public List<ReportingUnit> cityLevelUnits() {
        return units.values().stream().filter(u -> u.kind().isCityLevel()).toList();
    }

    /**
     * The county-level reporting units (83 for Fujian).
     *
     * @return the units
     */
    public List<ReportingUnit> countyLevelUnits() {
        return units.values().stream().filter(u -> !u.kind().isCityLevel()).toList();
    }

    /**
     * A reporting unit by id (six digits, or {@value #PINGTAN_ID}).
     *
     * @param id the unit's id
     * @return the unit, or empty
     */
    public Optional<ReportingUnit> reportingUnit(@Nullable String id) {
        return Optional.ofNullable(id == null ? null : units.get(id.strip()));
    }

    /**
     * The city-level unit a counted county reports to: its city, or 平潭综合实验区 for 350128.
     *
     * @param county a county-level code (a retired code is followed to its successor)
     * @return the city-level unit, or empty for unknown or uncounted codes
     */
    public Optional<ReportingUnit> cityLevelUnitOf(DivisionCode county) {
        return current(county).map(d -> cityLevelUnitOfCounty.get(d.code())).map(units::get);
    }

    /**
     * The city-level unit a county-level reporting unit reports to, by the unit's id: as
     * {@link #cityLevelUnitOf(DivisionCode)} for a well-formed code.
     *
     * @param countyUnitId a county-level unit's id, for example a data set's {@code unitId}
     * @return the city-level unit, or empty for a malformed, unknown or uncounted id ({@code null} included)
     */
    public Optional<ReportingUnit> cityLevelUnitOf(String countyUnitId) {
        return countyUnitId != null && DivisionCode.isWellFormed(countyUnitId.strip())
                ? cityLevelUnitOf(DivisionCode.of(countyUnitId.strip())) : Optional.empty();
    }

    private List<Division> levels(DivisionLevel level) {
        return byCode.values().stream().filter(d -> d.level() == level).toList();
    }

    /**
     * Builds a {@link Divisions} data set. Each division and change is added once.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Map<DivisionCode, Division> divisions = new TreeMap<>();
        private final Map<DivisionCode, DivisionChange> changes = new TreeMap<>();
        private final Set<DivisionCode> notCounted = new TreeSet<>();
        private final Map<String, ReportingUnit> specialUnits = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a current division.
         *
         * @param division the division
         * @return this builder
         */
        public Builder division(Division division) {
            if (divisions.putIfAbsent(division.code(), division) != null) {
                throw new InvalidInputException(ErrorCode.DUPLICATE, "divisions", Term.DIVISION_CODE,
                        division.code().value());
            }
            return this;
        }

        /**
         * Adds a retired code and its successor.
         *
         * @param change the change
         * @return this builder
         */
        public Builder change(DivisionChange change) {
            if (changes.putIfAbsent(change.oldCode(), change) != null) {
                throw new InvalidInputException(ErrorCode.DUPLICATE, "changes", Term.DIVISION_CODE,
                        change.oldCode().value());
            }
            return this;
        }

        /**
         * Marks a listed county-level unit as not counted in the notice's work (金门).
         *
         * @param code the unit's code
         * @return this builder
         */
        public Builder notCounted(DivisionCode code) {
            notCounted.add(code);
            return this;
        }

        /**
         * Adds a city-level reporting unit with no division of its own (平潭综合实验区), covering the given
         * county-level units, which then report to it and not to their prefecture.
         *
         * @param id     the unit's id
         * @param name   the unit's name
         * @param covers the county-level units it covers
         * @return this builder
         */
        public Builder experimentalZone(String id, String name, List<DivisionCode> covers) {
            specialUnits.put(id, new ReportingUnit(id, name, ReportingUnitKind.EXPERIMENTAL_ZONE, null, covers));
            return this;
        }

        /**
         * Builds the data set.
         *
         * @return the immutable data set
         */
        public Divisions build() {
            return new Divisions(this);
        }
    }

    private static final class FujianHolder {
        static final Divisions INSTANCE = loadFujian();
    }

    private static Divisions loadFujian() {
        Builder b = builder();
        String divisionsFile = "fujian-divisions.csv";
        for (Csv.Row row : readCsv(divisionsFile)) {
            try {
                String parent = row.get("parent_code");
                DivisionLevel level = DivisionLevel.valueOf(row.get("level").toUpperCase(java.util.Locale.ROOT));
                b.division(new Division(DivisionCode.of(row.get("code")), row.get("name"), level,
                        parent.isEmpty() ? null : DivisionCode.of(parent)));
            } catch (RuntimeException e) {
                throw broken(divisionsFile, row.line(), e);
            }
        }
        b.division(new Division(DivisionCode.of("350000"), "福建省", DivisionLevel.PROVINCE, null));
        String changesFile = "fujian-division-changes.csv";
        for (Csv.Row row : readCsv(changesFile)) {
            try {
                String firstSeen = row.get("first_seen_in_nbs_release");
                boolean confirmed = !row.get("note").contains("not verified") && !firstSeen.startsWith("before");
                b.change(new DivisionChange(DivisionCode.of(row.get("old_code")), row.get("old_name"),
                        DivisionCode.of(row.get("new_code")), row.get("new_name"), confirmed, row.get("note")));
            } catch (RuntimeException e) {
                throw broken(changesFile, row.line(), e);
            }
        }
        // Facts from the reference data's README: 金门 is governed from Taiwan and not counted (83 counties
        // do the work); 平潭综合实验区 has no code of its own and reports like a city for 350128 平潭县.
        b.notCounted(DivisionCode.of("350527"));
        b.experimentalZone(PINGTAN_ID, "平潭综合实验区", List.of(DivisionCode.of("350128")));
        return b.build();
    }

    private static List<Csv.Row> readCsv(String file) {
        try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(file, 0, 0, ""),
                        List.of("missing resource " + RESOURCE_DIR + file), null);
            }
            return Csv.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(file, 0, 0, ""),
                    List.of(String.valueOf(e.getMessage())), e);
        }
    }

    private static ReferenceDataException broken(String file, int line, RuntimeException e) {
        return new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(file, line, 0, ""),
                List.of(String.valueOf(e.getMessage())), e);
    }
}
