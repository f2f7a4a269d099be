package org.countychain.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.countychain.test.CountyChainAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.ViolationSeverity;
import org.countychain.validation.Submission;

/**
 * Each variant of the sample has its one planted error, at its path, and nothing else new: the test kit's promise
 * to integrators' tests, checked against the real validator.
 */
class PlantedErrorTest {
    private static final CountyChainValidator VALIDATOR = CountyChainValidator.create();

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    @Test
    void theSampleIsValidWithItsThreeWarnings() {
        assertThat(VALIDATOR.validate(SampleData.county())).isValid().hasWarnings(SampleData.WARNINGS.size());
        assertThat(VALIDATOR.validate(SampleData.county(), Submission.class)).isValid().hasWarnings(3);
    }

    @ParameterizedTest
    @EnumSource(PlantedError.class)
    void eachVariantHasExactlyItsOneError(PlantedError error) {
        var county = SampleData.withError(error);
        assertThat(VALIDATOR.validate(county, Submission.class))
                .hasExactlyErrors(error.code()).hasWarnings(3)
                .hasViolation(error.code()).at(error.path()).withSeverity(ViolationSeverity.ERROR);
        if (error.submissionOnly()) {
            assertThat(VALIDATOR.validate(county)).isValid();
        } else {
            assertThat(VALIDATOR.validate(county)).hasExactlyErrors(error.code());
        }
    }

    @Test
    void thePhoneOfTheVariantIsMaskedInItsViolation() {
        assertThat(VALIDATOR.validate(SampleData.withError(PlantedError.MALFORMED_PHONE)))
                .hasViolation("CV-0121").at("enterprises[9].serviceContact.phone").withInvalidValue("059****5501");
    }

    @Test
    void theJsonVariantReadsBackToTheSameDataSet() {
        String json = SampleData.jsonWithError(PlantedError.RETIRED_COUNTY);
        assertThat(VALIDATOR.validate(org.countychain.json.CountyChainJson.defaults()
                .read(json, org.countychain.dataset.CountyDataset.class)))
                .hasViolation("CV-0114").at("enterprises[2].county");
        org.assertj.core.api.Assertions.assertThat(SampleData.json()).contains("\"unitName\" : \"晋江市\"");
    }

    @Test
    void anAssertionThatDoesNotHoldFailsWithTheViolationsListed() {
        var result = VALIDATOR.validate(SampleData.withError(PlantedError.MALFORMED_PHONE));
        assertThatThrownBy(() -> assertThat(result).hasViolation("CV-0121").at("enterprises[8].serviceContact.phone"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("enterprises[9].serviceContact.phone");
        assertThatThrownBy(() -> assertThat(result).isValid())
                .isInstanceOf(AssertionError.class).hasMessageContaining("CV-0121");
        assertThatThrownBy(() -> assertThat(result).hasViolation("CV-0104"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CV-0121");
        assertThatThrownBy(() -> assertThat(result).hasViolation("CV-0121").withSeverity(ViolationSeverity.WARNING))
                .isInstanceOf(AssertionError.class);
    }
}
