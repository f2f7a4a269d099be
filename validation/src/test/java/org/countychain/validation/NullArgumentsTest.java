package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.countychain.division.Divisions;
import org.countychain.report.ReportTemplates;
import org.countychain.sample.SampleCounty;

/**
 * A caller's {@code null} where the validation facade takes none is a programming error: a
 * {@link NullPointerException} whose message is the parameter's name, never a violation or a data error.
 */
class NullArgumentsTest {
    private static void npeNaming(String parameter, ThrowingCallable call) {
        assertThatThrownBy(call).as(parameter).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
    }

    @Test
    void validatorFacade() {
        CountyChainValidator validator = Fixtures.VALIDATOR;
        npeNaming("target", () -> validator.validate(null));
        npeNaming("target", () -> validator.validate(null, Locale.ENGLISH));
        npeNaming("groups", () -> validator.validate(SampleCounty.jinjiang(), (Class<?>[]) null));
        npeNaming("groups", () -> validator.validate(SampleCounty.jinjiang(), Locale.ENGLISH, (Class<?>[]) null));
        CountyChainValidator.Builder b = CountyChainValidator.builder();
        npeNaming("divisions", () -> b.divisions((Divisions) null));
        npeNaming("templates", () -> b.templates((ReportTemplates) null));
    }
}
