package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;

/**
 * The lenient reader against the strict one on a generated corpus: county data sets of the synthetic province, each
 * damaged in a few enterprises (a malformed value, a wrong type, an unknown field, a duplicate credit code, an
 * element that is not an object, a malformed value inside an enterprise's year). For every document the lenient
 * reader reports exactly what the strict reader refuses for each damage alone (code and path), keeps every
 * enterprise that was not damaged, and gives a value the strict reader reads back unchanged. The lenient reader
 * reads the enterprise list element by element as it streams past; this is the guard that it still agrees.
 */
class LenientStrictAgreementTest {
    private static final CountyChainJson STRICT = CountyChainJson.defaults();
    private static final LenientJsonReader LENIENT = LenientJsonReader.defaults();
    /** Edits documents as trees, keeping every number as written (amounts keep their scale). */
    private static final ObjectMapper TREE = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The damages, each applied to one enterprise node ({@code index} is the enterprise's own index). */
    private static final List<BiConsumer<ArrayNode, Integer>> DAMAGES = List.of(
            (list, i) -> object(list, i).put("creditCode", "9135058273569832IY"),
            (list, i) -> object(list, i).put("name", 123),
            (list, i) -> object(list, i).put("registeredOn", "2001-02-30"),
            (list, i) -> object(list, i).put("unexpectedField", true),
            (list, i) -> object(list, i).put("aboveScale", "yes"),
            (list, i) -> list.set(i, TREE.getNodeFactory().numberNode(42)),
            (list, i) -> list.set(i, TREE.getNodeFactory().nullNode()),
            (list, i) -> object(list, i).put("creditCode", object(list, i - 1).get("creditCode").textValue()),
            (list, i) -> ((ObjectNode) object(list, i).withArray("years").get(0)).put("rdExpense", "100"),
            (list, i) -> ((ObjectNode) object(list, i).withArray("years").get(0)).put("employees", -3),
            (list, i) -> ((ObjectNode) object(list, i).withArray("years").get(0)).put("year", 1.5));

    private static ObjectNode object(ArrayNode list, int i) {
        return (ObjectNode) list.get(i);
    }

    private record Problem(String code, String path) {
        static Problem of(InvalidInputException e) {
            return new Problem(e.errorCode().code(), e.location().path());
        }
    }

    private static LenientRead<CountyDataset> lenient(String json) {
        return LENIENT.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "g.json",
                CountyDataset.class);
    }

    private static Problem strictRefusal(String json) {
        try {
            STRICT.read(json, CountyDataset.class);
        } catch (InvalidInputException e) {
            return Problem.of(e);
        }
        throw new AssertionError("the strict reader accepted a damaged document");
    }

    @Test
    void bothReadersAgreeOnEveryGeneratedDocument() throws Exception {
        Random random = new Random(17);
        int documents = 0;
        for (CountyDataset county : SyntheticProvince.generate(17, 2_400).counties()) {
            if (county.enterprises().size() < 20) {
                continue;
            }
            String clean = STRICT.writeToString(county);
            LenientRead<CountyDataset> cleanRead = lenient(clean);
            // The reference is the county as read back (amounts carry the scale they are written with).
            CountyDataset reference = STRICT.read(clean, CountyDataset.class);
            assertThat(cleanRead.isClean()).isTrue();
            assertThat(cleanRead.value()).isEqualTo(reference);

            ObjectNode root = (ObjectNode) TREE.readTree(clean);
            int size = root.withArray("enterprises").size();
            // Distinct enterprises, none the first (a duplicate copies its predecessor's code), none next to another.
            TreeMap<Integer, Integer> damaged = new TreeMap<>();
            int wanted = 1 + random.nextInt(6);
            while (damaged.size() < wanted) {
                int at = 1 + random.nextInt(size - 1);
                if (!damaged.containsKey(at) && !damaged.containsKey(at - 1) && !damaged.containsKey(at + 1)) {
                    damaged.put(at, random.nextInt(DAMAGES.size()));
                }
            }
            Set<Problem> expected = new HashSet<>();
            ObjectNode all = root.deepCopy();
            for (var d : damaged.entrySet()) {
                ObjectNode alone = root.deepCopy();
                DAMAGES.get(d.getValue()).accept(alone.withArray("enterprises"), d.getKey());
                expected.add(strictRefusal(TREE.writeValueAsString(alone)));
                DAMAGES.get(d.getValue()).accept(all.withArray("enterprises"), d.getKey());
            }
            String damagedText = TREE.writerWithDefaultPrettyPrinter().writeValueAsString(all);
            LenientRead<CountyDataset> read = lenient(damagedText);

            assertThat(read.problems()).as("document %d, damages %s", documents, damaged)
                    .extracting(Problem::of).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(read.problems()).extracting(p -> p.location().line()).allMatch(line -> line > 0).isSorted();
            assertThat(read.leftOut()).extracting(LenientRead.LeftOut::line).isSorted();
            assertThat(expected).contains(strictRefusal(damagedText));

            List<Enterprise> kept = read.value().enterprises();
            List<Enterprise> undamaged = new ArrayList<>();
            for (int i = 0; i < reference.enterprises().size(); i++) {
                if (!damaged.containsKey(i)) {
                    undamaged.add(reference.enterprises().get(i));
                }
            }
            assertThat(kept.containsAll(undamaged)).as("nothing valid lost, document %d", documents).isTrue();
            assertThat(kept.size()).isEqualTo(undamaged.size() + (int) damaged.keySet().stream()
                    .filter(i -> read.leftOut().stream().noneMatch(l -> l.path().equals("enterprises[" + i + "]")))
                    .count());
            assertThat(STRICT.read(STRICT.writeToString(read.value()), CountyDataset.class)).isEqualTo(read.value());
            documents++;
        }
        assertThat(documents).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aDamagedListInsideAProvinceIsReadElementByElementToo() throws Exception {
        var province = SyntheticProvince.generate(5, 600);
        ObjectNode root = (ObjectNode) TREE.readTree(STRICT.writeToString(province));
        JsonNode firstCounty = root.withArray("counties").get(0);
        ((ObjectNode) firstCounty.get("enterprises").get(2)).put("creditCode", "bad");
        String text = TREE.writeValueAsString(root);
        LenientRead<org.countychain.dataset.ProvinceDataset> read = LENIENT.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p.json",
                org.countychain.dataset.ProvinceDataset.class);
        assertThat(read.leftOut()).singleElement().satisfies(l -> assertThat(l.path())
                .isEqualTo("counties[0].enterprises[2]"));
        Problem strict = Problem.of(assertRefused(text));
        assertThat(read.problems()).extracting(Problem::of).containsExactly(strict);
        var reference = STRICT.read(STRICT.writeToString(province), org.countychain.dataset.ProvinceDataset.class);
        assertThat(read.value().counties().get(0).enterprises().size())
                .isEqualTo(province.counties().get(0).enterprises().size() - 1);
        assertThat(read.value().counties().subList(1, province.counties().size())
                .equals(reference.counties().subList(1, province.counties().size()))).isTrue();
    }

    private static InvalidInputException assertRefused(String text) {
        try {
            STRICT.read(text, org.countychain.dataset.ProvinceDataset.class);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }
}
