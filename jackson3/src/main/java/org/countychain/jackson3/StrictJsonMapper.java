package org.countychain.jackson3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * A Jackson 3 {@link JsonMapper} with the settings of {@link org.countychain.json.CountyChainJson}'s own mapper
 * (严格读取与确定性写出), for a Jackson 3 application that reads and writes the CountyChain format itself:
 * <ul>
 *   <li>the same strict reading: unknown fields, duplicate keys, trailing tokens, float-to-int truncation and
 *       coercion between strings, numbers and booleans are errors; every decimal is read exactly into
 *       {@link BigDecimal}, and one whose plain form exceeds {@value #MAX_PLAIN_DIGITS} digits is refused;</li>
 *   <li>the same writing: {@link #writeToBytes(JsonMapper, Object)} gives byte for byte what
 *       {@code CountyChainJson.writeToBytes} gives (two-space indentation, {@code \n}, record component order,
 *       no {@code null}s, plain decimals, a final line break).</li>
 * </ul>
 * What differs is the errors: a mapper throws Jackson's exceptions. For the library's coded errors
 * ({@code CC-1103} at {@code enterprises[3].creditCode}) read through {@code CountyChainJson}, which runs on the
 * Jackson 2 that {@code countychain-core} depends on.
 *
 * @since 0.1.0
 */
public final class StrictJsonMapper {
    /** The most digits a decimal may have written out in full, as in {@code CountyChainJson}. */
    public static final int MAX_PLAIN_DIGITS = 1000;

    private StrictJsonMapper() {
    }

    /**
     * A new strict mapper with {@link CountyChainJacksonModule}.
     *
     * @return the mapper
     */
    public static JsonMapper newMapper() {
        return builder().build();
    }

    /**
     * A builder with the strict settings and {@link CountyChainJacksonModule}, for an application that adds its
     * own modules or features.
     *
     * @return the builder
     */
    public static JsonMapper.Builder builder() {
        SimpleModule decimals = new SimpleModule("org.countychain.jackson3.StrictDecimals", Version.unknownVersion());
        decimals.addDeserializer(BigDecimal.class, new StrictDecimals());
        return JsonMapper.builder()
                .addModule(new CountyChainJacksonModule())
                .addModule(decimals)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Jackson 2's default, which the format was written against: an absent flag or count is false or 0.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.INDENT_OUTPUT)
                // Jackson 2's writing, where Jackson 3 changed the default: characters outside the BMP as
                // \uD83D\uDE00 escapes, '/' unescaped.
                .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                // Jackson 3 sorts properties by default; the format keeps the records' component order.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL));
    }

    /**
     * The writer of the format's layout on a mapper: two-space indentation, {@code \n} line ends and
     * {@code "name" : value}, as the Jackson 2 writer of {@code CountyChainJson}.
     *
     * @param mapper a mapper, usually from {@link #newMapper()}
     * @return the writer
     */
    public static ObjectWriter formatWriter(JsonMapper mapper) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.BOTH))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.writer().with(printer);
    }

    /**
     * Writes a model value in the format, ending with a line break: the same bytes as
     * {@code CountyChainJson.writeToBytes(value)}.
     *
     * @param mapper a strict mapper, from {@link #newMapper()}
     * @param value  the value
     * @return UTF-8 JSON
     */
    public static byte[] writeToBytes(JsonMapper mapper, Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(mapper, value, out);
        return out.toByteArray();
    }

    /**
     * Writes a model value in the format to a stream, ending with a line break; the stream is flushed, not
     * closed.
     *
     * @param mapper a strict mapper, from {@link #newMapper()}
     * @param value  the value
     * @param out    the stream
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(JsonMapper mapper, Object value, OutputStream out) {
        try {
            out.write(formatWriter(mapper).without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValueAsBytes(value));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON number into a {@link BigDecimal} exactly, as {@code CountyChainJson} reads it. */
    private static final class StrictDecimals extends StdScalarDeserializer<BigDecimal> {
        StrictDecimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            BigDecimal value = p.getDecimalValue();
            int scale = value.scale();
            long plainDigits = Math.max((long) value.precision() - scale, 1L) + Math.max(scale, 0);
            if (plainDigits > MAX_PLAIN_DIGITS) {
                throw ctxt.weirdNumberException(value, BigDecimal.class, "at most " + MAX_PLAIN_DIGITS + " digits");
            }
            return scale < 0 ? value.setScale(0) : value;
        }
    }
}
