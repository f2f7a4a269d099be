package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JSON syntax error (CC-2001) says what is wrong in the reader's language, through both readers, instead of
 * passing on the parser's English; and text that cannot start a JSON value (a CSV list with a Chinese header) is
 * named for what it is (CC-2006), not reported as "invalid UTF-8".
 */
class SyntaxReasonTest {
    private static final CountyChainJson STRICT = CountyChainJson.defaults();
    private static final LenientJsonReader LENIENT = LenientJsonReader.defaults();

    private static final List<Function<byte[], Object>> READERS = List.of(
            bytes -> STRICT.read(new ByteArrayInputStream(bytes), "x.json", CountyDataset.class),
            bytes -> LENIENT.read(new ByteArrayInputStream(bytes), "x.json", CountyDataset.class));

    private static InvalidInputException refusal(Function<byte[], Object> reader, String text) {
        try {
            var unused = reader.apply(text.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("not refused: " + text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "{\"unitId\": \"350582\", |文件在此处提前结束，JSON不完整（可能被截断）|the file ends here before the JSON is complete (it may have been cut short)",
        "{\"unitId\": hello} |无法识别“hello”：此处应为字符串、数字、数组、对象或true、false、null|'hello' is not JSON: a string, a number, an array, an object, true, false or null belongs here",
        "{\"unitId\" \"350582\"} |此处不应有“\"”：应为冒号（分隔字段名与值）|'\"' does not belong here: a colon between a field name and its value was expected",
        "{\"unitId\": \"350582\" \"year\": 2024} |此处不应有“\"”：应为逗号（分隔对象的字段）或“}”|'\"' does not belong here: a comma between an object's fields, or '}', was expected",
        "{unitId: \"350582\"} |此处不应有“u”：应为以双引号开始的字段名|'u' does not belong here: a field name in double quotes was expected",
        "{\"unitId\": \"350582\"]} |“]”与前面的括号不配对|']' does not close the bracket opened before it",
        "{\"unitId\": \"35\t0582\"} |字符串中有未转义的控制字符U+0009，须写作转义序列|the control character U+0009 inside a string must be written as an escape sequence",
    })
    void aSyntaxErrorIsToldInTheReadersLanguage(String json, String chinese, String english) {
        for (Function<byte[], Object> reader : READERS) {
            InvalidInputException e = refusal(reader, json.strip());
            assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_SYNTAX);
            assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("JSON语法错误：" + chinese);
            assertThat(e.reason(Locale.ENGLISH)).isEqualTo("JSON syntax error: " + english);
            assertThat(e.location().line()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"统一社会信用代码,企业名称\n91350582MA2XYK001X,甲公司\n", "\uFEFF统一社会信用代码,企业名称\n",
        "  \n企业名称\n"})
    void aChineseCsvIsNamedAsTextThatIsNotADataSetWithTheAdviceToImportIt(String text) {
        for (Function<byte[], Object> reader : READERS) {
            InvalidInputException e = refusal(reader, text);
            assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_NOT_JSON);
            assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[CC-2006] x.json: 这是其他文本（如CSV），"
                    + "不是JSON数据集；数据集是CountyChain格式的.json文件，CSV企业名单请用导入功能读取");
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("[CC-2006] x.json: this is other text (CSV, for "
                    + "example), not a JSON data set; a data set is a .json file in the CountyChain format, an "
                    + "enterprise list in CSV is read by the import");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {" x", " {}"})
    void moreAfterTheDocumentIsToldInBothLanguages(String after) {
        String json = new String(STRICT.writeToBytes(SampleCounty.jinjiang()), StandardCharsets.UTF_8) + after;
        for (Function<byte[], Object> reader : READERS) {
            InvalidInputException e = refusal(reader, json);
            assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_SYNTAX);
            assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).startsWith("JSON语法错误：")
                    .doesNotContain("Unrecognized", "more content", "Trailing");
            assertThat(e.reason(Locale.ENGLISH)).startsWith("JSON syntax error: ");
        }
    }
}
