package org.countychain.export.batch;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One planned step of a province batch (批量导出条目): a report of a reporting unit written in one format to one
 * file, or a city-level unit's consolidation ({@link BatchPhase#CONSOLIDATION}), which writes no file.
 *
 * @param phase     the phase it belongs to
 * @param unitId    the reporting unit's id: a county's six-digit code, a city's code, or {@code PINGTAN}
 * @param unitName  the unit's name, for example {@code 晋江市} or {@code 泉州市}
 * @param reportId  the report's id, or {@code null} for a city's consolidation
 * @param chainName the report's chain, or {@code null} for a city's consolidation
 * @param formatId  the exporter's format, for example {@code docx}, or {@code null} for a city's
 *                  consolidation
 * @param path      the file's path relative to the output, with {@code /} between names, or {@code null} for a
 *                  city's failed consolidation
 * @since 0.1.0
 */
public record BatchItem(BatchPhase phase, String unitId, String unitName, @Nullable String reportId,
                        @Nullable String chainName, @Nullable String formatId, @Nullable String path) {
    /**
     * Checks that phase and unit are present.
     */
    public BatchItem {
        Checks.required(phase, "phase");
        unitId = Checks.requiredText(unitId, "unitId");
        unitName = Checks.requiredText(unitName, "unitName");
    }

    /**
     * Whether this item is a report export (and not a city's consolidation).
     *
     * @return true when it names a report and a file
     */
    public boolean isExport() {
        return path != null;
    }

    @Override
    public String toString() {
        return path != null ? path : phase + " " + unitId + " " + unitName;
    }
}
