package org.countychain.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Term;
import org.jspecify.annotations.Nullable;

/**
 * Invariant checks for the model's constructors. Each failure names the field, so the JSON reader can
 * prefix the path of the enclosing element. Internal: not part of the API.
 */
public final class Checks {
    /** Earliest plausible reporting or registration year. */
    public static final int MIN_YEAR = 1949;
    /** Latest plausible reporting year. */
    public static final int MAX_YEAR = 2100;

    private Checks() {
    }

    /**
     * Requires a non-null value.
     *
     * @param value the value
     * @param field the field's name
     * @param <T>   the type
     * @return the value
     */
    public static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidInputException(ErrorCode.REQUIRED, field);
        }
        return value;
    }

    /**
     * Requires a non-blank string and strips surrounding white space.
     *
     * @param value the value
     * @param field the field's name
     * @return the stripped value
     */
    public static String requiredText(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(ErrorCode.REQUIRED, field);
        }
        return value.strip();
    }

    /**
     * Strips an optional string; blank becomes {@code null}.
     *
     * @param value the value or {@code null}
     * @return the stripped value or {@code null}
     */
    public static @Nullable String optionalText(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Requires a non-negative amount when one is given.
     *
     * @param value the amount or {@code null}
     * @param field the field's name
     * @return the amount
     */
    public static @Nullable BigDecimal nonNegative(@Nullable BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, field, value.toPlainString(), ">= 0");
        }
        return value;
    }

    /**
     * Requires a non-negative count when one is given.
     *
     * @param value the count or {@code null}
     * @param field the field's name
     * @return the count
     */
    public static @Nullable Integer nonNegative(@Nullable Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, field, value.toString(), ">= 0");
        }
        return value;
    }

    /**
     * Requires a non-negative count.
     *
     * @param value the count
     * @param field the field's name
     * @return the count
     */
    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, field, Integer.toString(value), ">= 0");
        }
        return value;
    }

    /**
     * Requires a plausible year.
     *
     * @param year  the year
     * @param field the field's name
     * @return the year
     */
    public static int year(int year, String field) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, field, Integer.toString(year),
                    MIN_YEAR + ".." + MAX_YEAR);
        }
        return year;
    }

    /**
     * An immutable copy of a list; {@code null} becomes empty; a {@code null} element is rejected with its index.
     *
     * @param list  the list or {@code null}
     * @param field the field's name
     * @param <T>   the element type
     * @return the copy
     */
    public static <T> List<T> list(@Nullable List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new InvalidInputException(ErrorCode.REQUIRED, field + "[" + i + "]");
            }
        }
        return List.copyOf(list);
    }

    /**
     * An immutable copy of a list whose elements' keys must be unique.
     *
     * @param list  the list or {@code null}
     * @param field the field's name
     * @param key   the key of an element
     * @param what  what the key is, named in the message in the reader's language
     * @param <T>   the element type
     * @return the copy
     */
    public static <T> List<T> uniqueList(@Nullable List<T> list, String field, Function<T, ?> key, Term what) {
        List<T> copy = list(list, field);
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            Object k = key.apply(copy.get(i));
            if (k != null && !seen.add(k)) {
                throw new InvalidInputException(ErrorCode.DUPLICATE, field + "[" + i + "]", what, String.valueOf(k));
            }
        }
        return copy;
    }

    /**
     * An immutable set of enum constants, iterated in declaration order so output is deterministic; {@code null}
     * becomes empty. For an enum of at most {@value #SHARED_ENUM_SIZE} constants the set is one of a fixed table
     * of every subset, shared by all callers (a year's incentives, say: 8 possible sets instead of one object pair
     * per enterprise and year); otherwise a new copy.
     *
     * @param set   the set or {@code null}
     * @param type  the enum type
     * @param field the field's name
     * @param <E>   the enum type
     * @return the set
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> Set<E> enumSet(@Nullable Collection<E> set, Class<E> type, String field) {
        Set<?>[] shared = SHARED_ENUM_SETS.get(type);
        if (shared != null) {
            int mask = 0;
            if (set != null) {
                for (E e : set) {
                    mask |= 1 << required(e, field + "[]").ordinal();
                }
            }
            return (Set<E>) shared[mask];
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (set != null) {
            for (E e : set) {
                copy.add(required(e, field + "[]"));
            }
        }
        return Collections.unmodifiableSet(copy);
    }

    /** Enums with at most this many constants get shared sets from {@link #enumSet}. */
    static final int SHARED_ENUM_SIZE = 8;

    /** Per enum type: every subset, indexed by the bit mask of ordinals; {@code null} for larger enums. */
    private static final ClassValue<Set<?>[]> SHARED_ENUM_SETS = new ClassValue<>() {
        @Override
        protected Set<?> @Nullable [] computeValue(Class<?> type) {
            return type.isEnum() && type.getEnumConstants().length <= SHARED_ENUM_SIZE
                    ? subsets(type.asSubclass(Enum.class)) : null;
        }
    };

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<?>[] subsets(Class<? extends Enum> type) {
        Enum<?>[] constants = type.getEnumConstants();
        Set<?>[] sets = new Set<?>[1 << constants.length];
        for (int mask = 0; mask < sets.length; mask++) {
            EnumSet s = EnumSet.noneOf(type);
            for (int i = 0; i < constants.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    s.add(constants[i]);
                }
            }
            sets[mask] = Collections.unmodifiableSet(s);
        }
        return sets;
    }
}
