package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

import org.countychain.InvalidInputException;
import org.countychain.Labelled;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.report.ContentBlock;
import org.countychain.report.ReportTemplate;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.countychain.fixtures.FormatSchemas;

/**
 * The JSON Schemas in {@code docs/schema/} against the reader and the model: fixture documents that both accept,
 * that both reject, and that only the reader can reject; the sample data set; the built-in template; and the
 * schema's definitions against the records and enums they describe.
 *
 * <p>Fixtures live in {@code src/test/resources/org/countychain/json/fixtures/}: {@code valid/},
 * {@code invalid/} (rejected by schema and reader) and {@code invalid-reader-only/} (what a schema cannot check:
 * duplicate ids, table widths, duplicate keys, a count written as {@code 12.0}). A fixture named {@code province-*},
 * {@code city-*} or {@code template-*} holds that type, any other a county data set. Each invalid folder has an
 * {@code expected-errors.properties}: {@code file = code path line}.
 */
class JsonSchemaTest {
    private static final String FIXTURES = "/org/countychain/json/fixtures/";
    private static final List<Class<?>> TOP_LEVEL = List.of(CountyDataset.class, CitySubmission.class,
            ProvinceDataset.class, ReportTemplate.class);

    private final CountyChainJson json = CountyChainJson.defaults();

    // ---------------------------------------------------------------- fixtures

    static Stream<Named<Path>> validFixtures() throws IOException {
        return fixtures("valid");
    }

    static Stream<Named<Path>> invalidFixtures() throws IOException {
        return fixtures("invalid");
    }

    static Stream<Named<Path>> readerOnlyFixtures() throws IOException {
        return fixtures("invalid-reader-only");
    }

