package org.countychain.chain;

import java.util.List;

import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;

/**
 * A county's key industrial chain (县域重点产业链), for example 晋江市 纺织鞋服.
 *
 * @param id           a stable id, unique in its data set (enterprises, teams, reports refer to it)
 * @param name         the chain's name, for example {@code 纺织鞋服}
 * @param county       the county-level unit whose key chain it is; for a chain a city consolidated from its
 *                     counties' (R3), the city's code
 * @param industryCode GB/T 4754 industry class or division (e.g. {@code C19}) used to recognise the same chain in
 *                     other counties (R3), or {@code null}
 * @param aliases      other names it goes by ({@code 鞋服纺织}), used when consolidating (R3)
 * @param map          its innovation map, or {@code null} while not yet mapped
 * @since 0.1.0
 */
public record IndustryChain(String id, String name, DivisionCode county, String industryCode, List<String> aliases,
                            ChainMap map) {
    /**
     * Checks the invariants.
     */
    public IndustryChain {
        id = Checks.requiredText(id, "id");
        name = Checks.requiredText(name, "name");
        Checks.required(county, "county");
        industryCode = Checks.optionalText(industryCode);
        aliases = Checks.list(aliases, "aliases");
    }
}
