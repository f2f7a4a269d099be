package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.dataset.CountyDataset;
import org.junit.jupiter.api.Test;

class JsonErrorsTest {
    private final CountyChainJson json = CountyChainJson.defaults();

    private static final String ENTERPRISE = """
            {"creditCode":"91350582MA2XXXXXXX","name":"x","county":"350582"}""";

    private InvalidInputException readBad(String text) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> json.read(text, CountyDataset.class));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) t;
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        InvalidInputException e = readBad("{\n  \"unitId\": \"350582\",\n  \"unitName\": }");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_SYNTAX);
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.location().column()).isGreaterThan(0);
    }

    @Test
    void unknownFieldNamesFieldAndPath() {
        InvalidInputException e = readBad("""
                {"unitId":"350582","unitName":"晋江市","year":2024,
                 "chains":[{"id":"c1","name":"纺织鞋服","county":"350582","colour":"red"}]}""");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_UNKNOWN_FIELD);
        assertThat(e.location().path()).isEqualTo("chains[0].colour");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("colour").contains("CC-2003");
    }

    @Test
    void missingRequiredFieldNamesPath() {
        InvalidInputException e = readBad("""
                {"unitId":"350582","unitName":"晋江市","year":2024,
                 "chains":[{"id":"c1","county":"350582"}]}""");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.REQUIRED);
        assertThat(e.location().path()).isEqualTo("chains[0].name");
        assertThat(e.location().line()).isEqualTo(2);
    }

    @Test
    void badCreditCodeNamesEnterpriseIndex() {
        InvalidInputException e = readBad("""
                {"unitId":"350582","unitName":"晋江市","year":2024,
                 "enterprises":[{"creditCode":"91350582MA2XXXXXXZ","name":"x","county":"350582"}]}""");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.CREDIT_CODE_CHARACTER);
        assertThat(e.location().path()).isEqualTo("enterprises[0].creditCode");
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("第18位");
    }

    @Test
    void wrongTypeSaysExpectedAndFound() {
        InvalidInputException e = readBad("""
                {"unitId":"350582","unitName":"晋江市","year":"two thousand"}""");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
        assertThat(e.location().path()).isEqualTo("year");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("integer").contains("two thousand");
    }

    @Test
    void floatForIntegerIsRejectedNotTruncated() {
        InvalidInputException e = readBad("""
                {"unitId":"350582","unitName":"晋江市","year":2024.5}""");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_WRONG_TYPE);
        assertThat(e.location().path()).isEqualTo("year");
    }

    @Test
    void enumAcceptsConstantAndChineseLabel() {
        assertThat(json.read("{\"kind\":\"断点\",\"description\":\"d\"}", Bottleneck.class).kind())
                .isEqualTo(BottleneckKind.BREAKPOINT);
        assertThat(json.read("{\"kind\":\"BLOCKAGE\",\"description\":\"d\"}", Bottleneck.class).kind())
                .isEqualTo(BottleneckKind.BLOCKAGE);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> json.read("{\"kind\":\"卡脖子\",\"description\":\"d\"}", Bottleneck.class));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        InvalidInputException e = (InvalidInputException) t;
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_UNKNOWN_CONSTANT);
        assertThat(e.location().path()).isEqualTo("kind");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("BREAKPOINT/断点");
    }

    @Test
    void negativeMoneyNamesFullPath() {
        InvalidInputException e = readBad("""
                {"unitId":"350582","unitName":"晋江市","year":2024,
                 "enterprises":[%s,
                   {"creditCode":"91350582MA2YYYYYYY","name":"y","county":"350582",
                    "years":[{"year":2024,"rdExpense":-1.00}]}]}""".formatted(ENTERPRISE));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(e.location().path()).isEqualTo("enterprises[1].years[0].rdExpense");
    }

    @Test
    void moneyKeepsEveryDigit() {
        String text = """
                {"unitId":"350582","unitName":"晋江市","year":2024,
                 "enterprises":[{"creditCode":"91350582MA2YYYYYYY","name":"y","county":"350582",
                    "years":[{"year":2024,"rdExpense":12345678901234567.01}]}]}""";
        CountyDataset d = json.read(text, CountyDataset.class);
        BigDecimal rd = d.enterprises().get(0).years().get(0).rdExpense();
        assertThat(rd).isEqualTo(new BigDecimal("12345678901234567.01"));
        assertThat(json.writeToString(d)).contains("12345678901234567.01");
    }

    @Test
    void emptyAndTrailingInputAreErrors() {
        assertThat(readBad("  ").errorCode()).isEqualTo(ErrorCode.JSON_EMPTY);
        assertThat(readBad("{\"unitId\":\"1\",\"unitName\":\"n\",\"year\":2024} {}").errorCode())
                .isIn(ErrorCode.JSON_SYNTAX, ErrorCode.MALFORMED, ErrorCode.JSON_WRONG_TYPE);
    }

    @Test
    void duplicateKeyIsAnError() {
        assertThat(readBad("{\"unitId\":\"1\",\"unitId\":\"2\",\"unitName\":\"n\",\"year\":2024}").errorCode())
                .isEqualTo(ErrorCode.JSON_SYNTAX);
    }
}
