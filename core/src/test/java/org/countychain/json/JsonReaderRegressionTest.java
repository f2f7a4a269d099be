package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for bugs of the JSON reader, each named after the bug it pins.
 */
class JsonReaderRegressionTest {
    private final CountyChainJson json = CountyChainJson.defaults();

    private static final String HEAD = "{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":2024,";
    private static final String ENTERPRISE_HEAD = HEAD + "\"enterprises\":[{\"creditCode\":\"91350582MA2YYYYYYY\","
            + "\"name\":\"y\",\"county\":\"350582\",";

    private InvalidInputException readBad(String text) {
        Throwable t = catchThrowable(() -> json.read(text, CountyDataset.class));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) t;
    }

    private static String year(String figures) {
        return ENTERPRISE_HEAD + "\"years\":[{\"year\":2024," + figures + "}]}]}";
    }

    // Bug: enterprise years were sorted before the duplicate check, so the index in the message was the
    // sorted position, not the one in the document.
    @Test
    void duplicateYearIsReportedAtItsIndexInTheDocument() {
        InvalidInputException e = readBad(ENTERPRISE_HEAD
                + "\"years\":[{\"year\":2024},{\"year\":2024},{\"year\":2023}]}]}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(e.location().path()).isEqualTo("enterprises[0].years[1]");
    }

    @Test
    void yearsAreStillSortedAfterTheDuplicateCheck() {
        CountyDataset d = json.read(ENTERPRISE_HEAD + "\"years\":[{\"year\":2024},{\"year\":2022}]}]}",
                CountyDataset.class);
        assertThat(d.enterprises().get(0).years()).extracting(AnnualRdFigures::year).containsExactly(2022, 2024);
    }

    // Bug: the "strict" reader coerced scalars: "100" was read as money, "2024" as a year, "true" and 1 as
    // booleans, and numbers as text, although CC-2002 says a string where a number belongs is a wrong type.
    @Test
    void stringForMoneyIsWrongType() {
        InvalidInputException e = readBad(year("\"rdExpense\":\"100\""));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
        assertThat(e.location().path()).isEqualTo("enterprises[0].years[0].rdExpense");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("expected number").contains("\"100\"");
    }

    @Test
    void stringForIntegerIsWrongType() {
        InvalidInputException e = readBad(year("\"employees\":\"12\""));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
        assertThat(e.location().path()).isEqualTo("enterprises[0].years[0].employees");
    }

    @Test
    void stringOrNumberForBooleanIsWrongType() {
        assertThat(readBad(ENTERPRISE_HEAD + "\"aboveScale\":\"true\"}]}").errorCode())
                .isEqualTo(ErrorCode.JSON_WRONG_TYPE);
        InvalidInputException e = readBad(ENTERPRISE_HEAD + "\"aboveScale\":1}]}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
        assertThat(e.location().path()).isEqualTo("enterprises[0].aboveScale");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("expected boolean").contains("number 1");
    }

    @Test
    void numberOrBooleanForTextIsWrongType() {
        InvalidInputException e = readBad(ENTERPRISE_HEAD + "\"industryCode\":1951}]}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
        assertThat(e.location().path()).isEqualTo("enterprises[0].industryCode");
        assertThat(readBad(ENTERPRISE_HEAD + "\"chainIds\":[true]}]}").location().path())
                .isEqualTo("enterprises[0].chainIds[0]");
    }

    // Bug: 1e999999999 was accepted as money and then could not be written (a CountyChainIOException from
    // the writer); 1e3 was read with a negative scale, so reading what was written gave an unequal value.
    @Test
    void absurdExponentIsOutOfRangeWithLineAndPath() {
        InvalidInputException e = readBad(year("\"rdExpense\":1e999999999"));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(e.location().path()).isEqualTo("enterprises[0].years[0].rdExpense");
        assertThat(e.location().line()).isEqualTo(1);
        assertThat(e.location().column()).isPositive();
    }

    @Test
    void exponentIsNormalisedSoTheRoundTripIsLossless() {
        CountyDataset d = json.read(year("\"rdExpense\":1.5e3,\"operatingRevenue\":2E+2"), CountyDataset.class);
        AnnualRdFigures f = d.enterprises().get(0).years().get(0);
        assertThat(f.rdExpense()).isEqualTo(new BigDecimal("1500"));
        assertThat(f.operatingRevenue()).isEqualTo(new BigDecimal("200"));
        assertThat(json.read(json.writeToString(d), CountyDataset.class)).isEqualTo(d);
    }

    @Test
    void decimalsKeepTheirScale() {
        CountyDataset d = json.read(year("\"rdExpense\":100.50,\"operatingRevenue\":0.000"), CountyDataset.class);
        AnnualRdFigures f = d.enterprises().get(0).years().get(0);
        assertThat(f.rdExpense()).isEqualTo(new BigDecimal("100.50"));
        assertThat(f.operatingRevenue()).isEqualTo(new BigDecimal("0.000"));
    }

    // Bug: the document "null" was read as a null CountyDataset instead of an error.
    @Test
    void nullDocumentIsWrongType() {
        InvalidInputException e = readBad(" null ");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("expected object, found null");
    }

    // Bug: wrong-type messages said "found ?": the parser was closed before the error was translated.
    @Test
    void wrongTypeNamesWhatWasFound() {
        assertThat(readBad(HEAD + "\"chains\":{\"id\":\"c\"}}").getMessage(Locale.ENGLISH))
                .contains("chains: wrong type: expected array, found object");
        assertThat(readBad(HEAD + "\"chains\":[\"c\"]}").getMessage(Locale.ENGLISH))
                .contains("chains[0]: wrong type: expected object, found string \"c\"");
        assertThat(readBad("[1]").getMessage(Locale.ENGLISH)).contains("expected object, found array");
    }

    // Bug: a division code or credit code given as a number was described as "expected object".
    @Test
    void codesAreDescribedAsStrings() {
        InvalidInputException e = readBad(HEAD + "\"chains\":[{\"id\":\"c\",\"name\":\"n\",\"county\":350582}]}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
        assertThat(e.location().path()).isEqualTo("chains[0].county");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("expected string, found number 350582");
    }

    // Bug: a number too large for an int was CC-1004 "malformed value : Numeric value ..." with no value.
    @Test
    void integerOverflowIsOutOfRange() {
        InvalidInputException e = readBad(year("\"employees\":99999999999"));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(e.location().path()).isEqualTo("enterprises[0].years[0].employees");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("99999999999").contains("2147483647");
    }

    // Bug: content after the document was "wrong type: expected object, found ?".
    @Test
    void trailingContentIsASyntaxError() {
        InvalidInputException e = readBad(HEAD.replaceAll(",$", "}") + "\n{}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_SYNTAX);
        assertThat(e.location().line()).isEqualTo(2);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("after the end");
    }

    // Bug: a content block without "type" said "'null' is not an allowed value".
    @Test
    void blockWithoutTypeIsMissingType() {
        InvalidInputException e = readBad(HEAD + "\"reports\":[{\"id\":\"r\",\"unitId\":\"350582\","
                + "\"unitName\":\"晋江市\",\"chainId\":\"c\",\"chainName\":\"n\",\"year\":2024,"
                + "\"items\":[{\"itemId\":\"1.1\",\"blocks\":[{\"text\":\"x\"}]}]}]}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.REQUIRED);
        assertThat(e.location().path()).isEqualTo("reports[0].items[0].blocks[0].type");
    }

    // Bug: an impossible date (a string, as it should be) was reported as a wrong JSON type.
    @Test
    void impossibleDateIsMalformed() {
        InvalidInputException e = readBad(ENTERPRISE_HEAD + "\"registeredOn\":\"2024-02-30\"}]}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED);
        assertThat(e.location().path()).isEqualTo("enterprises[0].registeredOn");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("2024-02-30").contains("yyyy-MM-dd");
    }

    // Syntax errors now say where in the document the parser was.
    @Test
    void syntaxErrorNamesThePath() {
        InvalidInputException e = readBad(ENTERPRISE_HEAD + "\"name\" \"x\"}]}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_SYNTAX);
        assertThat(e.location().path()).startsWith("enterprises[0]");
    }
}
