package org.countychain.rules.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.countychain.dataset.CountyDataset;
import org.countychain.division.Divisions;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.Subject;

/**
 * Counters per county data set's unit (one entry per unit, not per enterprise), for coverage figures.
 * Internal: not part of the API.
 *
 * @param <T> the counters
 */
public final class UnitTally<T> {
    private final Map<String, T> byUnit = new LinkedHashMap<>();
    private final Map<String, Subject> subjects = new LinkedHashMap<>();
    private final IntFunction<T> factory;

    /**
     * Creates a tally.
     *
     * @param factory makes an empty counter (the argument is unused, for method references to constructors)
     */
    public UnitTally(IntFunction<T> factory) {
        this.factory = factory;
    }

    /**
     * The counters of a county data set's unit, made on first use.
     *
     * @param divisions the context's divisions
     * @param county    the data set
     * @return the counters
     */
    public T of(Divisions divisions, CountyDataset county) {
        T t = byUnit.get(county.unitId());
        if (t == null) {
            t = factory.apply(0);
            byUnit.put(county.unitId(), t);
            subjects.put(county.unitId(), unitSubject(divisions, county));
        }
        return t;
    }

    /**
     * The units and their counters, in the order first used (the context's county order).
     *
     * @return subject → counters
     */
    public Map<Subject, T> entries() {
        Map<Subject, T> m = new LinkedHashMap<>();
        byUnit.forEach((id, t) -> m.put(subjects.get(id), t));
        return m;
    }

    /**
     * Reports the counters: a finding per unit, in the order first used, and one for the total when there is more
     * than one unit.
     *
     * @param sink    receives the findings
     * @param finding makes a unit's or the total's finding
     * @param total   an empty counter, which becomes the total
     * @param addTo   adds the second counter to the first
     */
    public void report(Consumer<Finding> sink, BiFunction<Subject, T, Finding> finding, T total,
                       BiConsumer<T, T> addTo) {
        Map<Subject, T> entries = entries();
        entries.forEach((subject, t) -> {
            sink.accept(finding.apply(subject, t));
            addTo.accept(total, t);
        });
        if (entries.size() > 1) {
            sink.accept(finding.apply(Subject.total(), total));
        }
    }

    /**
     * The subject of a county data set's unit: the reporting unit when the divisions know it.
     *
     * @param divisions the context's divisions
     * @param county    the data set
     * @return the subject
     */
    public static Subject unitSubject(Divisions divisions, CountyDataset county) {
        return divisions.reportingUnit(county.unitId()).map(Subject::unit)
                .orElseGet(() -> Subject.unit(county.unitId(), county.unitName(), null));
    }
}
