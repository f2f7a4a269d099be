package org.countychain.rules.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.countychain.dataset.CountyDataset;
import org.countychain.rules.model.Subject;
import org.countychain.rules.spi.RuleContext;

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
     * @param context the context
     * @param county  the data set
     * @return the counters
     */
    public T of(RuleContext context, CountyDataset county) {
        T t = byUnit.get(county.unitId());
        if (t == null) {
            t = factory.apply(0);
            byUnit.put(county.unitId(), t);
            subjects.put(county.unitId(), unitSubject(context, county));
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
     * The subject of a county data set's unit: the reporting unit when the divisions know it.
     *
     * @param context the context
     * @param county  the data set
     * @return the subject
     */
    public static Subject unitSubject(RuleContext context, CountyDataset county) {
        return context.divisions().reportingUnit(county.unitId()).map(Subject::unit)
                .orElseGet(() -> Subject.unit(county.unitId(), county.unitName(), null));
    }
}
