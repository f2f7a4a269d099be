package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;

class LenientJsonReaderTest {
    private static final LenientJsonReader LENIENT = LenientJsonReader.defaults();
    private static final CountyChainJson STRICT = CountyChainJson.defaults();

    static <T> LenientRead<T> read(String json, Class<T> type) {
        return LENIENT.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json", type);
    }

    /** Columns are Jackson's: counted in bytes of the UTF-8 text, as the strict reader's are. */
    private static List<String> summary(LenientRead<?> read) {
        return read.problems().stream().map(p -> p.errorCode().code() + " " + p.location().path() + " @"
                + p.location().line() + ":" + p.location().column()).toList();
    }

    @Test
    void aCleanFileReadsAsTheStrictReaderReadsIt() {
        String text = STRICT.writeToString(SampleCounty.jinjiang());
        LenientRead<CountyDataset> read = read(text, CountyDataset.class);
        assertThat(read.isClean()).isTrue();
        assertThat(read.value()).isEqualTo(STRICT.read(text, CountyDataset.class));
        assertThat(STRICT.writeToString(read.value())).isEqualTo(text);
        String province = STRICT.writeToString(SyntheticProvince.generate(3, 500));
        LenientRead<ProvinceDataset> p = read(province, ProvinceDataset.class);
        assertThat(p.isClean()).isTrue();
        assertThat(STRICT.writeToString(p.value())).isEqualTo(province);
    }

    @Test
    void everyMalformedValueIsAProblemAndTheRestIsRead() {
        String text = STRICT.writeToString(SampleCounty.jinjiang())
                // A credit code with a letter outside the set: E02 cannot be built and is left out.
                .replace("\"creditCode\" : \"91350582735698323Y\"", "\"creditCode\" : \"9135058273569832IY\"")
                // An impossible date in E03, and a string where a number belongs in E04's first year.
                .replace("\"registeredOn\" : \"2001-06-18\"", "\"registeredOn\" : \"2001-02-30\"");
        LenientRead<CountyDataset> read = read(text, CountyDataset.class);
        assertThat(read.problems()).extracting(InvalidInputException::errorCode)
                .contains(ErrorCode.CREDIT_CODE_CHARACTER);
        assertThat(read.leftOut()).singleElement().satisfies(l -> {
            assertThat(l.path()).isEqualTo("enterprises[1]");
            assertThat(l.cause().errorCode()).isEqualTo(ErrorCode.CREDIT_CODE_CHARACTER);
        });
        assertThat(read.value().enterprises()).hasSize(SampleCounty.jinjiang().enterprises().size() - 1);
        InvalidInputException code = read.problems().stream()
                .filter(p -> p.location().path().equals("enterprises[1].creditCode")).findFirst().orElseThrow();
        assertThat(code.location().line()).isPositive();
        assertThat(code.getMessage(Locale.ENGLISH)).contains("t.json", "enterprises[1].creditCode", "'I'");
    }

    @Test
    void aDuplicateFieldKeepsTheFirstValue() {
        LenientRead<CountyDataset> read = read("{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"unitName\":\"x\","
                + "\"year\":2024}", CountyDataset.class);
        assertThat(summary(read)).containsExactly("CC-2020 unitName @1:54");
        assertThat(read.value().unitName()).isEqualTo("晋江市");
    }

    @Test
    void whatIsNotJsonStillThrows() {
        assertThatThrownBy(() -> read("{\"unitId\": ", CountyDataset.class)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_SYNTAX));
        assertThatThrownBy(() -> read("", CountyDataset.class)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_EMPTY));
        assertThatThrownBy(() -> read("[1]", CountyDataset.class)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read("{} {}", CountyDataset.class)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_SYNTAX));
    }

    @Test
    void aTopLevelObjectThatCannotBeBuiltHasNoValueButItsProblems() {
        LenientRead<CountyDataset> read = read("{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":\"x\"}",
                CountyDataset.class);
        assertThat(read.value()).isNull();
        assertThat(summary(read)).containsExactly("CC-2002 year @1:50");
    }
}
