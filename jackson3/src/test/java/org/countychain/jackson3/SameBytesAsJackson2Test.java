package org.countychain.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.json.CountyChainJson;
import org.countychain.fixtures.ModelArbitraries;
import org.countychain.report.ReportTemplates;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One corpus, two Jacksons: {@link StrictJsonMapper} on Jackson 3 writes exactly the bytes {@link CountyChainJson}
 * writes on Jackson 2, reads back what it wrote, and refuses what the Jackson 2 reader refuses.
 */
class SameBytesAsJackson2Test {
    private static final CountyChainJson JACKSON2 = CountyChainJson.defaults();
    private static final JsonMapper JACKSON3 = StrictJsonMapper.newMapper();

    static Stream<Object> corpus() {
        return Stream.of(SampleCounty.jinjiang(), SyntheticProvince.generate(7L, 300),
                ReportTemplates.builtIn().defaultEdition(), SampleCounty.jinjiang().enterprises().get(0));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void writesTheSameBytes(Object value) {
        byte[] two = JACKSON2.writeToBytes(value);
        byte[] three = StrictJsonMapper.writeToBytes(JACKSON3, value);
        assertThat(new String(three, StandardCharsets.UTF_8)).isEqualTo(new String(two, StandardCharsets.UTF_8));
        assertThat(three).isEqualTo(two);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void readsBackWhatItWrote(Object value) {
        byte[] bytes = JACKSON2.writeToBytes(value);
        assertThat(JACKSON3.readValue(bytes, value.getClass())).isEqualTo(value);
    }

    @Test
    void theShippedSampleFileIsWrittenAgainByteForByte() throws Exception {
        byte[] shipped;
        try (var in = SampleCounty.jinjiangJson()) {
            shipped = in.readAllBytes();
        }
        CountyDataset read = JACKSON3.readValue(shipped, CountyDataset.class);
        assertThat(StrictJsonMapper.writeToBytes(JACKSON3, read)).isEqualTo(shipped);
    }

    @Property(tries = 200)
    void anyModelValueIsWrittenAlike(@ForAll("modelValues") Object value) {
        assertThat(StrictJsonMapper.writeToBytes(JACKSON3, value)).isEqualTo(JACKSON2.writeToBytes(value));
        assertThat(JACKSON3.readValue(JACKSON2.writeToBytes(value), value.getClass())).isEqualTo(value);
    }

    @Provide
    Arbitrary<Object> modelValues() {
        return ModelArbitraries.anyModelValue();
    }

    /** Documents both readers refuse: the strictness options are the same. */
    static List<String> refused() {
        String head = "{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":2024";
        return List.of(
                head + ",\"unknownField\":1}",
                head + ",\"year\":2025}",
                "{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":\"2024\"}",
                "{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":2024.5}",
                "{\"unitId\":350582,\"unitName\":\"晋江市\",\"year\":2024}",
                "{\"unitId\":true,\"unitName\":\"晋江市\",\"year\":2024}",
                head + "} {}",
                head + ",\"enterprises\":[{\"creditCode\":\"91350582MA2Y00010W\",\"name\":\"x\",\"county\":\"350582\","
                        + "\"years\":[{\"year\":2024,\"rdExpense\":\"100\"}]}]}",
                head + ",\"enterprises\":[{\"creditCode\":\"91350582MA2Y00010W\",\"name\":\"x\",\"county\":\"350582\","
                        + "\"years\":[{\"year\":2024,\"rdExpense\":1e999999}]}]}",
                head + ",\"chains\":[{\"id\":\"c\",\"name\":\"n\",\"county\":\"350582\",\"map\":{\"stages\":"
                        + "[{\"kind\":\"中间游\",\"links\":[]}]}}]}",
                head + ",\"enterprises\":[{\"creditCode\":\"91350582MA2Y00010W\",\"name\":\"x\",\"county\":\"350582\","
                        + "\"registeredOn\":\"2015-13-01\"}]}");
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusesWhatJackson2Refuses(String json) {
        assertThatThrownBy(() -> JACKSON2.read(json, CountyDataset.class)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> JACKSON3.readValue(json, CountyDataset.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void acceptsWhatJackson2Accepts() {
        String json = "{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":2024,\"enterprises\":[{\"creditCode\":"
                + "\"91350582MA2Y00010W\",\"name\":\"x\",\"county\":\"350582\",\"registeredOn\":\" 2015-03-18 \","
                + "\"years\":[{\"year\":2024,\"rdExpense\":1e3}]}]}";
        CountyDataset two = JACKSON2.read(json, CountyDataset.class);
        CountyDataset three = JACKSON3.readValue(json, CountyDataset.class);
        assertThat(three).isEqualTo(two);
        assertThat(StrictJsonMapper.writeToBytes(JACKSON3, three)).isEqualTo(JACKSON2.writeToBytes(two));
    }

    @Test
    void aProvinceIsAProvince() {
        ProvinceDataset p = SyntheticProvince.generate(11L, 50);
        assertThat(JACKSON3.readValue(JACKSON2.writeToBytes(p), ProvinceDataset.class)).isEqualTo(p);
    }
}