    private static Path folder(String name) {
        URL url = JsonSchemaTest.class.getResource(FIXTURES + name);
        assertThat(url).as("fixture folder %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Named<Path>> fixtures(String name) throws IOException {
        try (Stream<Path> files = Files.list(folder(name))) {
            List<Named<Path>> list = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                    .map(f -> Named.of(f.getFileName().toString(), f)).toList();
            assertThat(list).as("fixtures in %s", name).isNotEmpty();
            return list.stream();
        }
    }

    private static Class<?> typeOf(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith("province-")) {
            return ProvinceDataset.class;
        }
        if (name.startsWith("city-")) {
            return CitySubmission.class;
        }
        if (name.startsWith("template-")) {
            return ReportTemplate.class;
        }
        return CountyDataset.class;
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** One line of {@code expected-errors.properties}: the code, path and line the reader reports. */
    private record Expected(String code, String path, int line) {
        static Expected of(String text) {
            String[] parts = text.trim().split("\\s+");
            assertThat(parts).as("expected error '%s': code path line", text).hasSize(3);
            return new Expected(parts[0], "-".equals(parts[1]) ? "" : parts[1], Integer.parseInt(parts[2]));
        }
    }

    private static Map<String, Expected> expectations(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file.resolveSibling("expected-errors.properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Expected> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, Expected.of((String) v)));
        return out;
    }

    private InvalidInputException readerRejects(Path file) {
        Throwable t = catchThrowable(() -> json.read(file, typeOf(file)));
        assertThat(t).as("the reader rejects %s", file.getFileName()).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) t;
    }

    private void assertExpectedError(Path file, InvalidInputException e) throws IOException {
        String name = file.getFileName().toString();
        Expected expected = expectations(file).get(name);
        assertThat(expected).as("an entry for %s in expected-errors.properties", name).isNotNull();
        assertThat(e.errorCode().code()).as("code of %s: %s", name, e.getMessage(Locale.ENGLISH))
                .isEqualTo(expected.code());
        assertThat(e.location().path()).as("path of %s", name).isEqualTo(expected.path());
        assertThat(e.location().line()).as("line of %s", name).isEqualTo(expected.line());
        assertThat(e.location().source()).isEqualTo(name);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(e.getMessage(locale)).startsWith("[" + expected.code() + "] " + name)
                    .contains(expected.path());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void validFixtureIsValidAndReads(Path file) throws IOException {
        Class<?> type = typeOf(file);
        assertThat(FormatSchemas.validate(FormatSchemas.of(type), text(file))).isEmpty();
        Object value = json.read(file, type);
        // What was read is written in the canonical form, which is valid too and reads back equal.
        String written = json.writeToString(value);
        assertThat(FormatSchemas.validate(FormatSchemas.of(type), written)).isEmpty();
        assertThat(json.read(written, type)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void invalidFixtureIsRejectedBySchemaAndReader(Path file) throws IOException {
        Set<ValidationMessage> schemaErrors = FormatSchemas.validate(FormatSchemas.of(typeOf(file)), text(file));
        assertThat(schemaErrors).as("schema errors of %s", file.getFileName()).isNotEmpty();
        InvalidInputException e = readerRejects(file);
        assertExpectedError(file, e);
        // Both point at the same element; the schema reports a missing field at its object, an unknown block type
        // at the "type" inside the block.
        String reader = pointer(e.location().path());
        assertThat(schemaErrors).as("schema errors of %s near %s", file.getFileName(), reader)
                .anyMatch(m -> related(m.getInstanceLocation().toString(), reader));
    }

    /** {@code chains[0].county} as the JSON pointer {@code /chains/0/county}. */
    private static String pointer(String path) {
        return path.isEmpty() ? "" : "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    private static boolean related(String schema, String reader) {
        String parent = reader.isEmpty() ? "" : reader.substring(0, reader.lastIndexOf('/'));
        return schema.equals(reader) || schema.startsWith(reader + "/") || schema.equals(parent);
    }

    /** What a schema cannot say is checked by the reader; the schema accepts these, as documented. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("readerOnlyFixtures")
    void readerOnlyFixtureIsRejectedByTheReaderAlone(Path file) throws IOException {
        assertThat(FormatSchemas.validate(FormatSchemas.of(typeOf(file)), text(file)))
                .as("schema errors of %s", file.getFileName()).isEmpty();
        assertExpectedError(file, readerRejects(file));
    }

    @Test
    void everyExpectedErrorHasItsFixture() throws IOException {
        for (String folder : List.of("invalid", "invalid-reader-only")) {
            Path dir = folder(folder);
            Set<String> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = new LinkedHashSet<>(s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .sorted().toList());
            }
            assertThat(expectations(dir.resolve("any.json")).keySet()).as(folder).containsExactlyElementsOf(files);
        }
    }

    // ---------------------------------------------------------------- sample data and built-in template

    /** The sample ships with core: its JSON is valid against the schema and is the sample, written canonically. */
    @Test
    void sampleDatasetIsValid() throws IOException {
        URL sample = JsonSchemaTest.class.getResource(SampleCounty.JSON_RESOURCE);
        assertThat(sample).as("the sample data set %s on core's class path", SampleCounty.JSON_RESOURCE).isNotNull();
        try (InputStream in = sample.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(FormatSchemas.validate(FormatSchemas.of(CountyDataset.class), text)).isEmpty();
            assertThat(json.read(text, CountyDataset.class)).isEqualTo(SampleCounty.jinjiang());
            assertThat(text).isEqualTo(json.writeToString(SampleCounty.jinjiang()));
        }
    }

    @Test
    void syntheticProvinceIsValid() {
        ProvinceDataset province = SyntheticProvince.generate(20240828L, 400);
        String written = json.writeToString(province);
        assertThat(FormatSchemas.validate(FormatSchemas.of(ProvinceDataset.class), written)).isEmpty();
        assertThat(json.read(written, ProvinceDataset.class)).isEqualTo(province);
    }

    @Test
    void builtInTemplateIsValid() throws IOException {
        try (InputStream in = ReportTemplate.class.getResourceAsStream("templates/fujian-2024.json")) {
            assertThat(in).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(FormatSchemas.validate(FormatSchemas.of(ReportTemplate.class), text)).isEmpty();
        }
    }

    // ---------------------------------------------------------------- the schema against the model

    /** Every type a document can hold, found by walking the records' components from the top-level types. */
    private static Set<Class<?>> modelTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        TOP_LEVEL.forEach(t -> walk(t, found));
        return found;
    }

    private static void walk(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> walk(a, found));
            return;
        }
        if (!(type instanceof Class<?> c) || !c.getName().startsWith("org.countychain.") || !found.add(c)) {
            return;
        }
        if (c.isRecord() && c != DivisionCode.class && c != CreditCode.class) {
            Arrays.stream(c.getRecordComponents()).forEach(rc -> walk(rc.getGenericType(), found));
        }
        if (c.isSealed()) {
            Arrays.stream(c.getPermittedSubclasses()).forEach(s -> walk(s, found));
        }
    }

    /** {@code RdStatisticsReport.Staff} for the nested record, {@code Enterprise} for a top-level one. */
    private static String definitionName(Class<?> c) {
        return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
    }

    private static JsonNode definitions() {
        return FormatSchemas.countyDatasetSchemaDocument().get("$defs");
    }

    @Test
    void everyModelTypeHasADefinition() {
        JsonNode defs = definitions();
        List<String> missing = modelTypes().stream().map(JsonSchemaTest::definitionName)
                .filter(n -> !defs.has(n)).toList();
        assertThat(missing).as("model types without a $defs entry").isEmpty();
        assertThat(modelTypes()).hasSizeGreaterThan(40);
    }

    @Test
    void definitionPropertiesAreTheRecordComponentsInOrder() {
        JsonNode defs = definitions();
        for (Class<?> c : modelTypes()) {
            if (!c.isRecord() || c == DivisionCode.class || c == CreditCode.class) {
                continue;
            }
            JsonNode def = defs.get(definitionName(c));
            List<String> properties = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            List<String> expected = new ArrayList<>();
            if (ContentBlock.class.isAssignableFrom(c)) {
                expected.add("type");
            }
            Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).forEach(expected::add);
            assertThat(properties).as("properties of %s", definitionName(c)).containsExactlyElementsOf(expected);
            assertThat(def.get("additionalProperties").asBoolean(true))
                    .as("%s rejects unknown fields", definitionName(c)).isFalse();
            def.path("required").forEach(r -> assertThat(expected).as("required of %s", definitionName(c))
                    .contains(r.asText()));
        }
    }

