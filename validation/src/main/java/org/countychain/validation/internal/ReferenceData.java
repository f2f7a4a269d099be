package org.countychain.validation.internal;

import java.util.Objects;

import org.countychain.division.Divisions;
import org.countychain.report.ReportTemplates;

/**
 * The reference data validators consult: divisions and reporting units, and report template editions. Defaults
 * to the built-in Fujian data and template editions; the facade hands others to validators that implement
 * {@link Aware}.
 *
 * @param divisions the divisions and reporting units
 * @param templates the template editions
 */
public record ReferenceData(Divisions divisions, ReportTemplates templates) {
    /**
     * Checks the parts are present.
     */
    public ReferenceData {
        Objects.requireNonNull(divisions, "divisions");
        Objects.requireNonNull(templates, "templates");
    }

    /**
     * The built-in reference data, loaded on first use.
     *
     * @return the data
     */
    public static ReferenceData builtIn() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ReferenceData INSTANCE = new ReferenceData(Divisions.fujian(), ReportTemplates.builtIn());
    }

    /**
     * A validator that uses reference data; the facade's validator factory calls {@link #use(ReferenceData)}
     * right after creating it. Without the facade the built-in data is used.
     */
    public interface Aware {
        /**
         * Sets the reference data to use.
         *
         * @param data the data
         */
        void use(ReferenceData data);
    }
}
