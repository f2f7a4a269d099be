package org.countychain.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.countychain.internal.DirectJsonReader;

/**
 * The strict number reading of {@link CountyChainJson}'s own mapper. Not part of {@link CountyChainModule}, which
 * must not change how an integrator's mapper reads the {@code BigDecimal}s of their other types.
 */
final class StrictScalars {
    /**
     * The most digits an amount may have written out in full: the longest number Jackson reads by default, so
     * that whatever is read can be written back.
     */
    static final int MAX_PLAIN_DIGITS = DirectJsonReader.MAX_PLAIN_DIGITS;

    private StrictScalars() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("org.countychain.json.StrictScalars", Version.unknownVersion());
        m.addDeserializer(BigDecimal.class, new Decimals());
        return m;
    }

    /**
     * Reads a JSON number into a {@link BigDecimal} exactly. An exponent that leaves a negative scale
     * ({@code 1e3}) is normalised to scale 0, so that the value read equals the value read back after writing
     * ({@code 1000}); a number whose plain form would be absurdly long ({@code 1e999999999}) is rejected rather
     * than accepted and then impossible to write.
     */
    private static final class Decimals extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        Decimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            BigDecimal value = p.getDecimalValue();
            int scale = value.scale();
            long plainDigits = Math.max((long) value.precision() - scale, 1L) + Math.max(scale, 0);
            if (plainDigits > MAX_PLAIN_DIGITS) {
                JsonLocation at = p.currentTokenLocation();
                throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, new Location(null, at.getLineNr(),
                        at.getColumnNr(), ""), List.of(p.getText(), "at most " + MAX_PLAIN_DIGITS + " digits"), null);
            }
            return scale < 0 ? value.setScale(0) : value;
        }
    }
}
