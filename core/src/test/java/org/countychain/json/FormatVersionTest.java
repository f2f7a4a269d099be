package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningResult;
import org.countychain.rules.model.Finding;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * Format versions: a file of the first format (the 晋江 sample as the previous release wrote it, kept as a fixture)
 * still reads, into the current model, and screens as before; the fixture county that uses every field of the
 * current format reads and writes back byte for byte. Regenerate that fixture after adding a field with
 * {@code -Dcountychain.regenerateEveryFieldFixture=true} (run in {@code core}) and review the diff.
 */
class FormatVersionTest {
    private static final String REGENERATE = "countychain.regenerateEveryFieldFixture";
    private static final Path EVERY_FIELD_SOURCE = Path.of("src", "test", "resources", "org", "countychain", "json",
            "fixtures", "valid", "county-every-field.json");
    private static final CountyChainJson JSON = CountyChainJson.defaults();

    private static CountyDataset previousSample() throws IOException {
        try (InputStream in = FormatVersionTest.class.getResourceAsStream(
                "/org/countychain/json/fixtures/format-1/jinjiang-2024.json")) {
            assertThat(in).as("the first format's sample fixture").isNotNull();
            return JSON.readCountyDataset(in, "jinjiang-2024.json");
        }
    }

    @Test
    void theFirstFormatsSampleReadsIntoTheCurrentModel() throws IOException {
        CountyDataset old = previousSample();
        assertThat(old.formatVersion()).isEqualTo(CountyDataset.CURRENT_FORMAT_VERSION);
        CountyDataset now = SampleCounty.jinjiang();
        assertThat(old.enterprises()).extracting(Enterprise::creditCode)
                .containsExactlyElementsOf(now.enterprises().stream().map(Enterprise::creditCode).toList());
        // Fields the first format did not have are absent; a year without its own status takes the enterprise's.
        for (Enterprise e : old.enterprises()) {
            assertThat(e.industryName()).isNull();
            assertThat(e.industrial()).isNull();
            assertThat(e.registeredAddress()).isNull();
            assertThat(e.years()).extracting(AnnualRdFigures::aboveScale).containsOnlyNulls();
            for (AnnualRdFigures f : e.years()) {
                assertThat(e.aboveScaleIn(f.year())).isEqualTo(e.aboveScale());
            }
            if (e.serviceContact() != null) {
                assertThat(e.serviceContact().role()).isNull();
                assertThat(e.serviceContact().belongsToTalentTeam()).isFalse();
            }
        }
        // Written again, it is a current-format document.
        assertThat(JSON.writeToString(old)).startsWith("{\n  \"formatVersion\" : 2,\n");
    }

    @Test
    void theFirstFormatsSampleScreensAsTheCurrentSampleDoes() throws IOException {
        RuleEngine engine = RuleEngine.defaults();
        ScreeningResult old = engine.screen(previousSample());
        ScreeningResult now = engine.screen(SampleCounty.jinjiang());
        // R4 needs what version 2 added: in the old file nothing is aimed at any of the map's 15 bottlenecks.
        assertThat(old.count("R4-UNADDRESSED-BOTTLENECK")).isEqualTo(15);
        assertThat(now.count("R4-UNADDRESSED-BOTTLENECK")).isEqualTo(5);
        // The watch list's reasons are version 2's too: R12 finds the same enterprises, without the reason. The
        // sample gave its high-tech enterprises contacts after the old file was written: R11's visit list has the
        // same enterprises and certificates, with contacts only in the current sample.
        assertThat(old.findings().stream().filter(f -> !f.code().startsWith("R4-")))
                .extracting(Finding::code, f -> f.subject().id(), f -> withoutReason(f.evidence()))
                .containsExactlyElementsOf(now.findings().stream().filter(f -> !f.code().startsWith("R4-"))
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.code(), f.subject().id(),
                                withoutReason(f.evidence())))
                        .toList());
        assertThat(old.findingsWithCode("R12-WATCHED-INTERMEDIARY")).hasSize(2)
                .allSatisfy(f -> assertThat(f.evidence().get("listingReason")).isNull());
        assertThat(now.findingsWithCode("R12-WATCHED-INTERMEDIARY")).hasSize(2)
                .allSatisfy(f -> assertThat(f.evidence().get("listingReason")).isNotBlank());
    }

    private static java.util.Map<String, String> withoutReason(java.util.Map<String, String> evidence) {
        java.util.Map<String, String> copy = new java.util.LinkedHashMap<>(evidence);
        copy.remove("listingReason");
        if (copy.containsKey("issuedOn")) {
            List.of("serviceContact", "contactRole", "contactTeamMember", "contactTeamId").forEach(copy::remove);
        }
        return copy;
    }

    @Test
    void anExplicitFirstVersionReadsAndANewerVersionIsRefused() {
        String head = "{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":2024";
        assertThat(JSON.read("{\"formatVersion\":1," + head.substring(1) + "}", CountyDataset.class).formatVersion())
                .isEqualTo(2);
        assertThat(JSON.read(head + ",\"formatVersion\":null}", CountyDataset.class).formatVersion()).isEqualTo(2);
        for (int bad : List.of(3, -1)) {
            Throwable t = catchThrowable(() -> JSON.read("{\"formatVersion\":" + bad + "," + head.substring(1) + "}",
                    CountyDataset.class));
            assertThat(t).isInstanceOf(InvalidInputException.class);
            InvalidInputException e = (InvalidInputException) t;
            assertThat(e.errorCode()).isEqualTo(ErrorCode.FORMAT_VERSION);
            assertThat(e.errorCode().code()).isEqualTo("CC-1401");
            assertThat(e.location().path()).isEqualTo("formatVersion");
            assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("不支持的数据格式版本 " + bad);
            assertThat(e.getMessage(Locale.ENGLISH)).contains("unsupported data format version " + bad)
                    .contains("versions 1 to 2");
        }
    }

    @Test
    void theEveryFieldCountyRoundTripsByteForByte() throws IOException, URISyntaxException {
        CountyDataset county = EveryFieldCounty.county();
        byte[] written = JSON.writeToBytes(county);
        if (Boolean.getBoolean(REGENERATE)) {
            Files.write(EVERY_FIELD_SOURCE, written);
        }
        byte[] fixture;
        try (InputStream in = FormatVersionTest.class.getResourceAsStream(
                "/org/countychain/json/fixtures/valid/county-every-field.json")) {
            assertThat(in).isNotNull();
            fixture = Boolean.getBoolean(REGENERATE) ? Files.readAllBytes(EVERY_FIELD_SOURCE) : in.readAllBytes();
        }
        assertThat(new String(fixture, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(written, java.nio.charset.StandardCharsets.UTF_8));
        CountyDataset read = JSON.read(new String(fixture, java.nio.charset.StandardCharsets.UTF_8),
                CountyDataset.class);
        assertThat(read).isEqualTo(county);
        assertThat(JSON.writeToBytes(read)).isEqualTo(fixture);
    }

    @Test
    void theEveryFieldCountySetsEveryFieldOfTheNewTypes() {
        EveryFieldCounty.assertEveryComponentSet(EveryFieldCounty.county());
    }
}
