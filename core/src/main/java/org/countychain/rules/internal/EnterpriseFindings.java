package org.countychain.rules.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

import org.countychain.enterprise.Enterprise;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Subject;
import org.jspecify.annotations.Nullable;

/**
 * A built-in rule's findings, kept as rows instead of {@link Finding} objects: per finding type, the index of the
 * enterprise in the context's {@code enterprises()} list and, when the finding needs one, a reference to an object
 * of the screened data (a certificate, a watch list). A {@link Finding} is made only when the list is read: its
 * subject from the enterprise, its evidence values by the rule's {@link Evidence}, from the same immutable data
 * the rule looked at. At 500,000 enterprises that is 4 or 8 bytes per finding instead of about 130, and almost
 * nothing for the garbage collector to copy while a screening runs. Internal: not part of the API; callers see a
 * {@code List<Finding>}.
 *
 * <p>The list holds the findings type by type, in the order of the types, each type's rows in the order they were
 * added. Findings that are not about one enterprise (coverage figures) are added as {@link Finding} objects and
 * kept as they are. A row's materialised finding equals one made eagerly from the same values; reading a row twice
 * gives two equal, distinct objects.
 *
 * <p>The engine keeps a type's rows as they are when their enterprise indices increase strictly and the context's
 * enterprises are in subject order (then the rows are in subject order too); otherwise it materialises and sorts
 * them like any other rule's findings.
 */
public final class EnterpriseFindings extends AbstractList<Finding> implements RandomAccess {
    /**
     * Computes a row's evidence values when the finding is read.
     */
    @FunctionalInterface
    public interface Evidence {
        /**
         * The evidence values of one row.
         *
         * @param type       the finding type's position in the rule's types
         * @param enterprise the enterprise's index in the context's {@code enterprises()}
         * @param payload    the object added with the row, or {@code null}
         * @return the values, one per evidence name of the type; a new array the caller may keep
         */
        Object[] values(int type, int enterprise, @Nullable Object payload);
    }

    private final List<Enterprise> enterprises;
    private final Group[] groups;
    private final int[] starts;
    private final int size;

    private EnterpriseFindings(List<Enterprise> enterprises, Group[] groups) {
        this.enterprises = enterprises;
        this.groups = groups;
        this.starts = new int[groups.length + 1];
        for (int t = 0; t < groups.length; t++) {
            starts[t + 1] = starts[t] + groups[t].size;
        }
        this.size = starts[groups.length];
    }

    /**
     * A builder for a rule's findings.
     *
     * @param types       the rule's finding types, in order
     * @param enterprises the context's enterprises, which the rows index
     * @param evidence    computes a row's evidence values
     * @return a new builder
     */
    public static Builder builder(List<FindingType> types, List<Enterprise> enterprises, Evidence evidence) {
        return new Builder(types, enterprises, evidence);
    }

    /**
     * The enterprises the rows index.
     *
     * @return the context's list
     */
    public List<Enterprise> enterprises() {
        return enterprises;
    }

    /**
     * The number of finding types.
     *
     * @return the count
     */
    public int typeCount() {
        return groups.length;
    }

    /**
     * One type's findings.
     *
     * @param type the type's position
     * @return the findings of that type, in the order added
     */
    public Group group(int type) {
        return groups[type];
    }

