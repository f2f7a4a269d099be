package org.countychain.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.countychain.validation.Fixtures;
import org.countychain.validation.Violation;
import org.countychain.validation.internal.PhoneNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @ContactPhone}: mobiles and landlines, and the masking of what is shown.
 */
class ContactPhoneConstraintTest {
    record Contact(@ContactPhone String phone) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "138-1234-5678", "138 1234 5678", "+8613812345678",
            "+86 13812345678", "+86-138-1234-5678", "008613812345678", "0591-87654321", "059187654321",
            "0595 85550101", "(0591)87654321", "010-62345678", "021-6123456", "0591-87654321-123",
            "0591-87654321转8001", "0591-87654321 ext 12", "0591-87654321 ext. 12", "0591-87654321#9",
            "0591-87654321x9"})
    void validNumbers(String phone) {
        assertThat(Fixtures.violations(new Contact(phone))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1381234567", "138123456789", "12812345678", "23812345678", "1381234567a",
            "138--1234-5678", "13-81234-5678", "0591-1234567", "0591-0234567", "0591-876543210", "591-87654321",
            "0000-87654321", "011-12345678", "(0591-87654321", "0591-87654321-1234567", "0591-87654321转",
            "87654321", "", "+85213812345678", "138 1234 5678 ", "电话13812345678"})
    void invalidNumbers(String phone) {
        assertThat(Fixtures.codes(new Contact(phone))).containsExactly("CV-0121");
    }

    @Test
    void theInvalidValueIsMasked() {
        Violation v = Fixtures.violations(new Contact("1381234567")).get(0);
        assertThat(v.invalidValue()).isEqualTo("138***4567");
        assertThat(v.message()).startsWith("联系电话格式不正确");
    }

    @ParameterizedTest
    @CsvSource({"13812345678,138****5678", "0591-87654321,059******4321", "1234567,*******", "12,**"})
    void masking(String value, String masked) {
        assertThat(PhoneNumbers.mask(value)).isEqualTo(masked);
    }

    record Person(@Percentage(payload = PersonalInformation.class) Integer secretScore) {
    }

    @Test
    void personalDataPayloadMasksToo() {
        assertThat(Fixtures.violations(new Person(123456789)).get(0).invalidValue()).isEqualTo("123**6789");
    }
}
