package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.report.ReportTemplate;
import org.countychain.fixtures.ModelArbitraries;
import org.countychain.fixtures.FormatSchemas;

/**
 * The JSON Schemas describe exactly what the reader accepts: whatever the writer produces is valid, and for
 * documents edited at random (a field removed, set to null or to a value of another type or form, an unknown
 * field added, a list element replaced) the schema and the reader give the same verdict, except for the checks a
 * schema cannot express (ids unique within a list, table rows as wide as their header), which only the reader
 * makes.
 */
class JsonSchemaConformanceTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern TABLE_ROW = Pattern.compile(".*\\.rows\\[\\d+]$");
    /** Fields the reader checks against a sibling: a watch list circulated before its year, more above-scale
     * enterprises than enterprises, an earlier edition with earlier editions of its own. */
    private static final Pattern RELATION = Pattern.compile(
            ".*(\\.publishedIn|\\.aboveScaleEnterprises|\\.earlier\\[\\d+]\\.earlier)$");

    private final CountyChainJson json = CountyChainJson.defaults();

    @Property(tries = 150)
    void writtenCountyDatasetsAreValid(@ForAll("countyDatasets") CountyDataset dataset) {
        assertThat(FormatSchemas.validate(FormatSchemas.of(CountyDataset.class), json.writeToString(dataset)))
                .isEmpty();
    }

    @Property(tries = 50)
    void writtenCitySubmissionsAreValid(@ForAll("citySubmissions") CitySubmission submission) {
        assertThat(FormatSchemas.validate(FormatSchemas.of(CitySubmission.class), json.writeToString(submission)))
                .isEmpty();
    }

    @Property(tries = 30)
    void writtenProvinceDatasetsAreValid(@ForAll("provinceDatasets") ProvinceDataset province) {
        assertThat(FormatSchemas.validate(FormatSchemas.of(ProvinceDataset.class), json.writeToString(province)))
                .isEmpty();
    }

    @Property(tries = 50)
    void writtenReportTemplatesAreValid(@ForAll("reportTemplates") ReportTemplate template) {
        assertThat(FormatSchemas.validate(FormatSchemas.of(ReportTemplate.class), json.writeToString(template)))
                .isEmpty();
    }

    @Property(tries = 400)
    void schemaAndReaderAgreeOnEditedDocuments(@ForAll("editedDocuments") EditedDocument doc) {
        Set<ValidationMessage> schemaErrors = FormatSchemas.of(doc.type()).validate(doc.tree());
        InvalidInputException readerError = null;
        try {
            json.read(doc.text(), doc.type());
        } catch (InvalidInputException e) {
            readerError = e;
        }
        boolean schemaAccepts = schemaErrors.isEmpty();
        boolean readerAccepts = readerError == null;
        Statistics.collect(schemaAccepts ? "accepted" : "rejected", readerAccepts ? "accepted" : "rejected");
        String what = doc.edit() + "\n  reader: " + (readerError == null ? "accepted" : readerError.getMessage(
                Locale.ENGLISH)) + "\n  schema: " + schemaErrors;
        if (schemaAccepts && !readerAccepts && onlyTheReaderCanCheck(readerError, doc.replacement())) {
            return;
        }
        assertThat(schemaAccepts).as(what).isEqualTo(readerAccepts);
    }

    /**
     * The documented checks a JSON Schema cannot express: unique ids, table row widths, a field checked against
     * a sibling (a watch list's {@code publishedIn} against its {@code year}, a chain scale's above-scale
     * enterprises against its enterprises, an earlier watch-list edition's own editions), and a whole number
     * written with a fraction or an exponent ({@code 1E+3}, {@code 12.0}), which JSON Schema counts as an integer
     * and the reader rejects for a count.
     */
    private static boolean onlyTheReaderCanCheck(InvalidInputException e, JsonNode replacement) {
        return e.errorCode() == ErrorCode.DUPLICATE
                || (e.errorCode() == ErrorCode.OUT_OF_RANGE && TABLE_ROW.matcher(e.location().path()).matches())
                || (e.errorCode() == ErrorCode.OUT_OF_RANGE && RELATION.matcher(e.location().path()).matches())
                || (e.errorCode() == ErrorCode.JSON_WRONG_TYPE && replacement != null && replacement.isBigDecimal()
                        && replacement.decimalValue().stripTrailingZeros().scale() <= 0);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<CountyDataset> countyDatasets() {
        return ModelArbitraries.countyDataset();
    }

    @Provide
    Arbitrary<CitySubmission> citySubmissions() {
        return ModelArbitraries.citySubmission();
    }

    @Provide
    Arbitrary<ProvinceDataset> provinceDatasets() {
        return ModelArbitraries.provinceDataset();
    }

    @Provide
    Arbitrary<ReportTemplate> reportTemplates() {
        return ModelArbitraries.reportTemplate();
    }

    /** A document with one edit, and what the edit was. */
    record EditedDocument(Class<?> type, JsonNode tree, String text, String edit, JsonNode replacement) {
        @Override
        public String toString() {
            return type.getSimpleName() + ": " + edit;
        }
    }

    /** Values put in place of a field or element: other types, other forms, edge values. */
    private static List<JsonNode> replacements() {
        return List.of(NODES.nullNode(), NODES.textNode("替换值⟂"), NODES.textNode(""), NODES.textNode(" \u3000"),
                NODES.numberNode(1), NODES.numberNode(-1), NODES.numberNode(new BigDecimal("1.5")),
                NODES.numberNode(new BigDecimal("1E+3")), NODES.numberNode(new BigDecimal("12.0")),
                NODES.numberNode(2024), NODES.numberNode(99_999_999_999L),
                NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(),
                NODES.arrayNode().add("x"), NODES.arrayNode().addNull(), NODES.textNode("2024-06-30"),
                NODES.textNode("2024-02-30"), NODES.textNode("350582"), NODES.textNode("91350582MA2Y00010W"),
                NODES.textNode("BREAKPOINT"), NODES.textNode("断点"), NODES.textNode("图片"), NODES.textNode("table"),
                NODES.textNode("paragraph"));
    }

    @Provide
    Arbitrary<EditedDocument> editedDocuments() {
        Arbitrary<Object> values = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, ModelArbitraries.countyDataset().map(o -> (Object) o)),
                net.jqwik.api.Tuple.of(2, ModelArbitraries.citySubmission().map(o -> (Object) o)),
                net.jqwik.api.Tuple.of(1, ModelArbitraries.provinceDataset().map(o -> (Object) o)),
                net.jqwik.api.Tuple.of(1, ModelArbitraries.reportTemplate().map(o -> (Object) o)));
        return Combinators.combine(values, Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 4),
                        Arbitraries.of(replacements()))
                .as((value, where, how, replacement) -> edit(value, where, how, replacement));
    }

    private EditedDocument edit(Object value, double where, int how, JsonNode replacement) {
        JsonNode tree = FormatSchemas.tree(json.writeToString(value));
        List<Slot> slots = new ArrayList<>();
        collect(tree, "", slots);
        String edit;
        JsonNode put = null;
        if (slots.isEmpty()) {
            edit = "none";
        } else {
            Slot slot = slots.get(Math.min(slots.size() - 1, (int) (where * slots.size())));
            edit = slot.apply(how, replacement);
            put = edit.startsWith("set ") ? replacement : null;
        }
        String text;
        try {
            text = FormatSchemas.TREES.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new EditedDocument(value.getClass(), tree, text, edit, put);
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String field, int index, String path) {
        String apply(int how, JsonNode replacement) {
            if (parent instanceof ObjectNode o) {
                switch (how) {
                    case 0:
                        o.remove(field);
                        return "removed " + path;
                    case 1:
                        o.put("zzUnknown", 1);
                        return "added an unknown field next to " + path;
                    default:
                        o.set(field, replacement.deepCopy());
                        return "set " + path + " to " + replacement;
                }
            }
            ArrayNode a = (ArrayNode) parent;
            if (how == 0) {
                a.remove(index);
                return "removed " + path;
            }
            a.set(index, replacement.deepCopy());
            return "set " + path + " to " + replacement;
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(name -> {
                String p = path.isEmpty() ? name : path + "." + name;
                slots.add(new Slot(o, name, -1, p));
                collect(o.get(name), p, slots);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                slots.add(new Slot(a, null, i, p));
                collect(a.get(i), p, slots);
            }
        }
    }
}
