package org.countychain.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.countychain.CountyChainException;
import org.countychain.ErrorCode;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.countychain.internal.DirectJsonReader;
import org.jspecify.annotations.Nullable;

/**
 * The report template editions known to an application (报告模板版本): the built-in ones, loaded from the jar at
 * run time, and any an integrator or plugin adds. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportTemplate t = ReportTemplates.builtIn().defaultEdition();   // fujian-2024
 * t.titleFor("晋江市");                                              // 晋江市县域重点产业创新链调研报告
 * ReportTemplates mine = ReportTemplates.builtIn().toBuilder()
 *         .add(ReportTemplates.read(in, "fujian-2025.json")).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportTemplates {
    /** The edition of the notice's attachment (闽科高〔2024〕135号). */
    public static final String FUJIAN_2024 = "fujian-2024";

    private final Map<String, ReportTemplate> editions;
    private final String defaultEdition;

    private ReportTemplates(Map<String, ReportTemplate> editions, String defaultEdition) {
        this.editions = Collections.unmodifiableMap(new LinkedHashMap<>(editions));
        this.defaultEdition = defaultEdition;
    }

    /**
     * The built-in editions: {@value #FUJIAN_2024}, the default.
     *
     * @return the shared registry
     */
    public static ReportTemplates builtIn() {
        return Holder.INSTANCE;
    }

    /**
     * The notice's own edition.
     *
     * @return the {@value #FUJIAN_2024} edition
     */
    public static ReportTemplate fujian2024() {
        return builtIn().edition(FUJIAN_2024).orElseThrow();
    }

    /**
     * Reads an edition from JSON (the format of the built-in {@code fujian-2024.json}).
     *
     * @param in     the JSON; not closed
     * @param source a name for messages, such as the file name
     * @return the edition
     * @throws ReferenceDataException {@link ErrorCode#TEMPLATE} when the JSON is not a valid edition
     */
    public static ReportTemplate read(InputStream in, String source) {
        try {
            return Reader.MAPPER.readValue(in, ReportTemplate.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof CountyChainException cc ? cc.getMessage() : e.getOriginalMessage();
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new ReferenceDataException(ErrorCode.TEMPLATE, new Location(source, line, column, ""),
                    List.of(reason), e);
        } catch (IOException e) {
            throw new ReferenceDataException(ErrorCode.TEMPLATE, new Location(source, 0, 0, ""),
                    List.of(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * An edition by id.
     *
     * @param edition the edition's id
     * @return the edition, or empty
     */
    public Optional<ReportTemplate> edition(String edition) {
        return Optional.ofNullable(edition == null ? null : editions.get(edition));
    }

    /**
     * An edition by id, failing when unknown.
     *
     * @param edition the edition's id
     * @return the edition
     * @throws ReferenceDataException {@link ErrorCode#TEMPLATE} naming the known editions
     */
    public ReportTemplate require(String edition) {
        return edition(edition).orElseThrow(() -> new ReferenceDataException(ErrorCode.TEMPLATE,
                Location.NOWHERE, List.of(edition + " (known: " + editions.keySet() + ")"), null));
    }

    /**
     * The edition used when a report names none.
     *
     * @return the default edition
     */
    public @Nullable ReportTemplate defaultEdition() {
        return editions.get(defaultEdition);
    }

    /**
     * Every edition, in the order added.
     *
     * @return the editions
     */
    public Collection<ReportTemplate> all() {
        return editions.values();
    }

    /**
     * A builder holding these editions.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.editions.putAll(editions);
        b.defaultEdition = defaultEdition;
        return b;
    }

    /**
     * Builds a {@link ReportTemplates} registry.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Map<String, ReportTemplate> editions = new LinkedHashMap<>();
        private @Nullable String defaultEdition;

        private Builder() {
        }

        /**
         * Adds or replaces an edition; the first one added becomes the default unless another is chosen.
         *
         * @param template the edition
         * @return this builder
         */
        public Builder add(ReportTemplate template) {
            editions.put(template.edition(), template);
            if (defaultEdition == null) {
                defaultEdition = template.edition();
            }
            return this;
        }

        /**
         * Chooses the default edition.
         *
         * @param edition the id of an added edition
         * @return this builder
         */
        public Builder defaultEdition(String edition) {
            if (!editions.containsKey(edition)) {
                throw new ReferenceDataException(ErrorCode.TEMPLATE, Location.NOWHERE,
                        List.of(edition + " (known: " + editions.keySet() + ")"), null);
            }
            defaultEdition = edition;
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return the registry
         */
        public ReportTemplates build() {
            // The first edition added is the default unless one was named, so there is a default exactly when
            // there is an edition.
            String chosen = defaultEdition;
            if (editions.isEmpty() || chosen == null) {
                throw new ReferenceDataException(ErrorCode.TEMPLATE, Location.NOWHERE, List.of("no edition"), null);
            }
            return new ReportTemplates(editions, chosen);
        }
    }

    private static final class Holder {
        static final ReportTemplates INSTANCE = loadBuiltIn();
    }

    /** The mapper of {@link #read}, made on first use: the built-in edition seldom needs it. */
    private static final class Reader {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();

        private Reader() {
        }
    }

    private static ReportTemplates loadBuiltIn() {
        String file = "templates/" + FUJIAN_2024 + ".json";
        try (InputStream in = ReportTemplates.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new ReferenceDataException(ErrorCode.TEMPLATE, new Location(file, 0, 0, ""),
                        List.of("missing resource"), null);
            }
            // The built-in edition is read without the mapper when it can be (ReportTemplatesTest checks that it
            // is, and that the result is the mapper's): building the mapper costs a fresh JVM more than the rest.
            byte[] json = in.readAllBytes();
            ReportTemplate builtIn = DirectJsonReader.read(json, json.length, ReportTemplate.class);
            return new Builder().add(builtIn != null ? builtIn : read(new ByteArrayInputStream(json), file)).build();
        } catch (IOException e) {
            throw new ReferenceDataException(ErrorCode.TEMPLATE, new Location(file, 0, 0, ""),
                    List.of(String.valueOf(e.getMessage())), e);
        }
    }
}
