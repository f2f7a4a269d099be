package org.countychain.rules.spi;

import java.util.List;
import java.util.Objects;

import org.countychain.Experimental;
import org.countychain.rules.internal.EnterpriseFindings;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.jspecify.annotations.Nullable;

/**
 * A rule's findings about enterprises collected as rows (按行记录的结论): per finding type, the enterprise's index
 * in {@link RuleContext#enterprises()} and, when the evidence needs one, an object of the screened data. A
 * {@link Finding} is made only when the list is read, its subject from the enterprise and its evidence values by
 * the rule's {@link Evidence}. At 500,000 enterprises that is 4 or 8 bytes a finding instead of about 130, and
 * rows added in enterprise order reach the result without sorting. The built-in rules collect their findings the
 * same way. <strong>Experimental SPI</strong>.
 *
 * <p>Not thread-safe: one screening fills it, then {@link #build()} ends it.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public final class FindingRows {
    /**
     * Computes a row's evidence values when its finding is read.
     */
    @FunctionalInterface
    public interface Evidence {
        /**
         * The evidence values of one row, from the same immutable data the rule screened.
         *
         * @param type       the finding type's position in the types given to {@link #of}
         * @param enterprise the enterprise's index in {@link RuleContext#enterprises()}
         * @param payload    the object added with the row, or {@code null}
         * @return the values, one per evidence name of the type; a new array each time
         */
        Object[] values(int type, int enterprise, @Nullable Object payload);
    }

    private final EnterpriseFindings.Builder rows;

    private FindingRows(EnterpriseFindings.Builder rows) {
        this.rows = rows;
    }

    /**
     * Rows for a rule's finding types over a context's enterprises.
     *
     * @param types    the rule's finding types, in the order of {@link PolicyRule#findingTypes()}
     * @param context  the context screened
     * @param evidence computes a row's evidence values
     * @return empty rows
     * @throws NullPointerException when an argument is {@code null}
     */
    public static FindingRows of(List<FindingType> types, @Nullable RuleContext context, Evidence evidence) {
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(evidence, "evidence");
        return new FindingRows(EnterpriseFindings.builder(types, context.enterprises(), evidence::values));
    }

    /**
     * Adds a finding about an enterprise whose evidence the {@link Evidence} computes from the data alone.
     *
     * @param type       the type's position
     * @param enterprise the enterprise's index in {@link RuleContext#enterprises()}
     * @return these rows
     * @throws IndexOutOfBoundsException when the type or the index is out of range
     */
    public FindingRows add(int type, int enterprise) {
        rows.add(type, enterprise);
        return this;
    }

    /**
     * Adds a finding about an enterprise, with an object of the screened data its evidence is read from (a
     * certificate, a watch-list entry).
     *
     * @param type       the type's position
     * @param enterprise the enterprise's index in {@link RuleContext#enterprises()}
     * @param payload    an immutable object, or {@code null}
     * @return these rows
     * @throws IndexOutOfBoundsException when the type or the index is out of range
     */
    public FindingRows add(int type, int enterprise, Object payload) {
        rows.add(type, enterprise, payload);
        return this;
    }

    /**
     * Adds a finding as it is: one that is not about a single enterprise (a county's coverage figure).
     *
     * @param finding the finding; its type must be one of the types given to {@link #of}
     * @return these rows
     * @throws IllegalArgumentException when its type is not one of them
     */
    public FindingRows add(Finding finding) {
        rows.add(Objects.requireNonNull(finding, "finding"));
        return this;
    }

    /**
     * The findings, type by type in the order of the types, each type's in the order added.
     *
     * @return the list; these rows are not used afterwards
     */
    public List<Finding> build() {
        return rows.build();
    }
}
