package org.countychain.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.JavaType;

import org.countychain.Labelled;

/**
 * The Jackson {@link com.fasterxml.jackson.databind.Module} for CountyChain's model, for integrators' own
 * {@code ObjectMapper}s (Spring Boot registers {@code Module} beans by itself):
 * <ul>
 *   <li>enums with Chinese labels ({@link Labelled}) accept the English constant or the Chinese label
 *       ({@code "BREAKPOINT"} or {@code "断点"}) and are written as the constant;</li>
 *   <li>{@link LocalDate} is read and written as ISO-8601 text ({@code 2024-06-30}) without needing the
 *       {@code jsr310} module.</li>
 * </ul>
 * Everything else is plain Jackson on the model's records. For exact money and the library's own error
 * messages, read through {@link CountyChainJson}, which also configures the mapper strictly (unknown fields
 * rejected, no float-to-int truncation, {@code BigDecimal} for every decimal).
 *
 * <pre>{@code
 * ObjectMapper mine = JsonMapper.builder().addModule(new CountyChainModule()).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CountyChainModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's id; registering it twice on one mapper is a no-op. */
    public static final String ID = "org.countychain.json.CountyChainModule";

    /**
     * Creates the module.
     */
    public CountyChainModule() {
        super(ID, Version.unknownVersion());
        addSerializer(LocalDate.class, new LocalDateSerializer());
        addDeserializer(LocalDate.class, new LocalDateDeserializer());
        setDeserializerModifier(new LabelledEnums());
    }

    @Override
    public Object getTypeId() {
        return ID;
    }

    private static final class LabelledEnums extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            Class<?> raw = type.getRawClass();
            if (Labelled.class.isAssignableFrom(raw)) {
                return new LabelledEnumDeserializer(raw);
            }
            return deserializer;
        }
    }

    /** Reads a {@link Labelled} enum from its constant or its Chinese label. */
    private static final class LabelledEnumDeserializer extends StdScalarDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        LabelledEnumDeserializer(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            String t = text.strip();
            for (Object constant : handledType().getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(t) || ((Labelled) constant).label().equals(t)) {
                    return constant;
                }
            }
            throw ctxt.weirdStringException(text, handledType(), "allowed: " + Labelled.allowed(handledType()));
        }
    }

    private static final class LocalDateSerializer extends StdScalarSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        LocalDateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        LocalDateDeserializer() {
            super(TypeFactory.defaultInstance().constructType(LocalDate.class));
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText().strip();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "expected an ISO-8601 date such as 2024-06-30");
            }
        }
    }
}
