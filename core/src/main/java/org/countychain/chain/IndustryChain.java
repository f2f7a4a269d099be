package org.countychain.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.countychain.Term;
import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A county's key industrial chain (县域重点产业链), for example 晋江市 纺织鞋服.
 *
 * @param id           a stable id, unique in its data set (enterprises, teams, reports refer to it)
 * @param name         the chain's name, for example {@code 纺织鞋服}
 * @param fullName     the chain's full name as the county writes it, for example {@code 纺织鞋服产业链}, or
 *                     {@code null}: {@link #displayFullName()} then appends 产业链 to the name
 * @param county       the county-level unit whose key chain it is; for a chain a city consolidated from its
 *                     counties' (R3), the city's code
 * @param industryCode GB/T 4754 industry class or division (e.g. {@code C19}) used to recognise the same chain in
 *                     other counties (R3), or {@code null}
 * @param aliases      other names it goes by ({@code 鞋服纺织}), used when consolidating (R3)
 * @param pilot        whether it is a chain listed for a pilot county (试点产业链, R2), or {@code null} when not said;
 *                     R2 expects a report on every chain marked {@code true}
 * @param scale        its scale by year (output value, enterprises), unique by year, written sorted
 * @param map          its innovation map, or {@code null} while not yet mapped
 * @since 0.1.0
 */
public record IndustryChain(String id, String name, @Nullable String fullName, DivisionCode county,
                            @Nullable String industryCode, List<String> aliases, @Nullable Boolean pilot,
                            List<ChainScale> scale, @Nullable ChainMap map) {
    /**
     * Checks the invariants.
     */
    public IndustryChain {
        id = Checks.requiredText(id, "id");
        name = Checks.requiredText(name, "name");
        Checks.required(county, "county");
        industryCode = Checks.optionalText(industryCode);
        aliases = Checks.list(aliases, "aliases");
        fullName = Checks.optionalText(fullName);
        List<ChainScale> sorted = new ArrayList<>(Checks.uniqueList(scale, "scale", ChainScale::year, Term.YEAR));
        sorted.sort(Comparator.comparingInt(ChainScale::year));
        scale = List.copyOf(sorted);
    }

    /**
     * A chain without a full name, pilot flag or scale (format version 1's form).
     *
     * @param id           a stable id
     * @param name         the chain's name
     * @param county       the county-level unit
     * @param industryCode GB/T 4754 class or division, or {@code null}
     * @param aliases      other names
     * @param map          its map, or {@code null}
     */
    public IndustryChain(String id, String name, DivisionCode county, @Nullable String industryCode,
                         List<String> aliases, @Nullable ChainMap map) {
        this(id, name, null, county, industryCode, aliases, null, List.of(), map);
    }

    /**
     * The full name to show: {@link #fullName()}, or the name with 产业链 appended when it does not end so.
     *
     * @return the full name
     */
    public String displayFullName() {
        if (fullName != null) {
            return fullName;
        }
        return name.endsWith("产业链") ? name : name + "产业链";
    }

    /**
     * Whether the chain is marked as a pilot chain.
     *
     * @return true only when {@link #pilot()} is {@code true}
     */
    public boolean markedPilot() {
        return Boolean.TRUE.equals(pilot);
    }

    /**
     * The scale figures of a year.
     *
     * @param year the year
     * @return the figures, or empty
     */
    public Optional<ChainScale> scaleIn(int year) {
        return scale.stream().filter(s -> s.year() == year).findFirst();
    }
}
