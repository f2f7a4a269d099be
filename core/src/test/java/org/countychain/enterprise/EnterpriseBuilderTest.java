package org.countychain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/** {@link Enterprise#toBuilder()} with {@link Enterprise.Builder#years(List)}: a copy whose years are replaced. */
class EnterpriseBuilderTest {
    @Test
    void yearsReplacesTheYearsAndKeepsEveryOtherFact() {
        Enterprise e = SampleCounty.jinjiang().enterprises().stream().filter(x -> x.years().size() >= 2)
                .filter(x -> x.registeredAddress() != null).findFirst().orElseThrow();
        List<AnnualRdFigures> last = List.of(e.years().get(e.years().size() - 1));

        Enterprise copy = e.toBuilder().years(last).build();

        assertThat(copy.years()).isEqualTo(last);
        assertThat(copy).usingRecursiveComparison().ignoringFields("years").isEqualTo(e);
        assertThat(e.years()).hasSizeGreaterThanOrEqualTo(2);
    }
}
