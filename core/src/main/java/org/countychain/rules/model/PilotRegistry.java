package org.countychain.rules.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.countychain.ErrorCode;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;
import org.countychain.json.CountyChainJson;
import org.jspecify.annotations.Nullable;

/**
 * The pilot counties of the provincial industry department's pilot plan and the chains each must map (试点县
 * 名单, R2): 《福建省工业和信息化厅关于印发全省县域重点产业链试点县（区）工作方案的通知》 names ten pilot counties.
 * That plan is not public here, so the library ships {@link #empty()} (the default) and a clearly labelled
 * fictional {@link #example()}; a bureau loads the real one as data ({@link #read(Path)}).
 *
 * <p>JSON: <code>{"source": "…", "official": true, "counties": [{"county": "350582", "countyName": "晋江市",
 * "chains": [{"name": "纺织鞋服", "aliases": ["鞋服"], "industryCode": "C19"}]}]}</code>
 *
 * @param source   where the registry comes from (the plan's title and number, or "示例")
 * @param official whether it is the official list
 * @param counties the pilot counties
 * @since 0.1.0
 */
public record PilotRegistry(String source, boolean official, List<PilotCounty> counties) {
    private static final PilotRegistry EMPTY = new PilotRegistry("无（未加载试点县名单）", false, List.of());

    /**
     * Checks the invariants: counties unique.
     */
    public PilotRegistry {
        source = Checks.requiredText(source, "source");
        counties = Checks.uniqueList(counties, "counties", PilotCounty::county, org.countychain.Term.COUNTY);
    }

    /**
     * No pilot counties: R2 reports nothing. The default.
     *
     * @return the empty registry
     */
    public static PilotRegistry empty() {
        return EMPTY;
    }

    /**
     * A fictional example (示例，非官方名单) for demos and tests: three counties with chains chosen for
     * illustration. Not the provincial plan's list.
     *
     * @return the example registry, marked {@code official = false}
     */
    public static PilotRegistry example() {
        String resource = "pilot-registry-example.json";
        try (InputStream in = PilotRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(resource, 0, 0, ""),
                        List.of("missing resource " + resource), null);
            }
            return CountyChainJson.defaults().read(in, resource, PilotRegistry.class);
        } catch (IOException e) {
            throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(resource, 0, 0, ""),
                    List.of(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Reads a registry from a JSON file.
     *
     * @param file the file
     * @return the registry
     * @throws org.countychain.InvalidInputException when the file does not hold a registry
     * @throws org.countychain.CountyChainIOException when it cannot be read
     */
    public static PilotRegistry read(Path file) {
        return CountyChainJson.defaults().read(file, PilotRegistry.class);
    }

    /**
     * The entry of a county.
     *
     * @param county the county's code
     * @return the entry, or empty when it is not a pilot county
     */
    public Optional<PilotCounty> county(DivisionCode county) {
        return counties.stream().filter(c -> c.county().equals(county)).findFirst();
    }

    /**
     * A pilot county and the chains it must map.
     *
     * @param county     the county's code
     * @param countyName its name
     * @param chains     the chains the plan lists for it
     * @since 0.1.0
     */
    public record PilotCounty(DivisionCode county, String countyName, List<RequiredChain> chains) {
        /**
         * Checks the invariants.
         */
        public PilotCounty {
            Checks.required(county, "county");
            countyName = Checks.requiredText(countyName, "countyName");
            chains = Checks.list(chains, "chains");
        }
    }

    /**
     * A chain a pilot county must map, recognised by name, alias or industry code.
     *
     * @param name         the chain's name in the plan
     * @param aliases      other names a county may use for it
     * @param industryCode a GB/T 4754 code (prefix) that identifies it, or {@code null}
     * @since 0.1.0
     */
    public record RequiredChain(String name, List<String> aliases, @Nullable String industryCode) {
        /**
         * Checks the invariants.
         */
        public RequiredChain {
            name = Checks.requiredText(name, "name");
            aliases = Checks.list(aliases, "aliases");
            industryCode = Checks.optionalText(industryCode);
        }

        /**
         * Whether a chain of a report or data set is this one: its name or one of its aliases equals this
         * chain's name or one of its aliases (ignoring white space and letter case), or its industry code
         * starts with this chain's industry code.
         *
         * @param chainName         the other chain's name
         * @param chainAliases      its aliases
         * @param chainIndustryCode its industry code, or {@code null}
         * @return true when it is this chain
         */
        public boolean matches(String chainName, List<String> chainAliases, @Nullable String chainIndustryCode) {
            if (industryCode != null && chainIndustryCode != null
                    && normalise(chainIndustryCode).startsWith(normalise(industryCode))) {
                return true;
            }
            if (sameName(chainName)) {
                return true;
            }
            for (String a : chainAliases) {
                if (sameName(a)) {
                    return true;
                }
            }
            return false;
        }

        private boolean sameName(String other) {
            if (other == null) {
                return false;
            }
            String o = normalise(other);
            if (normalise(name).equals(o)) {
                return true;
            }
            for (String a : aliases) {
                if (normalise(a).equals(o)) {
                    return true;
                }
            }
            return false;
        }

        private static String normalise(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isWhitespace(c) && c != '\u3000') {
                    b.append(c);
                }
            }
            return b.toString().toUpperCase(Locale.ROOT);
        }
    }
}
