package org.countychain.division;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A retired division code and the one that replaced it (区划代码变更), for example 350427 沙县 → 350405 沙县区.
 * Old codes still appear in older data and in the division part of credit codes.
 *
 * @param oldCode   the retired code
 * @param oldName   the name under the retired code
 * @param newCode   the successor code
 * @param newName   the successor's name
 * @param confirmed whether the change was confirmed against published code lists (some old codes are from
 *                  general knowledge only)
 * @param note      what happened, in Chinese; {@code ""} when nothing is said (the constructor takes {@code null}
 *                  as that)
 * @since 0.1.0
 */
public record DivisionChange(DivisionCode oldCode, String oldName, DivisionCode newCode, String newName,
                             boolean confirmed, String note) {
    /**
     * Checks the invariants.
     */
    public DivisionChange(DivisionCode oldCode, String oldName, DivisionCode newCode, String newName,
                          boolean confirmed, @Nullable String note) {
        this.oldCode = Checks.required(oldCode, "oldCode");
        this.oldName = Checks.requiredText(oldName, "oldName");
        this.newCode = Checks.required(newCode, "newCode");
        this.newName = Checks.requiredText(newName, "newName");
        this.confirmed = confirmed;
        this.note = note == null ? "" : note.strip();
    }
}
