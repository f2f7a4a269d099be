package org.countychain.spring.boot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

import org.countychain.json.CountyChainJson;
import org.countychain.validation.ValidationResult;

/**
 * Reads and writes the model's types ({@code org.countychain.*}) as the library's strict JSON (严格 JSON 转换器),
 * whichever Jackson the application's own mapper is: Chinese labels, exact amounts, unknown fields refused, and
 * a malformed body answered with the library's coded error (an
 * {@link org.countychain.InvalidInputException} that {@link CountyChainProblemDetails} turns into a problem
 * detail). Other types are left to the application's converters.
 *
 * @since 0.1.0
 */
public class CountyChainHttpMessageConverter extends AbstractHttpMessageConverter<Object> {
    private static final String MODEL_ROOT = "org.countychain.";

    private final CountyChainJson json;

    /**
     * Creates the converter.
     *
     * @param json the reader and writer
     */
    public CountyChainHttpMessageConverter(CountyChainJson json) {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        String name = type.getName();
        // The library's types; not the starter's own, nor an application's under org.countychain.examples.
        return name.startsWith(MODEL_ROOT) && !name.startsWith(MODEL_ROOT + "spring.")
                && !name.startsWith(MODEL_ROOT + "examples.");
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        return json.read(input.getBody(), "request", type);
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
        OutputStream out = output.getBody();
        if (value instanceof ValidationResult result) {
            out.write(result.toJson().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } else {
            json.write(value, out);
        }
    }
}
