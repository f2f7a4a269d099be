package org.countychain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.json.CountyChainJson;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/** A platform's hosts, links served, dates and services (format version 2). */
class PlatformFieldsTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();

    private static InnovationPlatform platform(List<HostOrganisation> hosts, List<String> links, List<String> services) {
        return new InnovationPlatform("p1", "平台", PlatformType.PILOT_TEST_PLATFORM, InstitutionLevel.CITY,
                DivisionCode.of("350582"), List.of(), null, null, List.of(), hosts, links, null, null, services);
    }

    @Test
    void hostsLinksAndServicesAreUnique() {
        InvalidInputException hosts = (InvalidInputException) catchThrowable(() -> platform(
                List.of(new HostOrganisation("某大学", null), new HostOrganisation(" 某大学 ", null)), List.of(),
                List.of()));
        assertThat(hosts.errorCode()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(hosts.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("hosts[1]", "依托单位名称", "某大学");
        InvalidInputException links = (InvalidInputException) catchThrowable(() -> platform(List.of(),
                List.of("up", "up"), List.of()));
        assertThat(links.getMessage(Locale.ENGLISH)).contains("linkIds[1]", "up");
        InvalidInputException services = (InvalidInputException) catchThrowable(() -> platform(List.of(), List.of(),
                List.of("中试", "中试")));
        assertThat(services.getMessage(Locale.ENGLISH)).contains("services[1]", "service");
        assertThat(catchThrowable(() -> new HostOrganisation(" ", null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theOlderFormsHaveNone() {
        InnovationPlatform old = new InnovationPlatform("p1", "平台", PlatformType.INCUBATOR, InstitutionLevel.CITY,
                DivisionCode.of("350582"), List.of(), null, null);
        assertThat(old.hosts()).isEmpty();
        assertThat(old.linkIds()).isEmpty();
        assertThat(old.services()).isEmpty();
        assertThat(old.establishedOn()).isNull();
        assertThat(old.recognisedOn()).isNull();
    }

    @Test
    void jsonReadsAndWritesThem() {
        String text = "{\"id\":\"p1\",\"name\":\"平台\",\"type\":\"中试平台\",\"level\":\"CITY\",\"county\":\"350582\","
                + "\"hosts\":[{\"name\":\"某大学\"},{\"name\":\"某公司\",\"creditCode\":\"91350582MA2YB3E685\"}],"
                + "\"linkIds\":[\"up\"],\"establishedOn\":\"2020-01-02\",\"recognisedOn\":\"2021-03-04\","
                + "\"services\":[\"检验检测\"]}";
        InnovationPlatform p = JSON.read(text, InnovationPlatform.class);
        assertThat(p.hosts()).extracting(HostOrganisation::name).containsExactly("某大学", "某公司");
        assertThat(p.hosts().get(1).creditCode().value()).isEqualTo("91350582MA2YB3E685");
        assertThat(p.establishedOn()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(p.recognisedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(JSON.read(JSON.writeToString(p), InnovationPlatform.class)).isEqualTo(p);
        InvalidInputException bad = (InvalidInputException) catchThrowable(() -> JSON.read(
                text.replace("2020-01-02", "2020-13-02"), InnovationPlatform.class));
        assertThat(bad.location().path()).isEqualTo("establishedOn");
        InvalidInputException unknown = (InvalidInputException) catchThrowable(() -> JSON.read(
                text.replace("{\"name\":\"某大学\"}", "{\"name\":\"某大学\",\"code\":\"x\"}"), InnovationPlatform.class));
        assertThat(unknown.errorCode()).isEqualTo(ErrorCode.JSON_UNKNOWN_FIELD);
        assertThat(unknown.location().path()).isEqualTo("hosts[0].code");
    }

    @Test
    void theSampleHasJointlyBuiltPlatformsWithLinksDatesAndServices() {
        List<InnovationPlatform> all = SampleCounty.jinjiang().platforms();
        assertThat(all).anySatisfy(p -> {
            assertThat(p.hosts()).hasSizeGreaterThan(1);
            assertThat(p.hosts()).anyMatch(h -> h.creditCode() == null).anyMatch(h -> h.creditCode() != null);
        });
        assertThat(all).filteredOn(p -> !p.linkIds().isEmpty()).allSatisfy(p -> {
            assertThat(p.services()).isNotEmpty();
            assertThat(p.recognisedOn()).isAfterOrEqualTo(p.establishedOn());
        });
    }
}
