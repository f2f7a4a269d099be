package org.countychain.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.countychain.InvalidInputException;
import org.countychain.enterprise.Incentive;
import org.junit.jupiter.api.Test;

class ChecksEnumSetTest {
    @Test
    void smallEnumsGetOneSharedSetPerSubset() {
        Set<Incentive> a = Checks.enumSet(List.of(Incentive.TECH_LOAN, Incentive.HIGH_TECH_TAX_REDUCTION),
                Incentive.class, "incentivesUsed");
        Set<Incentive> b = Checks.enumSet(EnumSet.of(Incentive.HIGH_TECH_TAX_REDUCTION, Incentive.TECH_LOAN),
                Incentive.class, "incentivesUsed");
        assertThat(a).isSameAs(b).containsExactly(Incentive.HIGH_TECH_TAX_REDUCTION, Incentive.TECH_LOAN)
                .isEqualTo(Set.of(Incentive.TECH_LOAN, Incentive.HIGH_TECH_TAX_REDUCTION));
        assertThat(a.hashCode()).isEqualTo(Set.of(Incentive.TECH_LOAN, Incentive.HIGH_TECH_TAX_REDUCTION).hashCode());
        assertThat(Checks.enumSet(null, Incentive.class, "x")).isEmpty();
        assertThat(Checks.enumSet(null, Incentive.class, "x")).isSameAs(Checks.enumSet(List.of(), Incentive.class,
                "x"));
        assertThatThrownBy(() -> a.add(Incentive.RD_SUPER_DEDUCTION))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everySubsetOfTheLargestSharedSizeIsRight() {
        DayOfWeek[] days = DayOfWeek.values();
        assertThat(days.length).isLessThanOrEqualTo(Checks.SHARED_ENUM_SIZE);
        for (int mask = 0; mask < 1 << days.length; mask++) {
            EnumSet<DayOfWeek> expected = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d : days) {
                if ((mask & (1 << d.ordinal())) != 0) {
                    expected.add(d);
                }
            }
            assertThat(Checks.enumSet(expected, DayOfWeek.class, "days")).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void largerEnumsGetACopy() {
        Set<Month> a = Checks.enumSet(List.of(Month.MAY, Month.JANUARY), Month.class, "months");
        Set<Month> b = Checks.enumSet(List.of(Month.MAY, Month.JANUARY), Month.class, "months");
        assertThat(a).isEqualTo(b).isNotSameAs(b).containsExactly(Month.JANUARY, Month.MAY);
        assertThatThrownBy(() -> a.remove(Month.MAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullElementIsRefusedWithTheFieldName() {
        assertThatThrownBy(() -> Checks.enumSet(Arrays.asList(Incentive.TECH_LOAN, null), Incentive.class, "f"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("f[]");
        assertThatThrownBy(() -> Checks.enumSet(Arrays.asList(Month.MAY, null), Month.class, "f"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("f[]");
    }
}
