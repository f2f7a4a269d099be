package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.io.FileKind;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * The hostile JSON corpus, through both readers (strict and lenient): files that are not JSON at all are named for
 * what they are (CC-2006), values past the parser's limits are named in the user's words (CC-2007), and no message
 * carries Jackson's own class or setting names.
 */
class HostileJsonTest {
    private static final CountyChainJson STRICT = CountyChainJson.defaults();
    private static final LenientJsonReader LENIENT = LenientJsonReader.defaults();

    /** Both readers, as functions from bytes to what they throw. */
    private static final List<Function<byte[], Object>> READERS = List.of(
            bytes -> STRICT.read(new ByteArrayInputStream(bytes), "x.json", CountyDataset.class),
            bytes -> LENIENT.read(new ByteArrayInputStream(bytes), "x.json", CountyDataset.class));

    static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static byte[] ole2() {
        byte[] b = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    private static InvalidInputException refusal(Function<byte[], Object> reader, byte[] bytes) {
        try {
            var unused = reader.apply(bytes);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private static void assertClean(InvalidInputException e) {
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(e.getMessage(l)).doesNotContain("StreamReadConstraints").doesNotContain("com.fasterxml")
                    .doesNotContain("java.math").doesNotContain("Jackson").doesNotContain("`");
        }
    }

    @Test
    void aWorkbookOrDocumentIsNamedAsOneNotAsASyntaxError() throws Exception {
        for (Function<byte[], Object> reader : READERS) {
            InvalidInputException e = refusal(reader, zip("xl/workbook.xml"));
            assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_NOT_JSON);
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("[CC-2006] x.json: this is an Office document or ZIP "
                    + "archive (.xlsx, .docx, .zip), not a JSON data set; a data set is a .json file in the CountyChain "
                    + "format, an enterprise list workbook is read by the import");
            assertClean(e);
        }
    }

    @Test
    void aLegacyXlsIsNamedWithTheAdviceToSaveItAsXlsx() {
        for (Function<byte[], Object> reader : READERS) {
            InvalidInputException e = refusal(reader, ole2());
            assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_NOT_JSON);
            assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[CC-2006] x.json: 这是旧版Office 97-2003文件"
                    + "（.xls或.doc），不是JSON数据集；如为企业名单，请先在Excel或WPS中另存为.xlsx");
        }
    }

    @Test
    void aPdfAndBinaryDataAreNamed() {
        for (Function<byte[], Object> reader : READERS) {
            assertThat(refusal(reader, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).getMessage(Locale.ENGLISH))
                    .startsWith("[CC-2006] x.json: this is a PDF document, not a JSON data set");
            assertThat(refusal(reader, new byte[] {'{', 0, 1, 2}).getMessage(Locale.ENGLISH))
                    .startsWith("[CC-2006] x.json: this is binary data, not a JSON data set");
        }
    }

    @Test
    void textThatIsNotJsonIsNamedOrASyntaxErrorWithItsLineAndJsonWithAByteOrderMarkIsRead() {
        for (Function<byte[], Object> reader : READERS) {
            // No JSON value starts with a Chinese character: named as other text, as a workbook is.
            assertThat(refusal(reader, "统一社会信用代码,企业名称\n".getBytes(StandardCharsets.UTF_8)).errorCode())
                    .isEqualTo(ErrorCode.JSON_NOT_JSON);
            // One could start with a letter (true, false, null): a syntax error at its place.
            InvalidInputException e = refusal(reader, "code,name\n".getBytes(StandardCharsets.UTF_8));
            assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_SYNTAX);
            assertThat(e.location().line()).isEqualTo(1);
        }
        byte[] json = STRICT.writeToBytes(SampleCounty.jinjiang());
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(FileKind.of(withBom)).isEqualTo(FileKind.JSON);
        assertThat(STRICT.read(new ByteArrayInputStream(json), "x.json", CountyDataset.class))
                .isEqualTo(SampleCounty.jinjiang());
    }

    @Test
    void aNumberOfTwoThousandDigitsIsPastTheLimitInPlainWords() {
        byte[] bytes = ("{\"unitId\":\"350582\",\"year\":" + "9".repeat(2000) + "}").getBytes(StandardCharsets.UTF_8);
        for (Function<byte[], Object> reader : READERS) {
            InvalidInputException e = refusal(reader, bytes);
            assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_LIMIT);
            assertThat(e.reason(Locale.ENGLISH)).isEqualTo("too large: a number's length in digits is 2000, the reader "
                    + "allows at most 1000");
            assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("超出读取上限：数字位数为2000，最多允许1000");
            // Where the parser stood: line 1, in or just past the number (which starts at column 28).
            assertThat(e.location().line()).isEqualTo(1);
            assertThat(e.location().column()).isGreaterThanOrEqualTo(28);
            assertThat(e.getMessage(Locale.ENGLISH)).startsWith("[CC-2007] x.json line 1, column ");
            assertClean(e);
        }
    }

    @Test
    void nestingTwoThousandDeepIsPastTheLimit() {
        byte[] bytes = ("{\"note\":" + "[".repeat(2000) + "]".repeat(2000) + "}").getBytes(StandardCharsets.UTF_8);
        // The strict reader stops at the first value of the wrong type; read as a tree it meets the depth first.
        for (Function<byte[], Object> reader : List.<Function<byte[], Object>>of(READERS.get(1),
                b -> STRICT.read(new ByteArrayInputStream(b), "x.json", com.fasterxml.jackson.databind.JsonNode.class))) {
            InvalidInputException e = refusal(reader, bytes);
            assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_LIMIT);
            assertThat(e.reason(Locale.ENGLISH)).startsWith("too large: the nesting depth is 1001");
            assertThat(e.location().line()).isEqualTo(1);
            assertThat(e.location().column()).isGreaterThan(1000);
            assertClean(e);
        }
    }

    @Test
    void aFieldNameOfSixtyThousandCharactersIsPastTheLimit() {
        byte[] bytes = ("{\"" + "名".repeat(60_000) + "\":1}").getBytes(StandardCharsets.UTF_8);
        for (Function<byte[], Object> reader : READERS) {
            InvalidInputException e = refusal(reader, bytes);
            assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_LIMIT);
            assertThat(e.reason(Locale.ENGLISH)).startsWith("too large: a field name's length is");
            assertThat(e.location().line()).isEqualTo(1);
            assertThat(e.location().column()).isPositive();
            assertClean(e);
        }
    }

    @Test
    void moneyWithAnExponentNoDecimalCanHoldIsOutOfRangeInBothReaders() {
        String json = STRICT.writeToString(SampleCounty.jinjiang());
        for (String amount : List.of("1E-2147483648", "1E2147483648", "-1e+2147483647")) {
            String hostile = json.replaceFirst("\"operatingRevenue\" : [0-9.]+", "\"operatingRevenue\" : " + amount);
            assertThat(hostile).contains(amount);
            InvalidInputException strict = refusal(READERS.get(0), hostile.getBytes(StandardCharsets.UTF_8));
            assertThat(strict.errorCode()).as(amount).isEqualTo(ErrorCode.OUT_OF_RANGE);
            assertThat(strict.getMessage(Locale.ENGLISH)).contains("enterprises[0].years[0].operatingRevenue")
                    .contains(amount);
            assertClean(strict);
            LenientRead<CountyDataset> lenient = LENIENT.read(new ByteArrayInputStream(
                    hostile.getBytes(StandardCharsets.UTF_8)), "x.json", CountyDataset.class);
            assertThat(lenient.problems()).singleElement().satisfies(p -> {
                assertThat(p.errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
                assertThat(p.location().path()).isEqualTo("enterprises[0].years[0].operatingRevenue");
                assertClean(p);
            });
            assertThat(lenient.value().enterprises()).hasSameSizeAs(SampleCounty.jinjiang().enterprises());
        }
    }

    @Test
    void theLenientReaderKeepsNoStackTraceOrParserPerProblem() {
        StringBuilder json = new StringBuilder("{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":2024,"
                + "\"enterprises\":[");
        for (int i = 0; i < 50; i++) {
            json.append(i == 0 ? "" : ",").append("{\"creditCode\":\"91350582MA2Y").append(1000 + i)
                    .append("X\",\"name\":\"甲\"}");
        }
        json.append("]}");
        LenientRead<CountyDataset> read = LENIENT.read(new ByteArrayInputStream(
                json.toString().getBytes(StandardCharsets.UTF_8)), "x.json", CountyDataset.class);
        assertThat(read.problems()).hasSizeGreaterThanOrEqualTo(50).allSatisfy(p -> {
            assertThat(p.getStackTrace()).isEmpty();
            assertThat(p.getCause()).isNull();
        });
        assertThat(read.leftOut()).isNotEmpty().allSatisfy(l -> assertThat(l.cause().getCause()).isNull());
    }
}
