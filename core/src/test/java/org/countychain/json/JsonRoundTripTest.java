package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import org.countychain.CountyChainException;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.report.ReportTemplate;
import org.countychain.fixtures.ModelArbitraries;

/**
 * The JSON format is lossless and deterministic for every valid model value, and reading anything, however
 * broken, fails only with the library's own exception.
 */
class JsonRoundTripTest {
    private static final ObjectMapper TREE = new ObjectMapper();
    private final CountyChainJson json = CountyChainJson.defaults();

    @Property(tries = 300)
    void countyDatasetRoundTripsLosslesslyAndDeterministically(
            @ForAll("countyDatasets") CountyDataset dataset) {
        assertRoundTrip(dataset, CountyDataset.class);
    }

    @Property(tries = 100)
    void citySubmissionRoundTrips(@ForAll("citySubmissions") CitySubmission submission) {
        assertRoundTrip(submission, CitySubmission.class);
    }

    @Property(tries = 50)
    void provinceDatasetRoundTrips(@ForAll("provinceDatasets") ProvinceDataset province) {
        assertRoundTrip(province, ProvinceDataset.class);
    }

    @Property(tries = 100)
    void reportTemplateRoundTrips(@ForAll("reportTemplates") ReportTemplate template) {
        assertRoundTrip(template, ReportTemplate.class);
    }

    @Property(tries = 500)
    void everyModelTypeRoundTrips(@ForAll("anyModelValues") Object value) {
        assertRoundTrip(value, value.getClass());
    }

    private <T> void assertRoundTrip(Object value, Class<T> type) {
        byte[] written = json.writeToBytes(value);
        T read = json.read(new ByteArrayInputStream(written), "generated.json", type);
        assertThat(read).isEqualTo(value);
        assertThat(json.writeToBytes(read)).isEqualTo(written);
        assertThat(new String(written, StandardCharsets.UTF_8)).endsWith("}\n");
        assertNoNulls(readTree(written));
    }

    private static JsonNode readTree(byte[] written) {
        try {
            return TREE.readTree(written);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Nulls are left out on writing, at every depth. */
    private static void assertNoNulls(JsonNode node) {
        assertThat(node.isNull()).as("a null was written").isFalse();
        node.elements().forEachRemaining(JsonRoundTripTest::assertNoNulls);
    }

    /**
     * Random edits of a valid document — characters replaced, inserted or deleted, bytes flipped, spans cut or
     * repeated — never make the reader throw anything but the library's exception (no Jackson exception, no
     * NullPointerException); and whatever it does accept is written and read back losslessly and
     * deterministically, like any valid value.
     */
    @Property(tries = 500)
    void readingMutatedJsonFailsOnlyWithTheLibrarysException(@ForAll("mutatedDocuments") byte[] document) {
        // Both branches must be exercised, or the property could pass without testing one of them.
        Statistics.coverage(c -> {
            c.check("accepted").percentage(p -> p >= 5.0);
            c.checkQuery(values -> !"accepted".equals(values.get(0))).percentage(p -> p >= 5.0);
        });
        Object result;
        try {
            result = json.read(new ByteArrayInputStream(document), "mutated.json", CountyDataset.class);
        } catch (InvalidInputException e) {
            Statistics.collect(e.errorCode().code());
            assertThat(e.getMessage(java.util.Locale.ENGLISH)).startsWith("[" + e.errorCode().code() + "]");
            assertThat(e.getMessage(java.util.Locale.SIMPLIFIED_CHINESE))
                    .startsWith("[" + e.errorCode().code() + "]");
            return;
        } catch (CountyChainException e) {
            throw new AssertionError("not an input error: " + e.getClass().getName(), e);
        }
        Statistics.collect("accepted");
        assertThat(result).isNotNull();
        assertRoundTrip(result, CountyDataset.class);
    }

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

    @Provide
    Arbitrary<Object> anyModelValues() {
        return ModelArbitraries.anyModelValue();
    }

    @Provide
    Arbitrary<byte[]> mutatedDocuments() {
        Arbitrary<byte[]> valid = ModelArbitraries.countyDataset().map(json::writeToBytes);
        return Combinators.combine(valid, edit().list().ofMinSize(1).ofMaxSize(4))
                .as((bytes, edits) -> {
                    byte[] b = bytes;
                    for (Edit e : edits) {
                        b = e.apply(b);
                    }
                    return b;
                });
    }

    /** One edit of a document; positions and lengths are fractions of its current length. */
    private interface Edit {
        byte[] apply(byte[] document);
    }

    private static final List<String> SIGNIFICANT = List.of("{", "}", "[", "]", "\"", ":", ",", "\\", "-", "0", "9",
            ".", "e", "E", "+", "null", "true", "false", " ", "\n", "\"\"", "{}", "[]", "1e999999", "99999999999",
            "断点", "\"x\":1,", "2024-02-30", "\uD83D\uDE00", "\\u0000", "\\ud800", "\u0000");

    private static Arbitrary<Edit> edit() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 40);
        Arbitrary<byte[]> insert = Arbitraries.oneOf(
                Arbitraries.of(SIGNIFICANT).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(3));
        return Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(at, insert).as((p, s) -> (Edit) d -> splice(d, p, 1, s))),
                Tuple.of(3, Combinators.combine(at, insert).as((p, s) -> (Edit) d -> splice(d, p, 0, s))),
                Tuple.of(3, Combinators.combine(at, length).as((p, n) -> (Edit) d -> splice(d, p, n, new byte[0]))),
                Tuple.of(1, Combinators.combine(at, length).as((p, n) -> (Edit) d -> repeat(d, p, n))),
                Tuple.of(1, Combinators.combine(at, Arbitraries.integers().between(0, 7))
                        .as((p, bit) -> (Edit) d -> flip(d, p, bit))));
    }

    private static int index(byte[] d, double p) {
        return Math.min(d.length, (int) (p * d.length));
    }

    private static byte[] splice(byte[] d, double p, int remove, byte[] insert) {
        int from = index(d, p);
        int to = Math.min(d.length, from + remove);
        byte[] out = new byte[d.length - (to - from) + insert.length];
        System.arraycopy(d, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(d, to, out, from + insert.length, d.length - to);
        return out;
    }

    private static byte[] repeat(byte[] d, double p, int n) {
        int from = index(d, p);
        int to = Math.min(d.length, from + n);
        return splice(d, p, 0, Arrays.copyOfRange(d, from, to));
    }

    private static byte[] flip(byte[] d, double p, int bit) {
        if (d.length == 0) {
            return d;
        }
        byte[] out = d.clone();
        int i = Math.min(d.length - 1, index(d, p));
        out[i] = (byte) (out[i] ^ (1 << bit));
        return out;
    }
}
