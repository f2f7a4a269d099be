package org.countychain.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast share comparison agrees with the exact one, on and around every boundary. */
class AmountsTest {
    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999999999999.99")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return Arbitraries.of("0", "3", "4", "5", "5.5", "6", "10", "60", "100").map(BigDecimal::new);
    }

    @Property(tries = 3000)
    void sameAsExact(@ForAll("amounts") BigDecimal whole, @ForAll("percents") BigDecimal percent,
                     @ForAll("amounts") BigDecimal other) {
        BigDecimal onBoundary = whole.multiply(percent).movePointLeft(2);
        for (BigDecimal part : new BigDecimal[] {onBoundary, onBoundary.add(new BigDecimal("0.01")),
                onBoundary.subtract(new BigDecimal("0.01")).max(BigDecimal.ZERO), other}) {
            int exact = part.scaleByPowerOfTen(2).compareTo(whole.multiply(percent));
            assertThat(Amounts.above(part, whole, percent)).isEqualTo(exact > 0);
            assertThat(Amounts.atLeast(part, whole, percent)).isEqualTo(exact >= 0);
        }
    }
}
