package org.countychain.investment;

import java.time.LocalDate;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A need for S&amp;T investment attraction that needs the provincial department's help (科技招商需求, R14). Cities
 * send next year's needs by the end of December; very large ones are reported at once.
 *
 * @param id          a stable id
 * @param unitId      the city-level reporting unit that raises it
 * @param forYear     the year the activity is planned for
 * @param title       the activity or project
 * @param description more about it, or {@code null}
 * @param veryLarge   特别重大: reported at once, not with the yearly list
 * @param submittedOn when it was sent to the province, or {@code null} while not sent
 * @since 0.1.0
 */
public record InvestmentNeed(String id, String unitId, int forYear, String title, @Nullable String description,
                             boolean veryLarge, @Nullable LocalDate submittedOn) {
    /**
     * Checks the invariants.
     */
    public InvestmentNeed {
        id = Checks.requiredText(id, "id");
        unitId = Checks.requiredText(unitId, "unitId");
        Checks.year(forYear, "forYear");
        title = Checks.requiredText(title, "title");
        description = Checks.optionalText(description);
    }

    /**
     * The deadline of the yearly list this need belongs to: 31 December of the year before {@link #forYear()}.
     *
     * @return the deadline
     */
    public LocalDate deadline() {
        return LocalDate.of(forYear - 1, 12, 31);
    }
}
