package org.countychain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/** An achievement's technology readiness level (1–9, GB/T 22900-2022) and its origin (省内/省外/境外). */
class AchievementMaturityAndOriginTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();

    private static Achievement at(Integer level) {
        return new Achievement("a1", "成果", null, "某大学", null, null, null, null, null, List.of(), List.of(), level,
                null);
    }

    @Test
    void theLevelIsOneToNine() {
        assertThat(at(1).maturity()).isEqualTo(Achievement.MIN_MATURITY);
        assertThat(at(9).maturity()).isEqualTo(Achievement.MAX_MATURITY);
        assertThat(at(null).maturity()).isNull();
        for (int bad : List.of(0, 10, -1, Integer.MAX_VALUE)) {
            Throwable t = catchThrowable(() -> at(bad));
            assertThat(t).as("level %d", bad).isInstanceOf(InvalidInputException.class);
            InvalidInputException e = (InvalidInputException) t;
            assertThat(e.errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
            assertThat(e.getMessage(Locale.ENGLISH)).contains("maturity", Integer.toString(bad), "1..9");
        }
    }

    @Test
    void jsonTakesTheLabelOrTheConstantAndRefusesALevelOutsideTheScale() {
        String head = "{\"id\":\"a1\",\"title\":\"成果\",\"owner\":\"某大学\"";
        Achievement read = JSON.read(head + ",\"maturity\":9,\"origin\":\"境外\"}", Achievement.class);
        assertThat(read.maturity()).isEqualTo(9);
        assertThat(read.origin()).isEqualTo(AchievementOrigin.ABROAD);
        assertThat(JSON.read(head + ",\"origin\":\"OUT_OF_PROVINCE\"}", Achievement.class).origin())
                .isEqualTo(AchievementOrigin.OUT_OF_PROVINCE);
        assertThat(JSON.writeToString(read)).contains("\"maturity\" : 9", "\"origin\" : \"ABROAD\"");
        Throwable t = catchThrowable(() -> JSON.read(head + ",\"maturity\":10}", Achievement.class));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) t).errorCode().code()).isEqualTo("CC-1002");
        assertThat(((InvalidInputException) t).location().path()).isEqualTo("maturity");
        Throwable fraction = catchThrowable(() -> JSON.read(head + ",\"maturity\":6.5}", Achievement.class));
        assertThat(fraction).isInstanceOf(InvalidInputException.class);
        Throwable unknown = catchThrowable(() -> JSON.read(head + ",\"origin\":\"外省\"}", Achievement.class));
        assertThat(((InvalidInputException) unknown).errorCode()).isEqualTo(ErrorCode.JSON_UNKNOWN_CONSTANT);
    }

    @Test
    void theSampleStatesOriginEverywhereAndMaturityWhereAssessed() {
        List<Achievement> all = SampleCounty.jinjiang().achievements();
        assertThat(all).allSatisfy(a -> assertThat(a.origin()).isEqualTo(a.region().value().startsWith("35")
                ? AchievementOrigin.IN_PROVINCE : AchievementOrigin.OUT_OF_PROVINCE));
        assertThat(all).extracting(Achievement::maturity).contains(3, 9).containsOnlyOnce((Integer) null);
    }
}
