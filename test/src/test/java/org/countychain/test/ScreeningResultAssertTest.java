package org.countychain.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.countychain.test.CountyChainAssertions.assertThat;

import org.junit.jupiter.api.Test;

import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningResult;

/** The screening assertions on the sample county's real screening. */
class ScreeningResultAssertTest {
    private static final ScreeningResult SCREENED = RuleEngine.defaults().screen(SampleData.county());

    @Test
    void findsTheSamplesPriorityEnterprisesUnderR7() {
        assertThat(SCREENED).hasNoProblems().flags("R7-PRIORITY").under("R7")
                .forSubject("91350500155801216M").times(1);
        assertThat(SCREENED).doesNotFlag("R7-NO-SUCH-CODE");
    }

    @Test
    void assertionsThatDoNotHoldFail() {
        assertThatThrownBy(() -> assertThat(SCREENED).flags("R7-PRIORITY").under("R8"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("under R7");
        assertThatThrownBy(() -> assertThat(SCREENED).flags("R7-NO-SUCH-CODE"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("R7-PRIORITY");
        assertThatThrownBy(() -> assertThat(SCREENED).doesNotFlag("R7-PRIORITY")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(SCREENED).flags("R7-PRIORITY").forSubject("no-such-enterprise"))
                .isInstanceOf(AssertionError.class);
    }
}
