package org.countychain.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.junit.jupiter.api.Test;

class DivisionsTest {
    private final Divisions fujian = Divisions.fujian();

    @Test
    void fujianHasNineCitiesAnd84CountyLevelUnitsOf83Counted() {
        assertThat(fujian.cities()).hasSize(9);
        assertThat(fujian.counties()).hasSize(84);
        assertThat(fujian.countedCounties()).hasSize(83)
                .noneMatch(d -> d.code().value().equals("350527"));
        assertThat(fujian.find("350527")).hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("金门县"));
        assertThat(fujian.isCounted(DivisionCode.of("350527"))).isFalse();
        assertThat(fujian.isCounted(DivisionCode.of("350582"))).isTrue();
    }

    @Test
    void reportingUnitsAreTenCityLevelAnd83Counties() {
        assertThat(fujian.cityLevelUnits()).hasSize(10)
                .extracting(ReportingUnit::name).contains("福州市", "宁德市", "平潭综合实验区");
        assertThat(fujian.countyLevelUnits()).hasSize(83);
        int covered = fujian.cityLevelUnits().stream().mapToInt(u -> u.covers().size()).sum();
        assertThat(covered).as("every counted county is covered exactly once").isEqualTo(83);
    }

    @Test
    void pingtanReportsLikeACity() {
        ReportingUnit pingtan = fujian.reportingUnit(Divisions.PINGTAN_ID).orElseThrow();
        assertThat(pingtan.kind()).isEqualTo(ReportingUnitKind.EXPERIMENTAL_ZONE);
        assertThat(pingtan.covers()).containsExactly(DivisionCode.of("350128"));
        assertThat(fujian.cityLevelUnitOf(DivisionCode.of("350128"))).contains(pingtan);
        ReportingUnit fuzhou = fujian.reportingUnit("350100").orElseThrow();
        assertThat(fuzhou.covers()).doesNotContain(DivisionCode.of("350128")).contains(DivisionCode.of("350181"));
        assertThat(fujian.reportingUnit("350128").orElseThrow().parentId()).isEqualTo(Divisions.PINGTAN_ID);
    }

    @Test
    void lookupByNameAcceptsOfficialAndShortNames() {
        assertThat(fujian.byName("晋江市").map(Division::code)).contains(DivisionCode.of("350582"));
        assertThat(fujian.byName("晋江").map(Division::code)).contains(DivisionCode.of("350582"));
        assertThat(fujian.byName(" 德化县 ").map(Division::code)).contains(DivisionCode.of("350526"));
        assertThat(fujian.byName("泉州").map(Division::code)).contains(DivisionCode.of("350500"));
        assertThat(fujian.byName("沙县区").map(Division::code)).contains(DivisionCode.of("350405"));
        assertThat(fujian.byName("杭州市")).isEmpty();
        assertThat(fujian.byName("")).isEmpty();
        assertThat(fujian.byName(null)).isEmpty();
    }

    @Test
    void retiredCodesMapToSuccessors() {
        assertThat(fujian.find("350427")).isEmpty();
        DivisionChange shaxian = fujian.successorOf(DivisionCode.of("350427")).orElseThrow();
        assertThat(shaxian.newCode()).isEqualTo(DivisionCode.of("350405"));
        assertThat(shaxian.newName()).isEqualTo("沙县区");
        assertThat(shaxian.confirmed()).isTrue();
        assertThat(fujian.current(DivisionCode.of("350402")).map(Division::name)).contains("三元区");
        assertThat(fujian.current(DivisionCode.of("350182")).map(Division::name)).contains("长乐区");
        assertThat(fujian.successorOf(DivisionCode.of("350784")).orElseThrow().confirmed()).isFalse();
        assertThat(fujian.isKnown(DivisionCode.of("350681"))).isTrue();
        assertThat(fujian.isKnown(DivisionCode.of("330100"))).isFalse();
        assertThat(fujian.cityLevelUnitOf(DivisionCode.of("350427")).map(ReportingUnit::id)).contains("350400");
    }

    @Test
    void everyCountyHasAnExistingCityAsParent() {
        for (Division county : fujian.counties()) {
            assertThat(fujian.find(county.parent())).as(county.toString())
                    .hasValueSatisfying(p -> assertThat(p.level()).isEqualTo(DivisionLevel.CITY));
            assertThat(county.code().prefecture()).isEqualTo(county.parent());
        }
    }

    @Test
    void getUnknownCodeFailsWithCode() {
        assertThatThrownBy(() -> fujian.get(DivisionCode.of("350599")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.DIVISION_UNKNOWN));
    }

    @Test
    void divisionCodeForm() {
        assertThat(DivisionCode.isWellFormed("350582")).isTrue();
        for (String bad : new String[] {"35058", "3505821", "35058A", "３５０５８２", "", null}) {
            assertThat(DivisionCode.isWellFormed(bad)).as(String.valueOf(bad)).isFalse();
        }
        assertThatThrownBy(() -> DivisionCode.of("35058A"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.DIVISION_CODE_FORMAT));
        DivisionCode jinjiang = DivisionCode.of(" 350582 ");
        assertThat(jinjiang.prefecture()).isEqualTo(DivisionCode.of("350500"));
        assertThat(jinjiang.province()).isEqualTo(DivisionCode.of("350000"));
        assertThat(jinjiang.isCountyLevel()).isTrue();
        assertThat(DivisionCode.of("350500").isPrefectureLevel()).isTrue();
        assertThat(DivisionCode.of("350000").isProvinceLevel()).isTrue();
    }

    @Test
    void builderMakesAnotherProvince() {
        Divisions tiny = Divisions.builder()
                .division(new Division(DivisionCode.of("330000"), "浙江省", DivisionLevel.PROVINCE, null))
                .division(new Division(DivisionCode.of("330100"), "杭州市", DivisionLevel.CITY,
                        DivisionCode.of("330000")))
                .division(new Division(DivisionCode.of("330106"), "西湖区", DivisionLevel.COUNTY,
                        DivisionCode.of("330100")))
                .build();
        assertThat(tiny.cityLevelUnits()).extracting(ReportingUnit::covers)
                .containsExactly(List.of(DivisionCode.of("330106")));
        assertThatThrownBy(() -> Divisions.builder()
                .division(new Division(DivisionCode.of("330100"), "杭州市", DivisionLevel.CITY,
                        DivisionCode.of("330000")))
                .division(new Division(DivisionCode.of("330100"), "杭州", DivisionLevel.CITY,
                        DivisionCode.of("330000"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE));
    }

    @Test
    void cityLevelUnitOfAnIdAnswersAsForItsCodeAndNothingForWhatIsNoCounty() {
        assertThat(fujian.cityLevelUnitOf("350582").map(ReportingUnit::id)).contains("350500");
        assertThat(fujian.cityLevelUnitOf(" 350128 ").map(ReportingUnit::id)).contains(Divisions.PINGTAN_ID);
        assertThat(fujian.cityLevelUnitOf("350427")).isEqualTo(fujian.cityLevelUnitOf(DivisionCode.of("350427")));
        assertThat(fujian.cityLevelUnitOf(Divisions.PINGTAN_ID)).isEmpty();
        assertThat(fujian.cityLevelUnitOf("35058")).isEmpty();
        assertThat(fujian.cityLevelUnitOf("990101")).isEmpty();
        assertThat(fujian.cityLevelUnitOf((String) null)).isEmpty();
    }
}
