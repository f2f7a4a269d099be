package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * Fujian's pilot-era credit codes in validation: a warning with its own code that says why the code is accepted,
 * an error when the system is set to reject them, and a wrong check character outside the pilot's pattern stays
 * an error.
 */
class PilotEraValidationTest {
    /** 福建恒跃柳工机械销售有限公司, published as a pilot-era code by bluesky335/IDCheck (README.md). */
    private static final String PILOT = "91350100M0001TGQXM";
    /** The same code with its check character mistyped: outside the pilot's pattern. */
    private static final String PILOT_MISTYPED = "91350100M0001TGQXN";

    private static CountyDataset withFirstEnterpriseCode(String code) {
        CountyDataset sample = SampleCounty.jinjiang();
        List<Enterprise> enterprises = new ArrayList<>(sample.enterprises());
        Enterprise e = enterprises.get(0);
        enterprises.set(0, new Enterprise(CreditCode.parseLenient(code), e.name(), e.county(), e.industryCode(),
                e.chainIds(), e.aboveScale(), e.manufacturing(), e.scienceTechSme(), e.registeredOn(),
                e.highTechCertificates(), e.serviceContact(), e.years()));
        return sample.toBuilder().enterprises(enterprises).build();
    }

    private static List<Violation> at(ValidationResult result, String path) {
        // The credit-code findings only: a Fuzhou code on a 晋江 enterprise is also registered elsewhere (CV-0912).
        return result.violations().stream().filter(v -> v.path().equals(path) && v.code().startsWith("CV-01"))
                .toList();
    }

    @Test
    void aPilotEraCodeIsAWarningThatSaysWhyItIsAccepted() {
        ValidationResult zh = Fixtures.VALIDATOR.validate(withFirstEnterpriseCode(PILOT));
        assertThat(at(zh, "enterprises[0].creditCode")).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("CV-0106");
            assertThat(v.severity()).isEqualTo(ViolationSeverity.WARNING);
            assertThat(v.message()).contains("试点期", "予以接受", "“M”", "“1”");
            assertThat(v.invalidValue()).isEqualTo(PILOT);
        });
        assertThat(zh.errorCount()).isZero();
        ValidationResult en = Fixtures.VALIDATOR.validate(withFirstEnterpriseCode(PILOT), Locale.ENGLISH);
        assertThat(at(en, "enterprises[0].creditCode")).singleElement().satisfies(v ->
                assertThat(v.message()).contains("pilot-era", "accepted", "'M'", "'1'"));
    }

    @Test
    void aSettingMakesThemErrors() {
        try (CountyChainValidator strict = CountyChainValidator.builder().pilotEraCreditCodes(ViolationSeverity.ERROR)
                .build()) {
            ValidationResult result = strict.validate(withFirstEnterpriseCode(PILOT), Locale.ENGLISH);
            assertThat(at(result, "enterprises[0].creditCode")).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("CV-0106");
                assertThat(v.severity()).isEqualTo(ViolationSeverity.ERROR);
                assertThat(v.message()).contains("does not accept");
            });
            assertThat(result.isValid()).isFalse();
        }
        try (CountyChainValidator silent = CountyChainValidator.builder().withoutPilotEraWarning().build()) {
            assertThat(at(silent.validate(withFirstEnterpriseCode(PILOT)), "enterprises[0].creditCode")).isEmpty();
        }
    }

    @Test
    void aMistypedPilotEraCodeStaysAnError() {
        ValidationResult result = Fixtures.VALIDATOR.validate(withFirstEnterpriseCode(PILOT_MISTYPED));
        assertThat(at(result, "enterprises[0].creditCode")).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("CV-0104");
            assertThat(v.severity()).isEqualTo(ViolationSeverity.ERROR);
        });
    }

    @Test
    void theAnnotationOnTextAcceptsAndReportsThem() {
        record Form(@org.countychain.validation.constraints.ValidCreditCode
                    @org.countychain.validation.constraints.ValidCreditCode(
                            part = org.countychain.validation.constraints.ValidCreditCode.Part.PILOT_ERA,
                            payload = org.countychain.validation.constraints.Warning.class) String code) {
        }
        ValidationResult pilot = Fixtures.VALIDATOR.validate(new Form(PILOT));
        assertThat(pilot.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("CV-0106");
            assertThat(v.severity()).isEqualTo(ViolationSeverity.WARNING);
        });
        assertThat(Fixtures.VALIDATOR.validate(new Form(PILOT_MISTYPED)).violations()).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo("CV-0104"));
        assertThat(Fixtures.VALIDATOR.validate(new Form("91350100M000100Y43")).violations()).isEmpty();
    }
}
