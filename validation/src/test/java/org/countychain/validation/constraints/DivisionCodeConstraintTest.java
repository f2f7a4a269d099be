package org.countychain.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.countychain.validation.Fixtures;
import org.countychain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @ValidDivisionCode} in its three scopes.
 */
class DivisionCodeConstraintTest {
    record County(@ValidDivisionCode(scope = ValidDivisionCode.Scope.CURRENT_COUNTY) String code) {
    }

    record AnyCurrent(@ValidDivisionCode String code) {
    }

    record Historical(@ValidDivisionCode(scope = ValidDivisionCode.Scope.HISTORICAL_ALLOWED) String code) {
    }

    record CoreType(@ValidDivisionCode(scope = ValidDivisionCode.Scope.CURRENT_COUNTY)
                    org.countychain.division.DivisionCode code) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"350582", "350405", "350128", "350527", "350102"})
    void currentCountyLevelUnitsPass(String code) {
        assertThat(Fixtures.violations(new County(code))).isEmpty();
        assertThat(Fixtures.violations(new AnyCurrent(code))).isEmpty();
        assertThat(Fixtures.violations(new Historical(code))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"350000", "350500", "350100"})
    void cityAndProvinceCodesAreCurrentButNotCounties(String code) {
        assertThat(Fixtures.violations(new AnyCurrent(code))).isEmpty();
        assertThat(Fixtures.codes(new County(code))).containsExactly("CV-0115");
    }

    @Test
    void aRetiredCodeNamesItsSuccessor() {
        Violation v = Fixtures.violations(new County("350427")).get(0);
        assertThat(v.code()).isEqualTo("CV-0114");
        assertThat(v.message()).isEqualTo("行政区划代码 350427 沙县 已撤销，现为 350405 沙县区");
        assertThat(Fixtures.english(new AnyCurrent("350427")).get(0).message())
                .isEqualTo("the division code 350427 沙县 is retired; its successor is 350405 沙县区");
        assertThat(Fixtures.violations(new Historical("350427"))).isEmpty();
        assertThat(Fixtures.codes(new CoreType(org.countychain.division.DivisionCode.of("350427"))))
                .containsExactly("CV-0114");
    }

    @ParameterizedTest
    @ValueSource(strings = {"35058", "3505820", "35058a", "", " 350582"})
    void notSixDigitsIsAFormatError(String code) {
        Violation v = Fixtures.violations(new Historical(code)).get(0);
        assertThat(v.code()).isEqualTo("CV-0112");
        assertThat(v.message()).startsWith("行政区划代码应为6位数字");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "110101", "350599"})
    void codesOutsideTheReferenceDataAreUnknown(String code) {
        assertThat(Fixtures.codes(new Historical(code))).containsExactly("CV-0113");
    }
}
