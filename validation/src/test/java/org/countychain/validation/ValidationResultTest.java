package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.countychain.validation.constraints.ValidCreditCode;
import org.countychain.validation.constraints.ContactPhone;
import org.junit.jupiter.api.Test;

import jakarta.validation.constraints.NotNull;

/**
 * The result: order, counts, JSON, languages, and constraints that are not the library's.
 */
class ValidationResultTest {
    record Row(@NotNull String name, @ValidCreditCode String code, @ContactPhone String phone) {
    }

    record Rows(List<@jakarta.validation.Valid Row> rows) {
    }

    @Test
    void violationsAreOrderedByPathWithNumericIndices() {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new Row("n", i % 5 == 0 ? "914403001922038217" : "914403001922038216", null));
        }
        assertThat(Fixtures.violations(new Rows(rows))).extracting(Violation::path)
                .containsExactly("rows[0].code", "rows[5].code", "rows[10].code");
        assertThat(ValidationResult.comparePaths("a[2].b", "a[10].b")).isNegative();
        assertThat(ValidationResult.comparePaths("a[10]", "a[10].b")).isNegative();
        assertThat(ValidationResult.comparePaths("b", "a[10]")).isPositive();
    }

    @Test
    void jsonIsDeterministicAndMasked() {
        ValidationResult result = Fixtures.VALIDATOR.validate(new Row(null, "914403001922038217", "1381234567"));
        assertThat(result.toJson()).isEqualTo("""
                {
                  "valid" : false,
                  "errorCount" : 3,
                  "warningCount" : 0,
                  "violations" : [
                    {
                      "code" : "CV-0104",
                      "severity" : "ERROR",
                      "path" : "code",
                      "message" : "统一社会信用代码校验码错误：第18位为“7”，应为“6”",
                      "invalidValue" : "914403001922038217"
                    },
                    {
                      "code" : "CV-0000",
                      "severity" : "ERROR",
                      "path" : "name",
                      "message" : "不能为null"
                    },
                    {
                      "code" : "CV-0121",
                      "severity" : "ERROR",
                      "path" : "phone",
                      "message" : "联系电话格式不正确（应为11位手机号码，或带区号的固定电话，如0591-87654321）",
                      "invalidValue" : "138***4567"
                    }
                  ]
                }""");
        assertThat(Fixtures.VALIDATOR.validate(new Row(null, "914403001922038217", "1381234567")))
                .isEqualTo(result).hasSameHashCodeAs(result);
    }

    @Test
    void theJvmLocaleNeverLeaksIn() {
        Locale before = Locale.getDefault();
        try {
            for (Locale jvm : List.of(Locale.SIMPLIFIED_CHINESE, Locale.US, Locale.GERMANY, Locale.JAPAN)) {
                Locale.setDefault(jvm);
                Row row = new Row(null, "914403001922038217", null);
                assertThat(Fixtures.VALIDATOR.validate(row, Locale.ENGLISH).violations())
                        .extracting(Violation::message).containsExactly(
                                "wrong check character in the credit code: character 18 is '7', expected '6'",
                                "must not be null");
                assertThat(Fixtures.VALIDATOR.validate(row, Locale.FRENCH).violations().get(0).message())
                        .startsWith("wrong check character");
                assertThat(Fixtures.VALIDATOR.validate(row, Locale.TRADITIONAL_CHINESE).violations().get(0).message())
                        .startsWith("统一社会信用代码校验码错误");
                assertThat(Fixtures.VALIDATOR.validate(row).violations()).extracting(Violation::message)
                        .containsExactly("统一社会信用代码校验码错误：第18位为“7”，应为“6”", "不能为null");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anEmptyResult() {
        ValidationResult result = Fixtures.VALIDATOR.validate(new Row("n", null, null));
        assertThat(result.isValid()).isTrue();
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.toJson()).contains("\"violations\" : [ ]");
        assertThat(result.toString()).isEmpty();
    }

    @Test
    void theOrganisationCodeCheckIsSelectable() {
        Object county = org.countychain.sample.SampleCounty.jinjiang();
        try (CountyChainValidator strict = CountyChainValidator.builder().organisationCodeCheck(ViolationSeverity.ERROR)
                .build(); CountyChainValidator off = CountyChainValidator.builder().withoutOrganisationCodeCheck()
                .build()) {
            assertThat(strict.validate(county).violations()).filteredOn(v -> v.code().equals("CV-0105"))
                    .extracting(Violation::severity).containsExactly(ViolationSeverity.ERROR);
            assertThat(off.validate(county).violations()).extracting(Violation::code).doesNotContain("CV-0105");
        }
        assertThatThrownBy(() -> Fixtures.VALIDATOR.validate(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyCodeIsUniqueAndEveryKeyHasAMessage() {
        assertThat(java.util.Arrays.stream(ViolationCode.values()).map(ViolationCode::code)).doesNotHaveDuplicates();
        for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            // The module's own lookup (a Control is refused in a named module); ROOT gives the base bundle as it is.
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("ValidationMessages", locale,
                    ViolationCode.class.getModule());
            for (ViolationCode c : ViolationCode.values()) {
                if (c.messageKey() != null) {
                    assertThat(bundle.containsKey(c.messageKey()) || bundle.containsKey(c.messageKey() + ".0"))
                            .as("%s in %s", c.messageKey(), locale).isTrue();
                }
            }
        }
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() throws Exception {
        java.util.Properties root = load("ValidationMessages.properties");
        assertThat(load("ValidationMessages_en.properties").keySet()).isEqualTo(root.keySet());
        assertThat(load("ValidationMessages_zh_CN.properties").keySet()).isEqualTo(root.keySet());
        assertThat(load("ValidationMessages_en.properties")).isEqualTo(root);
    }

    private static java.util.Properties load(String name) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = ValidationResultTest.class.getResourceAsStream("/" + name)) {
            p.load(in);
        }
        return p;
    }
}
