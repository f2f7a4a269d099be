package org.countychain.validation.internal;

import java.util.Optional;

import org.countychain.division.Division;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;

/**
 * Which divisions a reporting unit covers, and whether a name is a division's or a unit's name.
 */
final class Units {
    private Units() {
    }

    /** Whether a county-level division is the unit itself or under it (a city-level unit: the city or a county). */
    static boolean covers(ReportingUnit unit, DivisionCode county) {
        return county.value().equals(unit.id()) || unit.covers().contains(county);
    }

    /** Whether a name given for a unit is its name, or its name without the suffix (晋江 for 晋江市). */
    static boolean isNameOf(String name, ReportingUnit unit) {
        String n = name.strip();
        return n.equals(unit.name()) || n.equals(shortName(unit.name()));
    }

    /** The name without its administrative suffix; two-character names keep it. */
    static String shortName(String name) {
        if (name.length() <= 2) {
            return name;
        }
        char last = name.charAt(name.length() - 1);
        return last == '市' || last == '县' || last == '区' ? name.substring(0, name.length() - 1) : name;
    }

    /** The division as people read it: code and name, or the code alone when it is unknown. */
    static String describe(Divisions divisions, DivisionCode code) {
        Optional<Division> d = divisions.find(code);
        return d.map(Division::toString).orElse(code.value());
    }
}
