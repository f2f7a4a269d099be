package org.countychain.rules.model;

import java.util.Objects;

import org.countychain.chain.IndustryChain;
import org.countychain.division.ReportingUnit;
import org.countychain.enterprise.Enterprise;
import org.countychain.investment.InvestmentNeed;
import org.countychain.talent.TalentTeam;
import org.jspecify.annotations.Nullable;

/**
 * What a finding is about (对象): an enterprise, a chain, a reporting unit, a team, an investment need or the
 * total, with its name so that a list can be read without looking anything up.
 *
 * @param kind   what it is
 * @param id     its stable id: a credit code, a chain or team id, a unit id
 * @param name   its name, for people
 * @param unitId the unit it belongs to (an enterprise's or chain's county, a county's city-level unit), or
 *               {@code null}
 * @since 0.1.0
 */
public record Subject(SubjectKind kind, String id, String name,
                      @Nullable String unitId) implements Comparable<Subject> {
    /** The id and name of {@link #total()}. */
    public static final String TOTAL_ID = "TOTAL";

    private static final Subject TOTAL = new Subject(SubjectKind.TOTAL, TOTAL_ID, "合计", null);

    /**
     * Checks the invariants (cheap: subjects are made in the engine's hot loops).
     */
    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /**
     * An enterprise.
     *
     * @param e the enterprise
     * @return the subject: credit code, name, county
     */
    public static Subject enterprise(Enterprise e) {
        return new Subject(SubjectKind.ENTERPRISE, e.creditCode().value(), e.name(), e.county().value());
    }

    /**
     * A chain.
     *
     * @param chain the chain
     * @return the subject: chain id, name, county
     */
    public static Subject chain(IndustryChain chain) {
        return new Subject(SubjectKind.CHAIN, chain.id(), chain.name(), chain.county().value());
    }

    /**
     * A reporting unit.
     *
     * @param unit the unit
     * @return the subject: unit id, name, and for a county its city-level unit
     */
    public static Subject unit(ReportingUnit unit) {
        return new Subject(SubjectKind.UNIT, unit.id(), unit.name(), unit.parentId());
    }

    /**
     * A reporting unit known only by id and name (outside the division data).
     *
     * @param id       the unit's id
     * @param name     its name
     * @param parentId the city-level unit it reports to, or {@code null}
     * @return the subject
     */
    public static Subject unit(String id, String name, @Nullable String parentId) {
        return new Subject(SubjectKind.UNIT, id, name, parentId);
    }

    /**
     * A team.
     *
     * @param team the team
     * @return the subject: team id, name, county
     */
    public static Subject team(TalentTeam team) {
        return new Subject(SubjectKind.TEAM, team.id(), team.name(), team.county().value());
    }

    /**
     * An investment-attraction need.
     *
     * @param need the need
     * @return the subject: need id, title, city-level unit
     */
    public static Subject investmentNeed(InvestmentNeed need) {
        return new Subject(SubjectKind.INVESTMENT_NEED, need.id(), need.title(), need.unitId());
    }

    /**
     * Everything screened together.
     *
     * @return the total subject
     */
    public static Subject total() {
        return TOTAL;
    }

    /**
     * Orders by kind, unit, id, then name: enterprises of one county together, in credit-code order.
     *
     * @param other another subject
     * @return the comparison
     */
    @Override
    public int compareTo(Subject other) {
        // Written out rather than composed from Comparator.comparing: the engine sorts hundreds of thousands.
        int c = kind.compareTo(other.kind);
        if (c != 0) {
            return c;
        }
        if (unitId != other.unitId) {
            if (unitId == null) {
                return -1;
            }
            if (other.unitId == null) {
                return 1;
            }
            c = unitId.compareTo(other.unitId);
            if (c != 0) {
                return c;
            }
        }
        c = id.compareTo(other.id);
        return c != 0 ? c : name.compareTo(other.name);
    }
}
