package org.countychain.dataset;

import java.util.List;
import java.util.Optional;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Term;
import org.countychain.chain.Achievement;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.TechnologyDemand;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.internal.Checks;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.platform.InnovationPlatform;
import org.countychain.report.ResearchReport;
import org.countychain.talent.TalentTeam;
import org.jspecify.annotations.Nullable;

/**
 * Everything a county-level reporting unit holds for the notice's work in one year (县域数据集): its key chains
 * and their maps, the chains' enterprises with their R&amp;D figures, talent teams, platforms, the two lists, and
 * its reports. This is what a county submits, what {@code validate} and {@code screen} read, and what the
 * JSON format's top-level object is.
 *
 * <p>Construction checks that ids are unique within each list; whether references resolve (an enterprise's
 * chain exists, a team's chain exists) is a validation question.
 *
 * @param formatVersion the version of the JSON format the data follows (数据格式版本): absent or {@code 0} in
 *                     files of the first format, which read as version 1; the data set always holds
 *                     {@link #CURRENT_FORMAT_VERSION}, because reading migrates the older form
 *                     ({@code docs/json-format.md}, "Format versions")
 * @param unitId       the reporting unit's id (a six-digit county code)
 * @param unitName     the unit's name, for example {@code 晋江市}
 * @param year         the reporting year
 * @param note         a free note, for example that the data is a fictional sample; or {@code null}
 * @param chains       the county's key industrial chains
 * @param enterprises  the enterprises on them
 * @param teams        S&amp;T commissioner teams serving the county
 * @param platforms    innovation platforms
 * @param demands      the technology-demand list
 * @param achievements the achievements list
 * @param reports      research reports
 * @param watchList    the province's intermediary watch list in force, or {@code null}
 * @since 0.1.0
 */
