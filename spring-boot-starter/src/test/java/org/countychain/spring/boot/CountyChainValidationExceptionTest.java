package org.countychain.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.sample.SampleCounty;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The exception a request body's failed {@code @Valid} gives keeps its whole validation result through Java
 * serialization (a session store, a remote call), not only its message.
 */
class CountyChainValidationExceptionTest {
    @Test
    void keepsItsValidationResultThroughJavaSerialization() throws Exception {
        Enterprise sample = SampleCounty.jinjiang().enterprises().get(0);
        AnnualRdFigures year = sample.years().get(0);
        Enterprise invalid = sample.toBuilder().years(List.of(year.toBuilder()
                .operatingRevenue(new BigDecimal("12.345")).build())).build();
        CountyChainValidationException thrown;
        try (CountyChainValidator validator = CountyChainValidator.create()) {
            CountyChainSpringValidator spring = new CountyChainSpringValidator(validator,
                    new RequestLocales(Locale.SIMPLIFIED_CHINESE));
            thrown = catchThrowableOfType(CountyChainValidationException.class,
                    () -> spring.validate(invalid, new BeanPropertyBindingResult(invalid, "enterprise")));
        }
        assertThat(thrown.result().errors()).as("the case has errors").isNotEmpty();

        CountyChainValidationException read = roundTrip(thrown);
        CountyChainValidationException twice = roundTrip(read);

        for (CountyChainValidationException copy : List.of(read, twice)) {
            assertThat(copy.result()).isEqualTo(thrown.result());
            assertThat(copy.result().errorCount()).isEqualTo(thrown.result().errorCount());
            assertThat(copy.result().errors()).extracting(Violation::code, Violation::path, Violation::message)
                    .isEqualTo(thrown.result().errors().stream()
                            .map(v -> org.assertj.core.groups.Tuple.tuple(v.code(), v.path(), v.message())).toList());
            assertThat(copy.getMessage()).isEqualTo(thrown.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
