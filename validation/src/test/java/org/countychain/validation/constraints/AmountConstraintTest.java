package org.countychain.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.countychain.validation.Fixtures;
import org.countychain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @Yuan} and {@code @Percentage} at their boundaries.
 */
class AmountConstraintTest {
    record Money(@Yuan BigDecimal amount) {
    }

    record SmallMoney(@Yuan(max = "1000") BigDecimal amount) {
    }

    record Share(@Percentage BigDecimal value) {
    }

    record ShareDouble(@Percentage Double value) {
    }

    record ShareInt(@Percentage Integer value) {
    }

    record ShareBig(@Percentage BigInteger value) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.01", "1.23", "1.230", "20000000.00", "10000000000000", "5E+3"})
    void validAmounts(String amount) {
        assertThat(Fixtures.violations(new Money(new BigDecimal(amount)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "1.234", "20000000.005", "1.2301"})
    void threeDecimalsAreRejected(String amount) {
        Violation v = Fixtures.violations(new Money(new BigDecimal(amount))).get(0);
        assertThat(v.code()).isEqualTo("CV-0203");
        assertThat(v.message()).isEqualTo("金额（元）最多保留两位小数（分）");
        assertThat(v.invalidValue()).isEqualTo(amount);
    }

    @Test
    void negativeAmountsAreRejected() {
        assertThat(Fixtures.codes(new Money(new BigDecimal("-0.01")))).containsExactly("CV-0202");
    }

    @Test
    void theUpperBoundIsInclusiveAndNamedInTheMessage() {
        assertThat(Fixtures.violations(new Money(new BigDecimal("10000000000000.00")))).isEmpty();
        Violation v = Fixtures.violations(new Money(new BigDecimal("10000000000000.01"))).get(0);
        assertThat(v.code()).isEqualTo("CV-0204");
        assertThat(v.message()).isEqualTo("金额超过合理上限 10000000000000 元");
        assertThat(Fixtures.english(new SmallMoney(new BigDecimal("1000.01"))).get(0).message())
                .isEqualTo("the amount is above the plausible bound of 1000 yuan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "0.00", "100.00", "50.5", "99.999"})
    void percentagesFromZeroToHundred(String value) {
        assertThat(Fixtures.violations(new Share(new BigDecimal(value)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "-1", "101", "100.0000001"})
    void percentagesOutsideAreRejected(String value) {
        assertThat(Fixtures.codes(new Share(new BigDecimal(value)))).containsExactly("CV-0211");
    }

    @Test
    void otherNumberTypes() {
        assertThat(Fixtures.violations(new ShareDouble(0.0))).isEmpty();
        assertThat(Fixtures.violations(new ShareDouble(100.0))).isEmpty();
        assertThat(Fixtures.codes(new ShareDouble(-0.01))).containsExactly("CV-0211");
        assertThat(Fixtures.codes(new ShareDouble(100.01))).containsExactly("CV-0211");
        assertThat(Fixtures.codes(new ShareDouble(Double.NaN))).containsExactly("CV-0211");
        assertThat(Fixtures.violations(new ShareInt(100))).isEmpty();
        assertThat(Fixtures.codes(new ShareInt(101))).containsExactly("CV-0211");
        assertThat(Fixtures.violations(new ShareBig(BigInteger.ZERO))).isEmpty();
        assertThat(Fixtures.codes(new ShareBig(BigInteger.valueOf(-1)))).containsExactly("CV-0211");
        assertThat(Fixtures.violations(new Share(null))).isEmpty();
    }
}