public record CountyDataset(int formatVersion, String unitId, String unitName, int year, @Nullable String note,
                            List<IndustryChain> chains, List<Enterprise> enterprises, List<TalentTeam> teams,
                            List<InnovationPlatform> platforms, List<TechnologyDemand> demands,
                            List<Achievement> achievements, List<ResearchReport> reports,
                            @Nullable IntermediaryWatchList watchList) {
    /** The format version this library writes. */
    public static final int CURRENT_FORMAT_VERSION = 2;

    /**
     * Checks the invariants, and migrates an older format version to the current one.
     */
    public CountyDataset {
        if (formatVersion < 0 || formatVersion > CURRENT_FORMAT_VERSION) {
            throw new InvalidInputException(ErrorCode.FORMAT_VERSION, "formatVersion", formatVersion,
                    CURRENT_FORMAT_VERSION);
        }
        // Version 1 differs only by fields version 2 added, each of which is optional: nothing else to convert.
        formatVersion = CURRENT_FORMAT_VERSION;
        unitId = Checks.requiredText(unitId, "unitId");
        unitName = Checks.requiredText(unitName, "unitName");
        Checks.year(year, "year");
        note = Checks.optionalText(note);
        chains = Checks.uniqueList(chains, "chains", IndustryChain::id, Term.CHAIN_ID);
        enterprises = Checks.uniqueList(enterprises, "enterprises", Enterprise::creditCode, Term.CREDIT_CODE);
        teams = Checks.uniqueList(teams, "teams", TalentTeam::id, Term.TEAM_ID);
        platforms = Checks.uniqueList(platforms, "platforms", InnovationPlatform::id, Term.PLATFORM_ID);
        demands = Checks.uniqueList(demands, "demands", TechnologyDemand::id, Term.DEMAND_ID);
        achievements = Checks.uniqueList(achievements, "achievements", Achievement::id, Term.ACHIEVEMENT_ID);
        reports = Checks.uniqueList(reports, "reports", ResearchReport::id, Term.REPORT_ID);
    }

    /**
     * A data set of the current format version.
     *
     * @param unitId       the reporting unit's id
     * @param unitName     the unit's name
     * @param year         the reporting year
     * @param note         a free note, or {@code null}
     * @param chains       the chains
     * @param enterprises  the enterprises
     * @param teams        the talent teams
     * @param platforms    the platforms
     * @param demands      the demand list
     * @param achievements the achievements list
     * @param reports      the research reports
     * @param watchList    the watch list, or {@code null}
     */
    public CountyDataset(String unitId, String unitName, int year, @Nullable String note, List<IndustryChain> chains,
                         List<Enterprise> enterprises, List<TalentTeam> teams, List<InnovationPlatform> platforms,
                         List<TechnologyDemand> demands, List<Achievement> achievements,
                         List<ResearchReport> reports, @Nullable IntermediaryWatchList watchList) {
        this(CURRENT_FORMAT_VERSION, unitId, unitName, year, note, chains, enterprises, teams, platforms, demands,
                achievements, reports, watchList);
    }

    /**
     * A builder.
     *
     * @param unitId   the reporting unit's id
     * @param unitName the unit's name
     * @param year     the reporting year
     * @return a new builder
     */
    public static Builder builder(String unitId, String unitName, int year) {
        return new Builder(unitId, unitName, year);
    }

    /**
     * A builder preset with this data set.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(unitId, unitName, year).note(note).chains(chains).enterprises(enterprises).teams(teams)
                .platforms(platforms).demands(demands).achievements(achievements).reports(reports)
                .watchList(watchList);
    }

    /**
     * A chain by id.
     *
     * @param chainId the id
     * @return the chain, or empty
     */
    public Optional<IndustryChain> chain(String chainId) {
        return chains.stream().filter(c -> c.id().equals(chainId)).findFirst();
    }

    /**
     * An enterprise by credit code.
     *
     * @param code the credit code
     * @return the enterprise, or empty
     */
    public Optional<Enterprise> enterprise(CreditCode code) {
        return enterprises.stream().filter(e -> e.creditCode().equals(code)).findFirst();
    }

    /**
     * Builds a {@link CountyDataset}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String unitId;
        private final String unitName;
        private final int year;
        private @Nullable String note;
        private List<IndustryChain> chains = List.of();
        private List<Enterprise> enterprises = List.of();
        private List<TalentTeam> teams = List.of();
        private List<InnovationPlatform> platforms = List.of();
        private List<TechnologyDemand> demands = List.of();
        private List<Achievement> achievements = List.of();
        private List<ResearchReport> reports = List.of();
        private @Nullable IntermediaryWatchList watchList;

        private Builder(String unitId, String unitName, int year) {
            this.unitId = unitId;
            this.unitName = unitName;
            this.year = year;
        }

        /**
         * Sets the note.
         *
         * @param v the note
         * @return this builder
         */
        public Builder note(@Nullable String v) {
            note = v;
            return this;
        }

        /**
         * Sets the chains.
         *
         * @param v the chains
         * @return this builder
         */
        public Builder chains(List<IndustryChain> v) {
            chains = v;
            return this;
        }

        /**
         * Sets the enterprises.
         *
         * @param v the enterprises
         * @return this builder
         */
        public Builder enterprises(List<Enterprise> v) {
            enterprises = v;
            return this;
        }

        /**
         * Sets the teams.
         *
         * @param v the teams
         * @return this builder
         */
        public Builder teams(List<TalentTeam> v) {
            teams = v;
            return this;
        }

        /**
         * Sets the platforms.
         *
         * @param v the platforms
         * @return this builder
         */
        public Builder platforms(List<InnovationPlatform> v) {
            platforms = v;
            return this;
        }

        /**
         * Sets the demand list.
         *
         * @param v the demands
         * @return this builder
         */
        public Builder demands(List<TechnologyDemand> v) {
            demands = v;
            return this;
        }

        /**
         * Sets the achievements list.
         *
         * @param v the achievements
         * @return this builder
         */
        public Builder achievements(List<Achievement> v) {
            achievements = v;
            return this;
        }

        /**
         * Sets the reports.
         *
         * @param v the reports
         * @return this builder
         */
        public Builder reports(List<ResearchReport> v) {
            reports = v;
            return this;
        }

        /**
         * Sets the intermediary watch list in force.
         *
         * @param v the watch list
         * @return this builder
         */
        public Builder watchList(@Nullable IntermediaryWatchList v) {
            watchList = v;
            return this;
        }

        /**
         * Builds the data set.
         *
         * @return the data set
         * @throws org.countychain.InvalidInputException when a list holds a duplicate id
         */
        public CountyDataset build() {
            return new CountyDataset(unitId, unitName, year, note, chains, enterprises, teams, platforms, demands,
                    achievements, reports, watchList);
        }
    }
}
