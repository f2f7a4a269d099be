package org.countychain.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SharePercentTextTest {
    private static final BigDecimal FIVE = new BigDecimal("5");

    private static Share share(String part, String whole) {
        return Share.of(new BigDecimal(part), new BigDecimal(whole));
    }

    @Test
    void twoDecimalsWhenTheyAlreadyTellTheComparison() {
        assertThat(share("1", "3").percentText(FIVE)).isEqualTo("33.33");
        assertThat(share("6000000", "100000000").percentText(FIVE)).isEqualTo("6.00");
        assertThat(share("5000000.00", "100000000.00").percentText(FIVE)).isEqualTo("5.00");
    }

    @Test
    void oneCentAboveOrBelowTheReferenceShowsTheDigitsThatMatter() {
        assertThat(share("5000000.01", "100000000.00").percentText(FIVE)).isEqualTo("5.00000001");
        assertThat(share("4999999.99", "100000000.00").percentText(FIVE)).isEqualTo("4.99999999");
        // Two decimals would round 5.004 down onto the reference and 4.996 up onto it.
        assertThat(share("5.004", "100").percentText(FIVE)).isEqualTo("5.004");
        assertThat(share("4.996", "100").percentText(FIVE)).isEqualTo("4.996");
    }

    @Test
    void aRepeatingShareCloseToTheReferenceStops() {
        // 1 / 19.99999 = 5.0000025…%
        assertThat(share("1", "19.99999").percentText(FIVE)).isEqualTo("5.000003");
    }

    @Test
    void compareToPercentIsExact() {
        assertThat(share("5000000.01", "100000000.00").compareToPercent(FIVE)).isOne();
        assertThat(share("5000000.00", "100000000.00").compareToPercent(FIVE)).isZero();
        assertThat(share("4999999.99", "100000000.00").compareToPercent(FIVE)).isEqualTo(-1);
    }

    @Test
    void undefinedShareHasNoText() {
        assertThat(share("1", "0").percentText(FIVE)).isNull();
        assertThatThrownBy(() -> share("1", "0").compareToPercent(FIVE)).isInstanceOf(IllegalStateException.class);
    }
}
