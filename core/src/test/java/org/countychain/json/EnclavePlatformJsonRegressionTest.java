package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.countychain.division.DivisionCode;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.platform.EnclaveLocation;
import org.countychain.platform.InnovationPlatform;
import org.countychain.platform.PlatformType;
import org.junit.jupiter.api.Test;

/**
 * Regression: {@code @JsonIgnore} on {@code InnovationPlatform.isEnclave()} made Jackson drop the whole
 * {@code enclave} property (the is-getter and the record component share the name), so an enclave platform's
 * location was neither written nor read.
 */
class EnclavePlatformJsonRegressionTest {
    private final CountyChainJson json = CountyChainJson.defaults();

    @Test
    void enclaveLocationSurvivesARoundTripAndIsEnclaveIsNotWritten() {
        InnovationPlatform platform = new InnovationPlatform("p1", "飞地研发中心", PlatformType.ENCLAVE_RD_INSTITUTION,
                InstitutionLevel.CITY, DivisionCode.of("350582"), List.of("c1"), null,
                new EnclaveLocation("上海市", DivisionCode.of("310000")));
        String text = json.writeToString(platform);
        assertThat(text).contains("\"enclave\"").contains("上海市").doesNotContain("true");
        assertThat(json.read(text, InnovationPlatform.class)).isEqualTo(platform);
    }

    @Test
    void enclaveIsReadFromJson() {
        InnovationPlatform read = json.read("""
                {"id":"p1","name":"飞地研发中心","type":"异地研发机构","level":"CITY","county":"350582",
                 "enclave":{"place":"上海市","division":"310000"}}""", InnovationPlatform.class);
        assertThat(read.isEnclave()).isTrue();
        assertThat(read.enclave().division()).isEqualTo(DivisionCode.of("310000"));
    }
}
