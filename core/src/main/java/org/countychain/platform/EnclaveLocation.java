package org.countychain.platform;

import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Where an enclave ("飞地"/"异地") platform actually sits, away from the county it serves (R10), for example a
 * 晋江 R&amp;D centre in 上海.
 *
 * @param place    the place, in words
 * @param division its division code when in China and known, or {@code null}
 * @since 0.1.0
 */
public record EnclaveLocation(String place, @Nullable DivisionCode division) {
    /**
     * Checks the invariants.
     */
    public EnclaveLocation {
        place = Checks.requiredText(place, "place");
    }
}
