package org.countychain.intermediary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Term;
import org.countychain.enterprise.CreditCode;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The province's list of intermediaries with "serious errors" (严重失误科技中介服务机构名单, R12). The province circulates
 * the list of the previous year every year (通报上一年度名单), so the list has editions: this record is the latest
 * edition, with the earlier ones it keeps in {@code earlier}. The list is circulated internally; the library ships
 * none and takes it as data.
 *
 * <p>Which edition applies to a reporting year: the latest one published in or before that year
 * ({@link #inForce(int)}); an edition published later was not yet known to the enterprises of that year.
 *
 * @param year        the year the edition concerns (the errors of that year)
 * @param publishedIn the year it was circulated (通报年份), or {@code null}: then the year after {@code year}, as the
 *                    notice has it; never before {@code year}
 * @param source      the circular it comes from, or {@code null}
 * @param entries     the intermediaries listed, each with the reason given
 * @param earlier     earlier editions, each without earlier editions of its own; the years of all editions are
 *                    unique
 * @since 0.1.0
 */
public record IntermediaryWatchList(int year, @Nullable Integer publishedIn, @Nullable String source,
                                    List<Intermediary> entries, List<IntermediaryWatchList> earlier) {
    /**
     * Checks the invariants.
     */
    public IntermediaryWatchList {
        Checks.year(year, "year");
        if (publishedIn != null) {
            Checks.year(publishedIn, "publishedIn");
            if (publishedIn < year) {
                throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "publishedIn", publishedIn.toString(),
                        ">= " + year);
            }
        }
        source = Checks.optionalText(source);
        entries = Checks.list(entries, "entries");
        earlier = Checks.uniqueList(earlier, "earlier", IntermediaryWatchList::year, Term.YEAR);
        for (int i = 0; i < earlier.size(); i++) {
            if (!earlier.get(i).earlier().isEmpty()) {
                throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "earlier[" + i + "].earlier",
                        Integer.toString(earlier.get(i).earlier().size()), "0");
            }
            if (earlier.get(i).year() == year) {
                throw new InvalidInputException(ErrorCode.DUPLICATE, "earlier[" + i + "]", Term.YEAR,
                        Integer.toString(year));
            }
        }
    }

    /**
     * One edition (format version 1's form).
     *
     * @param year    the year the list concerns
     * @param source  the circular it comes from, or {@code null}
     * @param entries the intermediaries listed
     */
    public IntermediaryWatchList(int year, String source, List<Intermediary> entries) {
        this(year, null, source, entries, List.of());
    }

    /**
     * The year the edition was circulated: {@code publishedIn}, or the year after {@code year}.
     *
     * @return the year of publication
     */
    public int publicationYear() {
        return publishedIn != null ? publishedIn : year + 1;
    }

    /**
     * Every edition, this one (without its earlier editions) and the earlier ones, the latest year first.
     *
     * @return the editions
     */
    public List<IntermediaryWatchList> editions() {
        List<IntermediaryWatchList> all = new ArrayList<>(earlier.size() + 1);
        all.add(earlier.isEmpty() ? this : new IntermediaryWatchList(year, publishedIn, source, entries, List.of()));
        all.addAll(earlier);
        all.sort(Comparator.comparingInt(IntermediaryWatchList::year).reversed());
        return List.copyOf(all);
    }

    /**
     * The edition in force in a reporting year: of the editions published in or before it, the latest published
     * (and of two published in the same year, the one concerning the later year).
     *
     * @param reportingYear the year
     * @return the edition, without earlier editions, or empty when none was published by then
     */
    public Optional<IntermediaryWatchList> inForce(int reportingYear) {
        return editions().stream().filter(e -> e.publicationYear() <= reportingYear)
                .max(Comparator.comparingInt(IntermediaryWatchList::publicationYear)
                        .thenComparingInt(IntermediaryWatchList::year));
    }

    /**
     * Whether an intermediary, named as enterprises record it (name, or credit code), is on this edition. Names are
     * compared after removing white space and full-width brackets differences.
     *
     * @param nameOrCreditCode the name or credit code an enterprise gave
     * @return true when listed
     */
    public boolean lists(String nameOrCreditCode) {
        return find(nameOrCreditCode, null).isPresent();
    }

    /**
     * The entry of this edition that names an intermediary, by its name or by its credit code.
     *
     * @param name the name an enterprise gave (or a credit code written as the name), or {@code null}
     * @param code the credit code an enterprise gave, or {@code null}
     * @return the entry, or empty when the intermediary is not on this edition
     */
    public Optional<Intermediary> find(String name, @Nullable CreditCode code) {
        Set<String> keys = new HashSet<>();
        if (name != null && !name.isBlank()) {
            keys.add(normalise(name));
        }
        if (code != null) {
            keys.add(code.value());
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        for (Intermediary i : entries) {
            if (keys.contains(normalise(i.name())) || (i.creditCode() != null && keys.contains(i.creditCode().value()))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').toUpperCase(java.util.Locale.ROOT);
    }
}