    @Test
    void enumDefinitionsAcceptEveryConstantAndLabel() {
        JsonNode defs = definitions();
        for (Class<?> c : modelTypes()) {
            if (!c.isEnum()) {
                continue;
            }
            assertThat(Labelled.class).as("%s is labelled", c).isAssignableFrom(c);
            List<String> expected = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                expected.add(((Enum<?>) constant).name());
                expected.add(((Labelled) constant).label());
            }
            List<String> values = new ArrayList<>();
            defs.get(definitionName(c)).get("enum").forEach(v -> values.add(v.asText()));
            assertThat(values).as("enum %s", c.getSimpleName()).containsExactlyElementsOf(expected);
        }
    }

    /** The schema's "not blank" is exactly the model's: a character that Character.isWhitespace rejects. */
    @Test
    void textPatternIsJavasNotBlank() {
        Pattern notBlank = Pattern.compile(definitions().get("Text").get("pattern").asText());
        List<String> disagreements = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            if (notBlank.matcher(String.valueOf((char) c)).find() == Character.isWhitespace(c)) {
                disagreements.add(String.format(Locale.ROOT, "U+%04X", c));
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(notBlank.matcher("\u3000 \t").find()).isFalse();
        assertThat(notBlank.matcher(" 𠀀 ").find()).isTrue();
    }

    @Test
    void everySchemaFileIsDraft202012WithItsId() throws IOException {
        for (Class<?> type : TOP_LEVEL) {
            String file = FormatSchemas.fileFor(type);
            JsonNode schema = FormatSchemas.TREES.readTree(FormatSchemas.directory().resolve(file).toFile());
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("$id").asText()).isEqualTo(FormatSchemas.ID_PREFIX + file);
            assertThat(schema.get("$ref").asText()).endsWith("$defs/" + type.getSimpleName());
        }
    }

    @Test
    void schemaErrorsNameTheOffendingElement() {
        Set<ValidationMessage> errors = FormatSchemas.validate(FormatSchemas.of(CountyDataset.class), """
                {"unitId":"350582","unitName":"晋江市","year":2024,
                 "enterprises":[{"creditCode":"91350582MA2XXXXXXZ","name":"x","county":"350582"}]}""");
        assertThat(errors).isNotEmpty();
        assertThat(errors.stream().map(m -> m.getInstanceLocation().toString()))
                .anyMatch(l -> l.contains("enterprises") && l.contains("creditCode"));
    }
}
