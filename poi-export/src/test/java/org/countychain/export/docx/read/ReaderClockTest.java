package org.countychain.export.docx.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ReportTemplates;
import org.junit.jupiter.api.Test;

/**
 * The reporting year of a document that names none, read against an edition whose id names none: the reader's
 * clock decides, so the same document reads the same year on any day when the caller fixes it.
 */
class ReaderClockTest {
    /** The built-in edition under an id without a year, as a city's own edition might be. */
    private static ReportReader cityEdition() {
        ReportTemplate builtIn = ReportTemplates.fujian2024();
        ReportTemplate own = new ReportTemplate("city-own", builtIn.source(), builtIn.title(), builtIn.placeholder(),
                builtIn.chapters());
        return ReportReader.defaults().withTemplates(ReportTemplates.builtIn().toBuilder().add(own).build())
                .withEdition("city-own");
    }

    private static int yearRead(ReportReader reader) {
        // Written by LibreOffice: no custom properties, so no year and no preparation date of its own.
        try (InputStream in = ReaderClockTest.class.getResourceAsStream("fixtures/typed-headings.docx")) {
            return reader.read(in, "typed-headings.docx").report().year();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void theClockGivesTheYearWhenNothingElseDoes() {
        assertThat(yearRead(cityEdition().withClock(at("2025-06-01T00:00:00Z")))).isEqualTo(2025);
        assertThat(yearRead(cityEdition().withClock(at("2031-06-01T00:00:00Z")))).isEqualTo(2031);
    }

    @Test
    void theClocksZoneDecidesAroundNewYear() {
        // 2025-12-31 17:00 UTC is already 2026 in Beijing.
        Instant newYearInBeijing = Instant.parse("2025-12-31T17:00:00Z");
        assertThat(yearRead(cityEdition().withClock(Clock.fixed(newYearInBeijing, ZoneId.of("Asia/Shanghai")))))
                .isEqualTo(2026);
        assertThat(yearRead(cityEdition().withClock(Clock.fixed(newYearInBeijing, ZoneOffset.UTC))))
                .isEqualTo(2025);
    }

    @Test
    void anEditionNamingAYearWinsOverTheClock() {
        assertThat(yearRead(ReportReader.defaults().withEdition("fujian-2024")
                .withClock(at("2031-06-01T00:00:00Z")))).isEqualTo(2024);
    }

    @Test
    void aNullClockIsAProgrammingError() {
        assertThatNullPointerException().isThrownBy(() -> ReportReader.defaults().withClock(null))
                .withMessageContaining("clock");
    }
}
