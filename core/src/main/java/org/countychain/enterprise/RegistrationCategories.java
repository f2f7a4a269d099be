package org.countychain.enterprise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.countychain.ErrorCode;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.countychain.internal.Csv;

/**
 * The table of credit-code registration departments and organisation categories (登记管理部门代码与机构类别代码),
 * shipped in the jar.
 *
 * @since 0.1.0
 */
public final class RegistrationCategories {
    private static final String FILE = "uscc-registration-categories.csv";

    private final Map<String, RegistrationCategory> byPair;

    private RegistrationCategories(Map<String, RegistrationCategory> byPair) {
        this.byPair = Collections.unmodifiableMap(byPair);
    }

    /**
     * The built-in table.
     *
     * @return the shared instance
     */
    public static RegistrationCategories builtIn() {
        return Holder.INSTANCE;
    }

    /**
     * Decodes characters 1 and 2.
     *
     * @param department character 1
     * @param category   character 2
     * @return the category, or empty when the pair is not in the table
     */
    public Optional<RegistrationCategory> find(char department, char category) {
        return Optional.ofNullable(byPair.get("" + department + category));
    }

    /**
     * Every entry, in the table's order.
     *
     * @return the entries
     */
    public Collection<RegistrationCategory> all() {
        return byPair.values();
    }

    private static final class Holder {
        static final RegistrationCategories INSTANCE = load();
    }

    private static RegistrationCategories load() {
        try (InputStream in = RegistrationCategories.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(FILE, 0, 0, ""),
                        List.of("missing resource " + FILE), null);
            }
            Map<String, RegistrationCategory> map = new LinkedHashMap<>();
            for (Csv.Row row : Csv.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))) {
                String dept = row.get("dept_code");
                String cat = row.get("category_code");
                if (dept.length() != 1 || cat.length() != 1) {
                    throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(FILE, row.line(), 0, ""),
                            List.of("codes must be one character"), null);
                }
                map.put(dept + cat, new RegistrationCategory(dept.charAt(0), row.get("dept_name"), cat.charAt(0),
                        row.get("category_name"), "yes".equals(row.get("in_original_4_dept_table"))));
            }
            return new RegistrationCategories(map);
        } catch (IOException e) {
            throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(FILE, 0, 0, ""),
                    List.of(String.valueOf(e.getMessage())), e);
        }
    }
}
