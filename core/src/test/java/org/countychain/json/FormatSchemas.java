package org.countychain.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.countychain.consolidation.ConsolidationDecisions;
import org.countychain.coverage.CityCoverage;
import org.countychain.coverage.ProvinceCoverage;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.report.ReportTemplate;

/**
 * The JSON Schemas of the format, read from {@code docs/schema/} of the repository, the one copy that is
 * published. Maven runs tests with the module directory ({@code core/}) as working directory and sets
 * {@code basedir}, so the folder is {@code ../docs/schema} from there; no copy in the test resources can drift.
 * The schemas' {@code $id} prefix is mapped to that folder, so nothing is fetched. Public for the other modules'
 * tests (through core's test jar), which validate the documents they write, such as the submission manifest.
 */
public final class FormatSchemas {
    /** The prefix of every schema's {@code $id}. */
    public static final String ID_PREFIX = "https://raw.githubusercontent.com/countychain/countychain/main/docs/schema/";

    /** Parses JSON for validation as most validators do: numbers exact, the last of duplicate keys wins. */
    static final ObjectMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(ID_PREFIX, directory().toUri().toString())));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();

    private FormatSchemas() {
    }

    /**
     * The folder holding the schemas.
     *
     * @return {@code docs/schema} of the repository
     */
    static Path directory() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path dir = module.resolve("../docs/schema").normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no schema folder at " + dir + "; run the tests from a module folder");
        }
        return dir;
    }

    /**
     * The schema file of a top-level type.
     *
     * @param type a type that a document can hold
     * @return the file name in {@link #directory()}
     */
    static String fileFor(Class<?> type) {
        if (type == CountyDataset.class) {
            return "county-dataset.schema.json";
        }
        if (type == ProvinceDataset.class) {
            return "province-dataset.schema.json";
        }
        if (type == CitySubmission.class) {
            return "city-submission.schema.json";
        }
        if (type == ReportTemplate.class) {
            return "report-template.schema.json";
        }
        if (type == ProvinceCoverage.class || type == CityCoverage.class) {
            return "coverage.schema.json";
        }
        if (type == ConsolidationDecisions.class) {
            return "consolidation-groups.schema.json";
        }
        throw new IllegalArgumentException("no schema file for " + type);
    }

    /**
     * The schema of a top-level type.
     *
     * @param type a type that a document can hold
     * @return the schema
     */
    static JsonSchema of(Class<?> type) {
        return at(fileFor(type));
    }

    /**
     * The schema of one definition of the county data set schema, for example {@code Enterprise}.
     *
     * @param name the name under {@code $defs}
     * @return the schema
     */
    static JsonSchema definition(String name) {
        return at("county-dataset.schema.json#/$defs/" + name);
    }

    /**
     * A schema file of {@link #directory()} by name, or one of its definitions, for example
     * {@code submission-manifest.schema.json} or {@code submission-manifest.schema.json#/$defs/PackagedFile}.
     *
     * @param relative the file name, optionally with a fragment
     * @return the schema
     */
    public static JsonSchema named(String relative) {
        return at(relative);
    }

    /**
     * A schema file of {@link #directory()} as a tree, for tests that read its definitions.
     *
     * @param file the file name
     * @return the schema document
     */
    public static JsonNode document(String file) {
        try {
            return TREES.readTree(directory().resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema at(String relative) {
        return CACHE.computeIfAbsent(relative,
                r -> FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + r), CONFIG));
    }

    /**
     * Validates a document.
     *
     * @param schema the schema
     * @param json   the document's text
     * @return the problems, empty when valid
     */
    public static Set<ValidationMessage> validate(JsonSchema schema, String json) {
        return schema.validate(tree(json));
    }

    /**
     * Parses JSON into a tree with exact numbers.
     *
     * @param json the text
     * @return the tree
     */
    public static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The county data set schema itself, as a tree, for tests that read its definitions.
     *
     * @return the schema document
     */
    static JsonNode countyDatasetSchemaDocument() {
        return document("county-dataset.schema.json");
    }
}
