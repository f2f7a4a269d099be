package org.countychain.export.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

import org.countychain.coverage.CoverageCounts;
import org.countychain.fixtures.PlantedGaps;
import org.countychain.dataset.CountyDataset;
import org.countychain.export.model.ExportMode;
import org.countychain.json.CountyChainJson;
import org.countychain.fixtures.FormatSchemas;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/schema/submission-manifest.schema.json} against the {@code manifest.json} of real packages read back
 * from their zips, against mutated manifests it must refuse, and against the records it describes.
 */
class ManifestSchemaTest {
    private static final String FILE = "submission-manifest.schema.json";
    private static final JsonSchema SCHEMA = FormatSchemas.named(FILE);

    /** The manifest.json of a package, as the zip holds it. */
    private static String manifestOf(SubmissionPackage.Builder builder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackageResult result = builder.build().write(out);
        return manifestIn(out.toByteArray(), result);
    }

    private static String manifestIn(byte[] zip, PackageResult result) {
        try {
            String name = QuanzhouPackage.unzip(zip).keySet().stream().filter(n -> n.endsWith("/manifest.json"))
                    .findFirst().orElseThrow();
            String text = new String(QuanzhouPackage.unzip(zip).get(name), StandardCharsets.UTF_8);
            // the file is the result's manifest, so what the schema accepts is what the API reports
            assertThat(CountyChainJson.defaults().read(text, PackageManifest.class)).isEqualTo(result.manifest());
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> errors(String json) {
        return FormatSchemas.validate(SCHEMA, json);
    }

    @Test
    void theSyntheticProvincesCityOnTimeIsValid() {
        String manifest = manifestIn(QuanzhouPackage.ZIP, QuanzhouPackage.RESULT);
        assertThat(errors(manifest)).isEmpty();
        assertThat(manifest).contains("\"asOf\" : \"2024-10-31\"", "\"late\" : false");
    }

    @Test
    void theJinjiangSampleIsValidWithAndWithoutADate() {
        String dated = manifestOf(SubmissionPackage.builder("350500", 2024).dataset(SampleCounty.jinjiang())
                .asOf(LocalDate.of(2024, 11, 1)));
        assertThat(errors(dated)).isEmpty();
        String undated = manifestOf(SubmissionPackage.builder("350500", 2024).dataset(SampleCounty.jinjiang()));
        assertThat(errors(undated)).isEmpty();
        assertThat(undated).doesNotContain("asOf");
    }

    @Test
    void aLatePackageIsValid() {
        String manifest = manifestOf(QuanzhouPackage.builder(QuanzhouPackage.DATASETS).asOf(LocalDate.of(2024, 12, 5)));
        assertThat(errors(manifest)).isEmpty();
        assertThat(manifest).contains("\"late\" : true", "\"daysLate\" : 35");
    }

    @Test
    void aDraftWithAnIncompleteReportIsValid() {
        String manifest = manifestOf(QuanzhouPackage.builder(SubmissionPackageTest.withEmptyReport("350502")));
        assertThat(errors(manifest)).isEmpty();
        assertThat(manifest).contains("\"mode\" : \"DRAFT\"", "\"1.1\"");
    }

    @Test
    void aSubmissionAndAPackageThatConsolidatedAreValid() {
        String submission = manifestOf(QuanzhouPackage.builder(QuanzhouPackage.DATASETS).mode(ExportMode.SUBMISSION));
        assertThat(errors(submission)).isEmpty();
        assertThat(submission).contains("\"mode\" : \"SUBMISSION\"");
        List<CountyDataset> counties = QuanzhouPackage.DATASETS.stream()
                .filter(d -> !d.unitId().equals(PlantedGaps.CITY)).toList();
        String consolidated = manifestOf(QuanzhouPackage.builder(counties));
        assertThat(errors(consolidated)).isEmpty();
        assertThat(consolidated).contains("\"consolidatedHere\" : true", "\"consolidated\" : true");
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                mutation("no files", "", m -> m.remove("files")),
                mutation("an unknown field", "", m -> m.put("signature", "x")),
                mutation("another format", "/format", m -> m.put("format", "countychain-submission-package/2")),
                mutation("a blank unit name", "/cityLevelUnitName", m -> m.put("cityLevelUnitName", "\u3000")),
                mutation("a year out of range", "/year", m -> m.put("year", 1948)),
                mutation("a mode in lower case", "/mode", m -> m.put("mode", "draft")),
                mutation("consolidatedHere as text", "/consolidatedHere", m -> m.put("consolidatedHere", "false")),
                mutation("no daysLate", "/deadline", m -> deadline(m).remove("daysLate")),
                mutation("a date not ISO", "/deadline/asOf", m -> deadline(m).put("asOf", "2024/10/31")),
                mutation("negative days late", "/deadline/daysLate", m -> deadline(m).put("daysLate", -1)),
                mutation("a coverage figure missing", "/coverage", m -> ((ObjectNode) m.get("coverage")).remove("units")),
                mutation("a report without its file", "/reports/0", m -> report(m).remove("file")),
                mutation("missing items not a list", "/reports/0/missingItems", m -> report(m).put("missingItems", "1.1")),
                mutation("a path that climbs out", "/reports/0/file", m -> report(m).put("file", "../x.docx")),
                mutation("a path with a backslash", "/files/0/name", m -> file(m).put("name", "县\\x.docx")),
                mutation("an absolute path", "/files/0/name", m -> file(m).put("name", "/x.docx")),
                mutation("a digest in upper case", "/files/0/sha256",
                        m -> file(m).put("sha256", file(m).get("sha256").asText().toUpperCase(java.util.Locale.ROOT))),
                mutation("a short digest", "/files/0/sha256", m -> file(m).put("sha256", "abc")),
                mutation("a negative size", "/files/0/size", m -> file(m).put("size", -1)),
                mutation("a size with a fraction", "/files/0/size", m -> file(m).put("size", 1.5)),
                mutation("a file with an extra field", "/files/0", m -> file(m).put("mtime", 0)));
    }

    private static Arguments mutation(String what, String where, Consumer<ObjectNode> change) {
        return Arguments.of(what, where, change);
    }

    private static ObjectNode deadline(ObjectNode m) {
        return (ObjectNode) m.get("deadline");
    }

    private static ObjectNode report(ObjectNode m) {
        return (ObjectNode) m.get("reports").get(0);
    }

    private static ObjectNode file(ObjectNode m) {
        return (ObjectNode) m.get("files").get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aMutatedManifestIsRefusedAtTheMutation(String what, String where, Consumer<ObjectNode> change) {
        ObjectNode manifest = (ObjectNode) FormatSchemas.tree(manifestIn(QuanzhouPackage.ZIP, QuanzhouPackage.RESULT));
        change.accept(manifest);
        Set<ValidationMessage> errors = errors(manifest.toString());
        assertThat(errors).as(what).isNotEmpty();
        assertThat(errors.stream().map(e -> e.getInstanceLocation().toString()))
                .as("where the errors of %s are", what)
                .anyMatch(l -> l.equals(where) || l.startsWith(where + "/"));
    }

    /** Each object of the schema lists exactly the components of the record it describes, in their order. */
    @Test
    void theSchemaDescribesTheRecords() {
        JsonNode defs = FormatSchemas.document(FILE).get("$defs");
        for (Class<?> type : List.of(PackageManifest.class, DeadlineStatus.class, CoverageCounts.class,
                PackagedReport.class, PackagedFile.class)) {
            JsonNode def = defs.get(type.getSimpleName());
            assertThat(def).as(type.getSimpleName()).isNotNull();
            List<String> properties = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as(type.getSimpleName())
                    .containsExactlyElementsOf(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                            .toList());
            assertThat(def.get("additionalProperties").asBoolean(true)).as(type.getSimpleName()).isFalse();
            def.get("properties").forEach(p -> assertThat(p.path("description").asText()).as(type.getSimpleName())
                    .isNotBlank());
        }
        List<String> modes = new ArrayList<>();
        ((ArrayNode) defs.get("ExportMode").get("enum")).forEach(n -> modes.add(n.asText()));
        assertThat(modes).containsExactlyElementsOf(Arrays.stream(ExportMode.values()).map(Enum::name).toList());
        assertThat(defs.get("PackageManifest").get("properties").get("format").get("const").asText())
                .isEqualTo(SubmissionPackage.FORMAT);
    }

    @Test
    void theFileIsDraft202012WithItsId() {
        JsonNode schema = FormatSchemas.document(FILE);
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo(FormatSchemas.ID_PREFIX + FILE);
    }
}
