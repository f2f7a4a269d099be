package org.countychain.jackson3;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.StdScalarSerializer;

import org.countychain.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson 3 twin of {@link org.countychain.json.CountyChainModule} (Jackson 3 模块), for a
 * {@code tools.jackson} mapper such as Spring Boot 4's:
 * <ul>
 *   <li>enums with Chinese labels ({@link Labelled}) accept the English constant or the Chinese label
 *       ({@code "BREAKPOINT"} or {@code "断点"}) and are written as the constant, whatever the mapper's
 *       {@code EnumFeature} settings;</li>
 *   <li>{@link LocalDate} is read and written as ISO-8601 text ({@code 2024-06-30}).</li>
 * </ul>
 * It is listed in {@code META-INF/services/tools.jackson.databind.JacksonModule}, so a mapper built with
 * {@code findAndAddModules()} (Spring Boot 4 builds its mapper so) has it without code. Like the Jackson 2
 * module it leaves the integrator's other types alone: strict number reading is a mapper setting, see
 * {@link StrictJsonMapper}. Where Jackson 3 changed a default that the format relies on, the module restores
 * Jackson 2's reading for the model's own types only: an absent flag or count of a CountyChain record (such as
 * {@code aboveScale}) reads as {@code false} or {@code 0}, where Jackson 3's {@code FAIL_ON_NULL_FOR_PRIMITIVES}
 * would refuse the document.
 *
 * <pre>{@code
 * JsonMapper mine = JsonMapper.builder().addModule(new CountyChainJacksonModule()).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CountyChainJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's name and registration id; registering it twice on one mapper is a no-op. */
    public static final String ID = "org.countychain.jackson3.CountyChainJacksonModule";

    /**
     * Creates the module (also the public no-argument constructor {@link java.util.ServiceLoader} needs).
     */
    public CountyChainJacksonModule() {
        super(ID, Version.unknownVersion(), ID);
        addSerializer(LocalDate.class, new LocalDateSerializer());
        addDeserializer(LocalDate.class, new LocalDateDeserializer());
        setDeserializerModifier(new LabelledEnums());
        setSerializerModifier(new LabelledEnumNames());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        // Appended: an explicit @JsonSetter on a model type still wins.
        context.appendAnnotationIntrospector(new AbsentPrimitivesOfTheModel());
    }

    /**
     * Absent or {@code null} primitives of the model's records read as their empty value ({@code false},
     * {@code 0}), as on Jackson 2; an integrator's own types keep their mapper's setting.
     */
    private static final class AbsentPrimitivesOfTheModel extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;
        private static final String MODEL_ROOT = "org.countychain.";

        @Override
        public JsonSetter.@Nullable Value findSetterInfo(MapperConfig<?> config, Annotated a) {
            if (a instanceof AnnotatedMember m && a.getRawType().isPrimitive()
                    && m.getDeclaringClass().getName().startsWith(MODEL_ROOT)) {
                return JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);
            }
            return null;
        }
    }

    private static final class LabelledEnums extends ValueDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                           BeanDescription.Supplier beanDesc,
                                                           ValueDeserializer<?> deserializer) {
            Class<?> raw = type.getRawClass();
            if (Labelled.class.isAssignableFrom(raw)) {
                return new LabelledEnumDeserializer(raw);
            }
            return deserializer;
        }
    }

    /** Reads a {@link Labelled} enum from its constant or its Chinese label. */
    private static final class LabelledEnumDeserializer extends StdScalarDeserializer<Object> {
        LabelledEnumDeserializer(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getString();
            String t = text.strip();
            for (Object constant : handledType().getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(t) || ((Labelled) constant).label().equals(t)) {
                    return constant;
                }
            }
            throw ctxt.weirdStringException(text, handledType(), "allowed: " + Labelled.allowed(handledType()));
        }
    }

    /**
     * {@link Labelled} enums are written as their constant names, as the Jackson 2 module writes them, whatever
     * the mapper's {@code EnumFeature}s say; other enums are left to the mapper.
     */
    private static final class LabelledEnumNames extends ValueSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
                                                       BeanDescription.Supplier beanDesc,
                                                       ValueSerializer<?> serializer) {
            return Labelled.class.isAssignableFrom(valueType.getRawClass()) ? new ConstantName() : serializer;
        }
    }

    /** Writes an enum as its constant name. */
    @SuppressWarnings("rawtypes")
    private static final class ConstantName extends StdScalarSerializer<Enum> {
        ConstantName() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, JsonGenerator gen, SerializationContext provider) {
            gen.writeString(value.name());
        }
    }

    private static final class LocalDateSerializer extends StdScalarSerializer<LocalDate> {
        LocalDateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializationContext provider) {
            gen.writeString(value.toString());
        }
    }

    private static final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
        LocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString().strip();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "expected an ISO-8601 date such as 2024-06-30");
            }
        }
    }
}
