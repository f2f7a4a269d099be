package org.countychain.matching;

import org.countychain.Labelled;

/**
 * A reason a match's text score was raised (加权因素): the two entries agree on a structured field. Only the most
 * specific boost of each kind applies: the same chain link replaces the same chain, the same industry class the
 * same division, the same city the same province.
 *
 * @since 0.1.0
 */
public enum Boost implements Labelled {
    /** 同一产业链环节: both name the same chain and the same link of it. */
    SAME_CHAIN_LINK("同一产业链环节"),
    /** 同一产业链: both name the same chain (links differ or one is missing). */
    SAME_CHAIN("同一产业链"),
    /** 同一行业小类: the GB/T 4754 codes agree to the class: the letter and four digits (both codes that long). */
    SAME_INDUSTRY_CLASS("同一行业小类"),
    /** 同一行业大类: the GB/T 4754 codes agree to the division (letter and two digits). */
    SAME_INDUSTRY_DIVISION("同一行业大类"),
    /** 同一设区市: the demand's county and the achievement's region lie in the same prefecture-level city. */
    SAME_CITY("同一设区市"),
    /** 同一省份: the demand's county and the achievement's region lie in the same province. */
    SAME_PROVINCE("同一省份");

    private final String label;

    Boost(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
