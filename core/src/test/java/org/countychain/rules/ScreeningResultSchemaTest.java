package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.fixtures.FormatSchemas;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.model.CertificateValidity;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.model.ScienceTechSmeDefinition;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Subject;
import org.countychain.rules.model.SubjectKind;
import org.countychain.rules.plugins.TestPlugins;
import org.countychain.rules.spi.PolicyRule;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/schema/screening-result.schema.json} against what {@link CountyChainJson} writes for a
 * {@link ScreeningResult}: real results are valid, the schema's definitions are the model's records, enums and
 * built-in finding types, and a document with a wrong type, a missing field or a built-in code with foreign evidence is
 * rejected at the element that is wrong. The notice-list files of {@code screen --out} are checked with the command
 * in the examples module.
 */
class ScreeningResultSchemaTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();
    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 1);

    private static Set<ValidationMessage> validate(JsonNode document) {
        return FormatSchemas.of(ScreeningResult.class).validate(document);
    }

    private static JsonNode written(ScreeningResult result) {
        return FormatSchemas.tree(JSON.writeToString(result));
    }

    private static Set<String> codes(JsonNode result) {
        Set<String> codes = new TreeSet<>();
        result.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    private static JsonNode sample() {
        return written(RuleEngine.defaults().screen(ScreeningInput.builder().county(SampleCounty.jinjiang())
                .asOf(AS_OF).build()));
    }

    // ---------------------------------------------------------------- real results are valid

    @Test
    void theSampleCountysResultIsValid() {
        JsonNode result = sample();
        assertThat(validate(result)).isEmpty();
        assertThat(result.has("asOf")).isTrue();
        // Most built-in codes are in it, so their evidence names are checked against the schema's.
        assertThat(codes(result)).contains("R4-UNADDRESSED-BOTTLENECK", "R5-SERVICE", "R7-PRIORITY", "R11-VISIT",
                "R11-CULTIVATE", "R12-WATCHED-INTERMEDIARY", "FC-COVERAGE").hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void aSyntheticProvincesResultIsValid() {
        ProvinceDataset province = SyntheticProvince.generate(20240828L, 600);
        JsonNode result = written(RuleEngine.defaults().screen(ScreeningInput.builder().province(province)
                .asOf(AS_OF).build()));
        assertThat(validate(result)).isEmpty();
        assertThat(codes(result)).contains("R13-NO-TEAM", "R14-LATE", "R16-MISSING", "R5-SERVICE", "R11-VISIT")
                .hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void aResultWithoutAsOfAndOfOneSyntheticCountyIsValid() {
        ProvinceDataset province = SyntheticProvince.generate(7L, 300);
        JsonNode result = written(RuleEngine.defaults().screen(province.counties().get(0)));
        assertThat(result.has("asOf")).isFalse();
        assertThat(validate(result)).isEmpty();
    }

    /** A plug-in's own codes and evidence, a rule that failed and its problem: all valid. */
    @Test
    void pluginFindingsAndRuleProblemsAreValid() {
        ScreeningResult r = RuleEngine.builder().builtInRules().rule(new TestPlugins.CountyCountRule())
                .rule(new TestPlugins.ThrowingRule()).build().screen(SampleCounty.jinjiang());
        assertThat(r.problems()).extracting(RuleProblem::kind).contains(RuleProblemKind.EVALUATION_FAILED);
        assertThat(r.findingsWithCode("XT-COUNT-SEEN")).isNotEmpty();
        JsonNode result = written(r);
        assertThat(result.get("problems")).isNotEmpty();
        assertThat(validate(result)).isEmpty();
    }

    // ---------------------------------------------------------------- the schema against the model

    private static JsonNode definitions() {
        return FormatSchemas.document(FormatSchemas.fileFor(ScreeningResult.class)).get("$defs");
    }

    /** What the schema says of one built-in code: its rule, severity and evidence names. */
    private record Declared(String ruleId, String severity, List<String> evidence) {
    }

    @Test
    void theBuiltInCodesAreTheEnginesFindingTypes() {
        Map<String, Declared> inSchema = new TreeMap<>();
        for (JsonNode clause : definitions().get("BuiltInFinding").get("allOf")) {
            JsonNode then = clause.get("then").get("properties");
            List<String> evidence = new ArrayList<>();
            then.get("evidence").get("propertyNames").get("enum").forEach(n -> evidence.add(n.asText()));
            inSchema.put(clause.get("if").get("properties").get("code").get("const").asText(),
                    new Declared(then.get("ruleId").get("const").asText(), then.get("severity").get("const").asText(),
                            evidence));
        }
        Map<String, Declared> inEngine = new TreeMap<>();
        for (PolicyRule rule : RuleEngine.defaults().rules()) {
            for (FindingType t : rule.findingTypes()) {
                inEngine.put(t.code(), new Declared(t.ruleId(), t.severity().name(), t.evidenceNames()));
            }
        }
        assertThat(inSchema).isEqualTo(inEngine);
    }

    @Test
    void recordDefinitionsAreTheRecordComponentsInOrder() {
        JsonNode defs = definitions();
        for (Class<?> record : List.of(RuleSettings.class, RuleSummary.class, RuleProblem.class, Subject.class)) {
            JsonNode def = defs.get(record.getSimpleName());
            List<String> properties = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as(record.getSimpleName()).containsExactlyElementsOf(
                    Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
            assertThat(def.get("additionalProperties").asBoolean(true)).as(record.getSimpleName()).isFalse();
        }
        List<String> required = new ArrayList<>();
        defs.get("RuleSettings").get("required").forEach(n -> required.add(n.asText()));
        assertThat(required).as("every setting is written")
                .containsExactlyElementsOf(Arrays.stream(RuleSettings.class.getRecordComponents())
                        .map(RecordComponent::getName).toList());
    }

    @Test
    void enumDefinitionsAreTheConstants() {
        JsonNode defs = definitions();
        for (Class<? extends Enum<?>> type : List.of(CertificateValidity.class, ScienceTechSmeDefinition.class,
                Severity.class, SubjectKind.class, RuleStatus.class, RuleProblemKind.class)) {
            List<String> values = new ArrayList<>();
            defs.get(type.getSimpleName()).get("enum").forEach(v -> values.add(v.asText()));
            assertThat(values).as(type.getSimpleName()).containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }

    @Test
    void theTopLevelPropertiesAreWhatTheWriterWrites() {
        List<String> written = new ArrayList<>();
        sample().fieldNames().forEachRemaining(written::add);
        List<String> declared = new ArrayList<>();
        FormatSchemas.document(FormatSchemas.fileFor(ScreeningResult.class)).get("properties").fieldNames()
                .forEachRemaining(declared::add);
        // "import" is added by the command line's --format json for an .xlsx list, never by the library.
        assertThat(declared).containsExactlyElementsOf(Stream.concat(written.stream(), Stream.of("import")).toList());
    }

    // ---------------------------------------------------------------- what the schema rejects

    /** A change to the sample's result and the JSON pointer of the element the schema must name. */
    private record Breakage(Consumer<ObjectNode> change, String location) {
    }

    private static ObjectNode finding(ObjectNode result, String code) {
        for (JsonNode f : result.get("findings")) {
            if (f.get("code").asText().equals(code)) {
                return (ObjectNode) f;
            }
        }
        throw new AssertionError("no " + code + " in the sample's result");
    }

    private static int index(ObjectNode result, String code) {
        ArrayNode findings = (ArrayNode) result.get("findings");
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).get("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no " + code);
    }

    static Stream<Named<Breakage>> breakages() {
        ObjectNode sample = (ObjectNode) sample();
        String service = "/findings/" + index(sample, "R5-SERVICE");
        String visit = "/findings/" + index(sample, "R11-VISIT");
        return Stream.of(
                Named.of("the year as text", new Breakage(r -> r.put("reportingYear", "2024"), "/reportingYear")),
                Named.of("a year out of range", new Breakage(r -> r.put("reportingYear", 1900), "/reportingYear")),
                Named.of("no settings", new Breakage(r -> r.remove("settings"), "")),
                Named.of("an unknown field", new Breakage(r -> r.put("extra", 1), "")),
                Named.of("a date not ISO", new Breakage(r -> r.put("asOf", "2024/11/01"), "/asOf")),
                Named.of("a setting as text", new Breakage(r -> ((ObjectNode) r.get("settings"))
                        .put("priorityRdRatioPercent", "5"), "/settings/priorityRdRatioPercent")),
                Named.of("a negative count", new Breakage(r -> ((ObjectNode) r.get("rules").get(0)
                        .get("countsByCode")).put("R1-NO-REPORT", -1), "/rules/0/countsByCode/R1-NO-REPORT")),
                Named.of("an unknown rule status", new Breakage(r -> ((ObjectNode) r.get("rules").get(0))
                        .put("status", "SKIPPED"), "/rules/0/status")),
                Named.of("a finding without its code", new Breakage(r -> finding(r, "R5-SERVICE").remove("code"),
                        service)),
                Named.of("a built-in code with another severity", new Breakage(r -> finding(r, "R5-SERVICE")
                        .put("severity", "INFO"), service + "/severity")),
                Named.of("a built-in code under another rule", new Breakage(r -> finding(r, "R5-SERVICE")
                        .put("ruleId", "R6"), service + "/ruleId")),
                Named.of("evidence the code does not declare", new Breakage(r -> ((ObjectNode) finding(r, "R11-VISIT")
                        .get("evidence")).put("phone", "13800000103"), visit + "/evidence")),
                Named.of("evidence as a number", new Breakage(r -> ((ObjectNode) finding(r, "R5-SERVICE")
                        .get("evidence")).put("gapCount", 3), service + "/evidence/gapCount")),
                Named.of("an unknown subject kind", new Breakage(r -> ((ObjectNode) finding(r, "R5-SERVICE")
                        .get("subject")).put("kind", "COMPANY"), service + "/subject/kind")),
                Named.of("a message in one language", new Breakage(r -> ((ObjectNode) finding(r, "R5-SERVICE")
                        .get("message")).remove("en"), service + "/message")),
                Named.of("a lower-case code", new Breakage(r -> finding(r, "R11-VISIT").put("code", "r11-visit"),
                        visit + "/code")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void theSchemaRejectsABrokenResultAtTheBrokenElement(Breakage breakage) {
        ObjectNode result = (ObjectNode) sample();
        assertThat(validate(result)).isEmpty();
        breakage.change().accept(result);
        Set<ValidationMessage> errors = validate(result);
        assertThat(errors).isNotEmpty();
        assertThat(errors).extracting(m -> m.getInstanceLocation().toString()).contains(breakage.location());
    }

    /** A plug-in's code is free to name its own evidence; only the built-in codes are bound to theirs. */
    @Test
    void aPluginCodeMayHaveAnyEvidence() {
        ObjectNode result = (ObjectNode) sample();
        ObjectNode f = finding(result, "R5-SERVICE");
        f.put("ruleId", "QZ-PILOT").put("code", "QZ-PILOT-LOW").put("severity", "WARNING");
        ((ObjectNode) f.get("evidence")).put("anything", "x");
        assertThat(validate(result)).isEmpty();
    }
}
