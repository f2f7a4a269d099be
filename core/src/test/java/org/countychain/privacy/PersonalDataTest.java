package org.countychain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {
    @ParameterizedTest
    @CsvSource({
            "13812345678, 138****5678",
            "138-1234-5678, 138-****-5678",
            "0595-85550101, 059*-****0101",
            "+86 13812345678, +86 1******5678",
            "1234567, *******",
            "12345678, 123*5678"
    })
    void phonesKeepTheirFirstThreeAndLastFourDigits(String phone, String masked) {
        assertThat(PersonalData.MASKED.phone(phone)).isEqualTo(masked);
        assertThat(PersonalData.FULL.phone(phone)).isEqualTo(phone);
        assertThat(PersonalData.MASKED.phone(null)).isNull();
    }

    @Test
    void phonesInFreeTextAreMaskedAndNothingElse() {
        assertThat(PersonalData.MASKED.text("刘振宇（样例） 13800000106")).isEqualTo("刘振宇（样例） 138****0106");
        assertThat(PersonalData.MASKED.text("电话0595-85550201，传真0595-85550202"))
                .isEqualTo("电话059*-****0201，传真059*-****0202");
        // Not phones: a credit code, a year, a short number. A run of 7 to 13 digits is taken for one (an amount
        // written without separators too: masking too much is the safe side in a contact column).
        assertThat(PersonalData.MASKED.text("代码913505822601883451，2024年，分机123，投入1500000元"))
                .isEqualTo("代码913505822601883451，2024年，分机123，投入*******元");
        assertThat(PersonalData.MASKED.text("GR202235000318")).isEqualTo("GR202235000318");
        assertThat(PersonalData.FULL.text("刘振宇 13800000106")).isEqualTo("刘振宇 13800000106");
    }
}
