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
        InvalidInputException e = readBad(String.format(Locale.ROOT, """
                {"unitId":"350582","unitName":"晋江市","year":2024,
                 "enterprises":[%s,
                   {"creditCode":"91350582MA2YYYYYYY","name":"y","county":"350582",
                    "years":[{"year":2024,"rdExpense":-1.00}]}]}""", ENTERPRISE));
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

    // ---------------------------------------------------------------- code, path and line of each kind of error

    /**
     * Reads a bad county data set and checks the code, path and line, and that the message names the code and the
     * path in both languages.
     */
    private InvalidInputException assertError(String text, ErrorCode code, String path, int line) {
        InvalidInputException e = readBad(text);
        assertThat(e.errorCode()).as(e.getMessage(Locale.ENGLISH)).isEqualTo(code);
        assertThat(e.location().path()).isEqualTo(path);
        assertThat(e.location().line()).isEqualTo(line);
        assertThat(e.location().column()).isPositive();
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            assertThat(e.getMessage(locale)).startsWith("[" + code.code() + "]").contains(path);
        }
        return e;
    }

    private static final String HEAD = """
            {
              "unitId": "350582",
              "unitName": "晋江市",
              "year": 2024,
            """;

    @Test
    void nestedObjectOfWrongType() {
        InvalidInputException e = assertError(HEAD + """
                  "chains": [
                    { "id": "c1", "name": "纺织鞋服", "county": "350582", "map": "上游→中游→下游" }
                  ]
                }""", ErrorCode.JSON_WRONG_TYPE, "chains[0].map", 6);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("expected object, found string \"上游→中游→下游\"");
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("类型错误：应为object");
    }

    @Test
    void arrayOfWrongType() {
        assertError(HEAD + """
                  "enterprises": { "creditCode": "91350582MA2Y00010W", "name": "示例", "county": "350582" }
                }""", ErrorCode.JSON_WRONG_TYPE, "enterprises", 5);
        assertError(HEAD + """
                  "reports": [
                    { "id": "r1", "unitId": "350582", "unitName": "晋江市", "chainId": "c1", "chainName": "纺织鞋服",
                      "year": 2024, "coveredCounties": "350582" }
                  ]
                }""", ErrorCode.JSON_WRONG_TYPE, "reports[0].coveredCounties", 7);
    }

    @Test
    void listElementOfWrongType() {
        assertError(HEAD + """
                  "teams": [
                    { "id": "t1", "name": "特派团", "county": "350582", "mode": "一链一团",
                      "members": [ "张三" ] }
                  ]
                }""", ErrorCode.JSON_WRONG_TYPE, "teams[0].members[0]", 7);
    }

    @Test
    void unknownContentBlockType() {
        InvalidInputException e = assertError(HEAD + """
                  "reports": [
                    { "id": "r1", "unitId": "350582", "unitName": "晋江市", "chainId": "c1", "chainName": "纺织鞋服",
                      "year": 2024,
                      "items": [ { "itemId": "1.1", "blocks": [
                        { "type": "quote", "text": "引文" }
                      ] } ] }
                  ]
                }""", ErrorCode.JSON_UNKNOWN_CONSTANT, "reports[0].items[0].blocks[0]", 9);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("'quote'").contains("paragraph, table, figure");
    }

    @Test
    void invalidDate() {
        InvalidInputException e = assertError(HEAD + """
                  "enterprises": [
                    { "creditCode": "91350582MA2Y00010W", "name": "示例", "county": "350582",
                      "highTechCertificates": [
                        { "number": "GR202235000123", "issuedOn": "2022-12-12", "validUntil": "2025-02-29" }
                      ] }
                  ]
                }""", ErrorCode.MALFORMED, "enterprises[0].highTechCertificates[0].validUntil", 8);
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("2025-02-29").contains("yyyy-MM-dd");
        assertError(HEAD + """
                  "enterprises": [
                    { "creditCode": "91350582MA2Y00010W", "name": "示例", "county": "350582",
                      "registeredOn": "2015年3月18日" }
                  ]
                }""", ErrorCode.MALFORMED, "enterprises[0].registeredOn", 7);
        assertError(HEAD + """
                  "enterprises": [
                    { "creditCode": "91350582MA2Y00010W", "name": "示例", "county": "350582",
                      "registeredOn": 20150318 }
                  ]
                }""", ErrorCode.JSON_WRONG_TYPE, "enterprises[0].registeredOn", 7);
    }

    @Test
    void unknownEnumLabel() {
        InvalidInputException e = assertError(HEAD + """
                  "chains": [
                    { "id": "c1", "name": "纺织鞋服", "county": "350582",
                      "map": { "stages": [ { "kind": "上中游" } ] } }
                  ]
                }""", ErrorCode.JSON_UNKNOWN_CONSTANT, "chains[0].map.stages[0].kind", 7);
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("“上中游”不是允许的取值")
                .contains("UPSTREAM/上游");
    }

    @Test
    void badDivisionCode() {
        InvalidInputException e = assertError(HEAD + """
                  "demands": [
                    { "id": "d1", "title": "发泡材料", "county": "3505821" }
                  ]
                }""", ErrorCode.DIVISION_CODE_FORMAT, "demands[0].county", 6);
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("行政区划代码应为6位数字：3505821");
    }

    @Test
    void duplicateEnterpriseIsReportedAtItsIndex() {
        // Invariants of a list are checked when the object holding it is complete: the line is its end.
        assertError(HEAD + """
                  "enterprises": [
                    { "creditCode": "91350582MA2Y00010W", "name": "甲", "county": "350582" },
                    { "creditCode": "91350582MA2Y00020X", "name": "乙", "county": "350582" },
                    { "creditCode": "91350582MA2Y00010W", "name": "丙", "county": "350582" }
                  ]
                }""", ErrorCode.DUPLICATE, "enterprises[2]", 10);
    }

    @Test
    void duplicateYearIsReportedAtItsIndex() {
        InvalidInputException e = assertError(HEAD + """
                  "enterprises": [
                    { "creditCode": "91350582MA2Y00010W", "name": "甲", "county": "350582" },
                    { "creditCode": "91350582MA2Y00020X", "name": "乙", "county": "350582" },
                    { "creditCode": "91350582MA2Y00030Y", "name": "丙", "county": "350582",
                      "years": [ { "year": 2024 }, { "year": 2024 }, { "year": 2023 } ] }
                  ]
                }""", ErrorCode.DUPLICATE, "enterprises[2].years[1]", 9);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("2024");
    }

    @Test
    void duplicateLinkIdAcrossStages() {
        assertError(HEAD + """
                  "chains": [
                    { "id": "c1", "name": "纺织鞋服", "county": "350582",
                      "map": { "stages": [
                        { "kind": "上游", "links": [ { "id": "l1", "name": "化纤原料" } ] },
                        { "kind": "中游", "links": [ { "id": "l2", "name": "面料" }, { "id": "l1", "name": "鞋材" } ] }
                      ] } }
                  ]
                }""", ErrorCode.DUPLICATE, "chains[0].map.stages[1].links[1].id", 10);
    }

    @Test
    void tableRowWiderThanHeader() {
        InvalidInputException e = assertError(HEAD + """
                  "reports": [
                    { "id": "r1", "unitId": "350582", "unitName": "晋江市", "chainId": "c1", "chainName": "纺织鞋服",
                      "year": 2024,
                      "items": [ { "itemId": "3.3", "blocks": [
                        { "type": "table", "header": ["单位", "领域"],
                          "rows": [ ["示例大学", "材料"], ["示例研究院", "装备", "多余"] ] }
                      ] } ] }
                  ]
                }""", ErrorCode.OUT_OF_RANGE, "reports[0].items[0].blocks[0].rows[1]", 10);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("3 cells").contains("2 cells");
    }

    @Test
    void sourceNameAppearsInTheMessage() {
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> json.read(new java.io.ByteArrayInputStream("{\n  \"unitId\": 1\n}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "jinjiang-2024.json", CountyDataset.class));
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("[CC-2002] jinjiang-2024.json 第2行第13列 unitId: 类型错误：应为string，实际为number 1");
        assertThat(e.getMessage(Locale.ENGLISH))
                .isEqualTo("[CC-2002] jinjiang-2024.json line 2, column 13 unitId: wrong type: expected string, found number 1");
    }
}
