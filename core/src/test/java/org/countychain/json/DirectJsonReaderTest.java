package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.countychain.dataset.CitySubmission;
import org.countychain.internal.DirectJsonReader;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.report.ReportTemplate;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;

/**
 * The direct reader never gives another result than the mapper: on every fixture, valid or not, and on thousands of
 * damaged copies of the sample, it either gives up or gives a value equal to the mapper's. And it does read the
 * documents it exists for (the sample county, a generated province), else it would save nothing.
 */
class DirectJsonReaderTest {
    private static final ObjectMapper MAPPER = CountyChainJson.newMapper();

    @Test
    void readsTheSampleCountyAsTheMapperDoes() throws IOException {
        byte[] json = sample();
        CountyDataset direct = DirectJsonReader.read(json, json.length, CountyDataset.class);
        assertThat(direct).isNotNull().isEqualTo(MAPPER.readValue(json, CountyDataset.class))
                .isEqualTo(SampleCounty.jinjiang());
    }

    @Test
    void readsAGeneratedProvinceAsTheMapperDoes() throws IOException {
        ProvinceDataset province = SyntheticProvince.generate(20240828L, 120);
        byte[] json = CountyChainJson.defaults().writeToBytes(province);
        ProvinceDataset direct = DirectJsonReader.read(json, json.length, ProvinceDataset.class);
        assertThat(direct).isNotNull().isEqualTo(province).isEqualTo(MAPPER.readValue(json, ProvinceDataset.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureIsReadAsTheMapperReadsItOrLeftToTheMapper(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);
        agreesWithTheMapper(json, typeOf(file));
    }

    @Test
    void damagedCopiesOfTheSampleAreReadAsTheMapperReadsThemOrLeftToTheMapper() throws IOException {
        String text = new String(sample(), StandardCharsets.UTF_8);
        int given = 0;
        for (int at = 7; at < text.length(); at += text.length() / 97) {
            List<String> damaged = List.of(
                    text.substring(0, at) + text.substring(at + 1),                        // a character lost
                    text.substring(0, at) + '0' + text.substring(at + 1),                  // one replaced
                    text.substring(0, at) + "null" + text.substring(at),                   // null put in
                    text.substring(0, at));                                                // cut short
            for (String copy : damaged) {
                if (!agreesWithTheMapper(copy.getBytes(StandardCharsets.UTF_8), CountyDataset.class)) {
                    given++;
                }
            }
        }
        // Most damage breaks the document; the reader must have given up on each such copy (checked above).
        assertThat(given).isGreaterThan(100);
    }

    @Test
    void nullsAndUnknownFieldsAreLeftToTheMapper() throws IOException {
        String county = "{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":2024";
        byte[] plain = (county + "}").getBytes(StandardCharsets.UTF_8);
        assertThat(DirectJsonReader.read(plain, plain.length, CountyDataset.class)).isNotNull()
                .isEqualTo(MAPPER.readValue(plain, CountyDataset.class));
        for (String extra : List.of(",\"chains\":null}", ",\"unknown\":1}", ",\"enterprises\":[null]}", "} {}")) {
            byte[] json = (county + extra).getBytes(StandardCharsets.UTF_8);
            assertThat(DirectJsonReader.read(json, json.length, CountyDataset.class)).as(extra).isNull();
        }
    }

    /** Whether the direct reader read the document; fails the test if it read something the mapper reads otherwise. */
    private static boolean agreesWithTheMapper(byte[] json, Class<?> type) {
        Object direct = DirectJsonReader.read(json, json.length, type);
        if (direct == null) {
            return false;
        }
        Object mapped;
        try {
            mapped = MAPPER.readValue(json, type);
        } catch (RuntimeException | IOException e) {
            throw new AssertionError("read directly, but the mapper refuses it: " + e, e);
        }
        assertThat(direct).isEqualTo(mapped);
        return true;
    }

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(DirectJsonReaderTest.class.getResource("/org/countychain/json/fixtures").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
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

    private static byte[] sample() throws IOException {
        try (InputStream in = SampleCounty.jinjiangJson()) {
            return in.readAllBytes();
        }
    }
}
