package org.countychain.coverage;

import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a coverage (覆盖情况汇总): how many county-level units, how many of them with each status, how
 * many required pilot chains are missing and how many chains have no team.
 *
 * @param units              county-level units
 * @param ownReport          units with an own report
 * @param consolidatedOnly   units covered only by consolidated reports
 * @param noReport           units without a report
 * @param missingPilotChains required pilot chains without a report
 * @param chainsWithoutTeam  chains without a team
 * @since 0.1.0
 */
public record CoverageCounts(int units, int ownReport, int consolidatedOnly, int noReport, int missingPilotChains,
                             int chainsWithoutTeam) {
    /**
     * Checks the invariants: no negative figure, the statuses add up to the units.
     */
    public CoverageCounts {
        Checks.nonNegative(units, "units");
        Checks.nonNegative(ownReport, "ownReport");
        Checks.nonNegative(consolidatedOnly, "consolidatedOnly");
        Checks.nonNegative(noReport, "noReport");
        Checks.nonNegative(missingPilotChains, "missingPilotChains");
        Checks.nonNegative(chainsWithoutTeam, "chainsWithoutTeam");
        if (ownReport + consolidatedOnly + noReport != units) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "units", units,
                    ownReport + " + " + consolidatedOnly + " + " + noReport);
        }
    }

    /**
     * Counts units and gaps.
     *
     * @param units   the units
     * @param missing the missing pilot chains
     * @param noTeam  the chains without a team
     * @return the figures
     */
    public static CoverageCounts of(List<UnitCoverage> units, List<MissingPilotChain> missing,
                                    List<ChainWithoutTeam> noTeam) {
        int[] by = new int[CoverageStatus.values().length];
        units.forEach(u -> by[u.status().ordinal()]++);
        return new CoverageCounts(units.size(), by[CoverageStatus.OWN_REPORT.ordinal()],
                by[CoverageStatus.CONSOLIDATED_ONLY.ordinal()], by[CoverageStatus.NO_REPORT.ordinal()],
                missing.size(), noTeam.size());
    }

    /**
     * The sum of several figures.
     *
     * @param parts the figures
     * @return their sum
     */
    public static CoverageCounts sum(List<CoverageCounts> parts) {
        int[] s = new int[6];
        for (CoverageCounts c : parts) {
            s[0] += c.units;
            s[1] += c.ownReport;
            s[2] += c.consolidatedOnly;
            s[3] += c.noReport;
            s[4] += c.missingPilotChains;
            s[5] += c.chainsWithoutTeam;
        }
        return new CoverageCounts(s[0], s[1], s[2], s[3], s[4], s[5]);
    }

    /**
     * The figures a record holds: those computed from its lists when none were given, else the given ones, which
     * must be the same.
     *
     * @param given    the figures given, or {@code null}
     * @param expected the figures computed from the lists
     * @return the figures
     * @throws InvalidInputException {@link ErrorCode#MALFORMED} when the given figures differ
     */
    static CoverageCounts agreed(@Nullable CoverageCounts given, CoverageCounts expected) {
        if (given != null && !given.equals(expected)) {
            throw new InvalidInputException(ErrorCode.MALFORMED, "counts", given, "expected " + expected);
        }
        return expected;
    }

    /**
     * Whether every unit has a report (R1), no pilot chain is missing (R2) and every chain has a team (R13).
     *
     * @return true when nothing is missing
     */
    public boolean complete() {
        return noReport == 0 && missingPilotChains == 0 && chainsWithoutTeam == 0;
    }
}
