package org.countychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.countychain.enterprise.AuxiliaryLedgerStyle;
import org.countychain.enterprise.Enterprise;
import org.countychain.json.LenientJsonReader;
import org.countychain.json.LenientRead;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exception type of the core keeps its code, location and message, in both languages, through Java
 * serialization (an exception sent between JVMs, or kept by a framework's session store). The message's values
 * are sent as what the message shows of them, whatever their type.
 */
class ExceptionSerializationTest {
    /** An argument that is not serializable: it travels as its text. */
    private static final class Unserializable {
        @Override
        public String toString() {
            return "第3行";
        }
    }

    static Stream<CountyChainException> exceptions() {
        InvalidInputException leniently = LenientJsonReader.defaults().read(new ByteArrayInputStream(
                "{\"creditCode\": 5}".getBytes(StandardCharsets.UTF_8)), "e.json", Enterprise.class)
                .problems().get(0);
        return Stream.of(
                new CountyChainException(ErrorCode.OUT_OF_RANGE, new Location("a.json", 3, 7, "years[0].employees"),
                        List.of(new BigDecimal("20000000.00"), "0..100000"), null),
                new InvalidInputException(ErrorCode.JSON_UNKNOWN_CONSTANT, "years[0].auxiliaryLedgerStyle",
                        AuxiliaryLedgerStyle.STYLE_2021, LocalDate.of(2024, 12, 31)),
                new InvalidInputException(ErrorCode.REFERENCE_DATA, null, List.of(new Unserializable()), null),
                new ReferenceDataException(ErrorCode.REFERENCE_DATA, null, List.of("GB/T 4754 C19", 42),
                        new IllegalStateException("cause")),
                new CountyChainIOException("in/企业.json", new NoSuchFileException("in/企业.json")),
                new CountyChainIOException(ErrorCode.IO, List.of("out", 'x', true)),
                leniently);
    }

    @ParameterizedTest
    @MethodSource("exceptions")
    void keepsCodeLocationAndMessageInBothLanguages(CountyChainException thrown) throws Exception {
        assertThat(thrown.arguments()).as("the case has arguments").isNotEmpty();
        CountyChainException read = roundTrip(thrown);

        assertThat(read).isExactlyInstanceOf(thrown.getClass());
        assertThat(read.errorCode()).isEqualTo(thrown.errorCode());
        assertThat(read.location()).isEqualTo(thrown.location());
        assertThat(read.arguments()).hasSameSizeAs(thrown.arguments());
        assertThat(read.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo(thrown.getMessage(Locale.SIMPLIFIED_CHINESE));
        assertThat(read.getMessage(Locale.ENGLISH)).isEqualTo(thrown.getMessage(Locale.ENGLISH));
        assertThat(read.reason(Locale.ENGLISH)).isEqualTo(thrown.reason(Locale.ENGLISH));
    }

    @ParameterizedTest
    @MethodSource("exceptions")
    void aDeserializedExceptionCanBeSentAgain(CountyChainException thrown) throws Exception {
        CountyChainException twice = roundTrip(roundTrip(thrown));

        assertThat(twice.getMessage(Locale.ENGLISH)).isEqualTo(thrown.getMessage(Locale.ENGLISH));
        assertThat(twice.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo(thrown.getMessage(Locale.SIMPLIFIED_CHINESE));
    }

    @org.junit.jupiter.api.Test
    void valuesTravelAsWhatTheMessageShows() throws Exception {
        InvalidInputException thrown = new InvalidInputException(ErrorCode.JSON_UNKNOWN_CONSTANT, null,
                List.of(AuxiliaryLedgerStyle.STYLE_2021, new BigDecimal("1.50"), new Unserializable()), null);

        List<Object> read = roundTrip(thrown).arguments();

        assertThat(read.get(0)).isInstanceOf(Labelled.class).hasToString("2021版");
        assertThat(((Labelled) read.get(0)).displayName(Locale.ENGLISH)).isEqualTo("style 2021");
        assertThat(read.get(1)).isEqualTo(new BigDecimal("1.50"));
        assertThat(read.get(2)).isEqualTo("第3行");
        assertThat(read).isUnmodifiable();
    }

    @org.junit.jupiter.api.Test
    void theLenientReadersProblemIsOneOfThem() {
        LenientRead<Enterprise> read = LenientJsonReader.defaults().read(new ByteArrayInputStream(
                "{\"creditCode\": 5}".getBytes(StandardCharsets.UTF_8)), "e.json", Enterprise.class);

        assertThat(read.problems()).isNotEmpty();
        assertThat(read.problems().get(0).getClass()).isNotEqualTo(InvalidInputException.class);
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
