package org.countychain.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.countychain.CountyChainException;
import org.countychain.CountyChainIOException;
import org.countychain.InvalidInputException;
import org.countychain.io.OutputFiles;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the CountyChain JSON format (JSON 格式读写), documented in {@code docs/json-format.md} with a
 * JSON Schema in {@code docs/schema/}. Thread-safe; one shared instance is enough.
 *
 * <ul>
 *   <li>Strict reading: unknown fields, float-to-int truncation, duplicate keys and coercion between strings,
 *       numbers and booleans ({@code "100"} for an amount) are errors; money is read straight from the text into
 *       {@link java.math.BigDecimal}, never through {@code double}.</li>
 *   <li>Every problem is an {@link InvalidInputException} with a stable code, the line and column, and the
 *       field path ({@code enterprises[3].creditCode}); no Jackson exception and no
 *       {@code NullPointerException} escapes.</li>
 *   <li>Deterministic writing: UTF-8, two-space indentation, {@code \n} line ends, record component order,
 *       {@code null}s left out, decimals as plain numbers ({@code 20000000.00}, never {@code 2E+7}).</li>
 * </ul>
 *
 * <pre>{@code
 * CountyChainJson json = CountyChainJson.defaults();
 * CountyDataset county = json.readCountyDataset(Path.of("jinjiang-2024.json"));
 * String text = json.writeToString(county);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CountyChainJson {
    private static final CountyChainJson DEFAULTS = new CountyChainJson();

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    private CountyChainJson() {
        this.mapper = newMapper();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.writer = mapper.writer(printer);
    }

    /**
     * The shared instance.
     *
     * @return the instance
     */
    public static CountyChainJson defaults() {
        return DEFAULTS;
    }

    /**
     * A new, preconfigured {@link ObjectMapper} with {@link CountyChainModule} and the strict settings this
     * class uses, for integrators who want a mapper of their own. Reading through it directly gives Jackson's
     * exceptions; read through this class for the library's.
     *
     * @return a new mapper
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new CountyChainModule())
                .addModule(StrictScalars.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // A string where a number or boolean belongs, or a number where text belongs, is a wrong type.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }

    /**
     * A new, preconfigured {@link ObjectMapper} (see {@link #newMapper()}).
     *
     * @return a new mapper
     */
    public ObjectMapper mapper() {
        return newMapper();
    }

    /**
     * Reads a value of any model type.
     *
     * @param in     the JSON, UTF-8; not closed
     * @param source a name for messages, such as the file name; may be {@code null}
     * @param type   the model type
     * @param <T>    the type
     * @return the value
     * @throws InvalidInputException when the JSON is malformed or does not fit the model
     * @throws CountyChainIOException when reading fails
     */
    public <T> T read(InputStream in, @Nullable String source, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        ObjectReader reader = mapper.readerFor(type);
        try (JsonParser parser = mapper.getFactory().createParser(JsonErrors.sniffed(in, source))) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            try {
                if (parser.nextToken() == null) {
                    throw JsonErrors.empty(source);
                }
                T value = reader.readValue(parser);
                if (value == null) {
                    throw JsonErrors.nullDocument(source, type);
                }
                return value;
            } catch (IOException e) {
                // Translated while the parser is still open: the message can name the token it stopped at.
                throw JsonErrors.translate(e, source, parser);
            }
        } catch (IOException e) {
            throw JsonErrors.translate(e, source);
        } catch (CountyChainException e) {
            throw e;
        } catch (RuntimeException e) {
            // Jackson wraps most problems; anything left (a model invariant thrown from a creator) is located here.
            throw JsonErrors.unexpected(e, source);
        }
    }

    /**
     * Reads a value of any model type from text.
     *
     * @param json the JSON text
     * @param type the model type
     * @param <T>  the type
     * @return the value
     * @throws InvalidInputException when the JSON is malformed or does not fit the model
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null, type);
    }

    /**
     * Reads a value of any model type from a file.
     *
     * @param file the file
     * @param type the model type
     * @param <T>  the type
     * @return the value
     * @throws InvalidInputException when the JSON is malformed or does not fit the model
     * @throws CountyChainIOException when the file cannot be read
     */
    public <T> T read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        String source = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, type);
        } catch (IOException e) {
            throw new CountyChainIOException(source, e);
        }
    }

    /**
     * Reads a county data set, the format's usual top-level object.
     *
     * @param in     the JSON; not closed
     * @param source a name for messages, or {@code null}
     * @return the data set
     * @throws InvalidInputException when the JSON is malformed or does not fit the model
     */
    public CountyDataset readCountyDataset(InputStream in, @Nullable String source) {
        return read(in, source, CountyDataset.class);
    }

    /**
     * Reads a county data set from a file.
     *
     * @param file the file
     * @return the data set
     * @throws InvalidInputException when the JSON is malformed or does not fit the model
     * @throws CountyChainIOException when the file cannot be read
     */
    public CountyDataset readCountyDataset(Path file) {
        return read(file, CountyDataset.class);
    }

    /**
     * Reads a province data set from a file.
     *
     * @param file the file
     * @return the data set
     * @throws InvalidInputException when the JSON is malformed or does not fit the model
     * @throws CountyChainIOException when the file cannot be read
     */
    public ProvinceDataset readProvinceDataset(Path file) {
        return read(file, ProvinceDataset.class);
    }

    /**
     * Writes a model value as UTF-8 JSON. The stream is flushed, not closed.
     *
     * @param value the value
     * @param out   the stream
     * @throws CountyChainIOException when writing fails
     */
    public void write(Object value, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        try {
            writeTo(value, out);
        } catch (IOException e) {
            throw new CountyChainIOException("output", e);
        }
    }

    private void writeTo(Object value, OutputStream out) throws IOException {
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writer.writeValue(generator, value);
            generator.flush();
            out.write('\n');
            out.flush();
        }
    }

    /**
     * Writes a model value to a file, whole or not at all: as {@link OutputFiles} writes (a failure leaves no
     * partial file and the old file as it was; links and devices are never replaced).
     *
     * @param value the value
     * @param file  the file
     * @throws CountyChainIOException when writing fails
     */
    public void write(Object value, Path file) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
        OutputFiles.write(file, out -> {
            writeTo(value, out);
            return value;
        });
    }

    /**
     * Writes a model value as a JSON string.
     *
     * @param value the value
     * @return the JSON text, ending with a line break
     */
    public String writeToString(Object value) {
        Objects.requireNonNull(value, "value");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a model value as UTF-8 bytes.
     *
     * @param value the value
     * @return the JSON bytes
     */
    public byte[] writeToBytes(Object value) {
        Objects.requireNonNull(value, "value");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out);
        return out.toByteArray();
    }
}
