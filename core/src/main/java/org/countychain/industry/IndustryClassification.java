package org.countychain.industry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.countychain.ErrorCode;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.countychain.internal.Csv;

/**
 * GB/T 4754-2017, the industrial classification for national economic activities (国民经济行业分类), as shipped in
 * the jar: 20 sections (门类), 97 divisions (大类), 473 groups (中类) and every class (小类) with its name; its
 * sources and how it was checked are in {@code docs/validation.md}. Also knows the classes of the 2011 edition
 * that 2017 no longer has, so that an outdated code can be named as such.
 *
 * <p>Codes are written with their section letter ({@code C1951}); {@link #normalise(String)} also reads the
 * digits alone ({@code 1951}, the form statistical forms use) and white space or lower case.
 *
 * <pre>{@code
 * IndustryClassification gbt4754 = IndustryClassification.builtIn();
 * gbt4754.find("C2831").map(IndustryClass::name);      // 生物基化学纤维制造
 * gbt4754.isManufacturing("C1951");                    // true: divisions 13–43
 * }</pre>
 *
 * @since 0.1.0
 */
public final class IndustryClassification {
    private static final String FILE_2017 = "gbt4754-2017.csv";
    private static final String FILE_2011_ONLY = "gbt4754-2011-only.csv";

    private final Map<String, IndustryClass> byCode;
    private final Map<String, String> sectionOfDivision;
    private final Map<String, String> only2011;

    private IndustryClassification(Map<String, IndustryClass> byCode, Map<String, String> only2011) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, String> sections = new HashMap<>();
        for (IndustryClass c : byCode.values()) {
            if (c.level() == IndustryLevel.DIVISION) {
                sections.put(c.code().substring(1), c.code().substring(0, 1));
            }
        }
        this.sectionOfDivision = Collections.unmodifiableMap(sections);
        this.only2011 = Collections.unmodifiableMap(only2011);
    }

    /**
     * The built-in GB/T 4754-2017.
     *
     * @return the shared instance
     */
    public static IndustryClassification builtIn() {
        return Holder.INSTANCE;
    }

    /**
     * Normalises a written code: strips white space, upper-cases the letter, and puts the section letter before a
     * code written as digits alone ({@code 1951} → {@code C1951}), from the two-digit division.
     *
     * @param code the code as written, may be {@code null}
     * @return the normalised code, or the stripped upper-case text when it has no recognisable form
     */
    public String normalise(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(Character.toUpperCase(c));
            }
        }
        String s = sb.toString();
        if (s.length() >= 2 && s.length() <= 4 && isDigits(s)) {
            String section = sectionOfDivision.get(s.substring(0, 2));
            return section == null ? s : section + s;
        }
        return s;
    }

    /**
     * The entry of a code of any level.
     *
     * @param code the code, written as {@link #normalise(String)} reads it
     * @return the entry, or empty when GB/T 4754-2017 has no such code
     */
    public Optional<IndustryClass> find(String code) {
        return Optional.ofNullable(byCode.get(normalise(code)));
    }

    /**
     * Whether GB/T 4754-2017 has the code.
     *
     * @param code the code
     * @return true when known
     */
    public boolean isKnown(String code) {
        return byCode.containsKey(normalise(code));
    }

    /**
     * The section a two-digit division belongs to, by the numbers alone ({@code 19} → {@code C}).
     *
     * @param division two digits
     * @return the section letter, or empty for a division the standard does not have
     */
    public Optional<String> sectionOfDivision(String division) {
        return Optional.ofNullable(sectionOfDivision.get(division));
    }

    /**
     * Whether a code is in manufacturing (制造业, section C: divisions 13–43), judged from its division, so that a
     * class of the 2011 edition is judged too.
     *
     * @param code the code
     * @return true for manufacturing; false for anything else, including codes that cannot be read
     */
    public boolean isManufacturing(String code) {
        String s = normalise(code);
        if (s.length() < 3 || !isDigits(s.substring(1, 3))) {
            return s.equals("C");
        }
        int division = Integer.parseInt(s.substring(1, 3));
        return s.charAt(0) == 'C' && division >= 13 && division <= 43;
    }

    /**
     * Whether a code is industrial (工业: section B mining, divisions 06–12; C manufacturing, 13–43; D electricity,
     * heat, gas and water supply, 44–46), judged from its division like {@link #isManufacturing(String)}.
     *
     * @param code the code
     * @return true for an industrial code; false for anything else, including codes that cannot be read
     */
    public boolean isIndustrial(String code) {
        String s = normalise(code);
        if (s.length() < 3 || !isDigits(s.substring(1, 3))) {
            return s.equals("B") || s.equals("C") || s.equals("D");
        }
        int division = Integer.parseInt(s.substring(1, 3));
        char section = s.charAt(0);
        return (section == 'B' || section == 'C' || section == 'D') && division >= 6 && division <= 46;
    }

    /**
     * The name a class had in GB/T 4754-2011, for a class that the 2017 edition no longer has (2011 版小类).
     *
     * @param code the code
     * @return the 2011 name, or empty when the code is not a class that only 2011 had
     */
    public Optional<String> edition2011Only(String code) {
        return Optional.ofNullable(only2011.get(normalise(code)));
    }

    /**
     * Every entry, sections first and each followed by its divisions, groups and classes in code order.
     *
     * @return the entries
     */
    public Collection<IndustryClass> all() {
        return byCode.values();
    }

    /**
     * The entries of one level, in code order.
     *
     * @param level the level
     * @return the entries
     */
    public List<IndustryClass> level(IndustryLevel level) {
        return byCode.values().stream().filter(c -> c.level() == level).toList();
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static final class Holder {
        static final IndustryClassification INSTANCE = load();
    }

    private static IndustryClassification load() {
        Map<String, IndustryClass> classes = new LinkedHashMap<>();
        for (Csv.Row row : rows(FILE_2017)) {
            String code = row.get("code");
            IndustryLevel level;
            try {
                level = IndustryLevel.valueOf(row.get("level"));
            } catch (IllegalArgumentException e) {
                throw broken(FILE_2017, row.line(), "unknown level " + row.get("level"));
            }
            int expectedLength = switch (level) {
                case SECTION -> 1;
                case DIVISION -> 3;
                case GROUP -> 4;
                case CLASS -> 5;
            };
            if (code.length() != expectedLength || classes.put(code, new IndustryClass(code, level,
                    row.get("name"))) != null) {
                throw broken(FILE_2017, row.line(), "bad or repeated code " + code);
            }
        }
        Map<String, String> only2011 = new HashMap<>();
        for (Csv.Row row : rows(FILE_2011_ONLY)) {
            only2011.put(row.get("code"), row.get("name_2011"));
        }
        return new IndustryClassification(classes, only2011);
    }

    private static List<Csv.Row> rows(String file) {
        try (InputStream in = IndustryClassification.class.getResourceAsStream(file)) {
            if (in == null) {
                throw broken(file, 0, "missing resource " + file);
            }
            return Csv.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(file, 0, 0, ""),
                    List.of(String.valueOf(e.getMessage())), e);
        }
    }

    private static ReferenceDataException broken(String file, int line, String what) {
        return new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(file, line, 0, ""), List.of(what),
                null);
    }
}