    @Override
    public @Nullable Finding get(int index) {
        Objects.checkIndex(index, size);
        int t = 0;
        while (starts[t + 1] <= index) {
            t++;
        }
        return groups[t].get(index - starts[t]);
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * The findings of one type: rows and, for findings not about one enterprise, finding objects.
     */
    public static final class Group extends AbstractList<Finding> implements RandomAccess {
        private final FindingType type;
        private final int typeIndex;
        private final List<Enterprise> enterprises;
        private final Evidence evidence;
        private final int[] rows;
        private final @Nullable Object @Nullable [] payloads;
        private final int size;
        private final boolean increasing;

        private Group(FindingType type, int typeIndex, List<Enterprise> enterprises, Evidence evidence, int[] rows,
                      @Nullable Object @Nullable [] payloads, int size) {
            this.type = type;
            this.typeIndex = typeIndex;
            this.enterprises = enterprises;
            this.evidence = evidence;
            this.rows = rows;
            this.payloads = payloads;
            this.size = size;
            boolean up = true;
            for (int i = 0; i < size && up; i++) {
                up = rows[i] >= 0 && (i == 0 || rows[i - 1] < rows[i]);
            }
            this.increasing = up;
        }

        /**
         * The finding type.
         *
         * @return the type
         */
        public FindingType type() {
            return type;
        }

        /**
         * Whether every finding is a row and the rows' enterprise indices increase strictly.
         *
         * @return true when so; an empty group is increasing
         */
        public boolean increasing() {
            return increasing;
        }

        @Override
        public @Nullable Finding get(int index) {
            Objects.checkIndex(index, size);
            int row = rows[index];
            Object payload = payloads == null ? null : payloads[index];
            if (row < 0) {
                return (Finding) payload;
            }
            Enterprise e = enterprises.get(row);
            return Finding.of(type, Subject.enterprise(e), evidence.values(typeIndex, row, payload));
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * Collects rows and findings.
     */
    public static final class Builder {
        private final List<FindingType> types;
        private final List<Enterprise> enterprises;
        private final Evidence evidence;
        private final int[][] rows;
        private final @Nullable Object[] @Nullable [] payloads;
        private final int[] sizes;

        private Builder(List<FindingType> types, List<Enterprise> enterprises, Evidence evidence) {
            this.types = List.copyOf(types);
            this.enterprises = Objects.requireNonNull(enterprises, "enterprises");
            this.evidence = Objects.requireNonNull(evidence, "evidence");
            int n = this.types.size();
            this.rows = new int[n][];
            this.payloads = new Object[n][];
            this.sizes = new int[n];
            for (int t = 0; t < n; t++) {
                rows[t] = new int[16];
            }
        }

        /**
         * Adds a finding about an enterprise whose evidence the {@link Evidence} computes from the data alone.
         *
         * @param type       the type's position
         * @param enterprise the enterprise's index in the context's {@code enterprises()}
         * @return this builder
         */
        public Builder add(int type, int enterprise) {
            return add(type, enterprise, null);
        }

        /**
         * Adds a finding about an enterprise, with an object of the data its evidence is read from.
         *
         * @param type       the type's position
         * @param enterprise the enterprise's index in the context's {@code enterprises()}
         * @param payload    an immutable object of the screened data, or {@code null}
         * @return this builder
         */
        public Builder add(int type, int enterprise, @Nullable Object payload) {
            Objects.checkIndex(enterprise, enterprises.size());
            put(type, enterprise, payload);
            return this;
        }

        /**
         * Adds a finding as it is (coverage figures and other findings not about one enterprise).
         *
         * @param finding the finding; its type must be one of the builder's types
         * @return this builder
         * @throws IllegalArgumentException when the type is not one of the builder's
         */
        public Builder add(Finding finding) {
            int t = types.indexOf(finding.type());
            if (t < 0) {
                throw new IllegalArgumentException("finding type " + finding.type() + " is not one of " + types);
            }
            put(t, -1, finding);
            return this;
        }

        private void put(int type, int row, @Nullable Object payload) {
            int n = sizes[type];
            int[] r = rows[type];
            if (n == r.length) {
                r = Arrays.copyOf(r, n * 2);
                rows[type] = r;
            }
            r[n] = row;
            if (payload != null || payloads[type] != null) {
                @Nullable Object[] p = payloads[type];
                if (p == null) {
                    p = new Object[r.length];
                    payloads[type] = p;
                } else if (p.length < r.length) {
                    p = Arrays.copyOf(p, r.length);
                    payloads[type] = p;
                }
                p[n] = payload;
            }
            sizes[type] = n + 1;
        }

        /**
         * The findings.
         *
         * @return the list; the builder is not used afterwards
         */
        public EnterpriseFindings build() {
            Group[] groups = new Group[types.size()];
            for (int t = 0; t < groups.length; t++) {
                // Not trimmed: a copy of a large array is more garbage than the unused tail.
                groups[t] = new Group(types.get(t), t, enterprises, evidence, rows[t], payloads[t], sizes[t]);
            }
            return new EnterpriseFindings(enterprises, groups);
        }
    }
}
