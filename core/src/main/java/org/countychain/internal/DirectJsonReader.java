package org.countychain.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import org.jspecify.annotations.Nullable;

import org.countychain.Labelled;

/**
 * Reads a model value straight from the token stream, for the first read of a fresh JVM (直接读取): building the
 * mapper's deserializers for the whole model (creator and annotation introspection of every record) costs more
 * than reading a county, and loads some 600 classes. This reader handles only what it reads exactly as
 * {@code CountyChainJson.newMapper()} would — records through their canonical constructors, lists, text, whole
 * numbers, booleans, exact decimals, ISO dates, lists and sets, enums (with {@link Labelled} labels), value types with a string
 * creator and the name-tagged {@code ContentBlock}s — and gives up on anything else: a {@code null}, an unknown or
 * ignorable field, a type it does not know, a token of another kind, a constructor that throws. Giving up costs
 * nothing but the attempt; the caller then reads the same bytes with the mapper, which produces the value or the
 * error it always did. So no result changes: the reader is only ever a shorter way to the mapper's value.
 */
public final class DirectJsonReader {
    /**
     * The most digits an amount may have written out in full (the strict mapper's limit: the longest number Jackson
     * reads by default, so that whatever is read can be written back).
     */
    public static final int MAX_PLAIN_DIGITS = 1000;

    /** The mapper's parser settings that matter for a valid document: a repeated key is an error. */
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Map<Type, ValueReader> READERS = new ConcurrentHashMap<>();
    private static final ValueReader UNSUPPORTED = p -> {
        throw new GiveUp();
    };

    private DirectJsonReader() {
    }

    /**
     * Reads a whole document.
     *
     * @param json   the document's bytes, UTF-8
     * @param length how many of them
     * @param type   the model type
     * @param <T>    the type
     * @return the value, or {@code null} when the mapper must read it
     */
    public static <T> @Nullable T read(byte[] json, int length, Class<T> type) {
        try (JsonParser p = FACTORY.createParser(json, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object value = readerFor(type).read(p);
            if (p.nextToken() != null) {
                return null;
            }
            return type.cast(value);
        } catch (GiveUp | IOException | RuntimeException e) {
            return null;
        }
    }

    /** Reads one value whose first token is the parser's current one. */
    @FunctionalInterface
    private interface ValueReader {
        Object read(JsonParser p) throws IOException, GiveUp;
    }

    /** The mapper must read the document. Without a stack trace: it is control flow, not an error. */
    private static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static ValueReader readerFor(Type type) {
        ValueReader known = READERS.get(type);
        if (known != null) {
            return known;
        }
        ValueReader made;
        try {
            made = make(type);
        } catch (RuntimeException | LinkageError e) {
            made = UNSUPPORTED;
        }
        ValueReader raced = READERS.putIfAbsent(type, made);
        return raced != null ? raced : made;
    }

    private static ValueReader make(Type type) {
        if (type instanceof ParameterizedType generic) {
            // The collections the mapper makes for these declared types: ArrayList and HashSet.
            if (generic.getRawType() == List.class) {
                return new ListReader(generic.getActualTypeArguments()[0], false);
            }
            if (generic.getRawType() == Set.class) {
                return new ListReader(generic.getActualTypeArguments()[0], true);
            }
            return UNSUPPORTED;
        }
        if (!(type instanceof Class<?> c)) {
            return UNSUPPORTED;
        }
        if (c == String.class) {
            return p -> expect(p, JsonToken.VALUE_STRING).getText();
        }
        if (c == int.class || c == Integer.class) {
            return DirectJsonReader::readInt;
        }
        if (c == long.class || c == Long.class) {
            return DirectJsonReader::readLong;
        }
        if (c == boolean.class || c == Boolean.class) {
            return DirectJsonReader::readBoolean;
        }
        if (c == BigDecimal.class) {
            return DirectJsonReader::readDecimal;
        }
        if (c == LocalDate.class) {
            return DirectJsonReader::readDate;
        }
        if (c.isEnum()) {
            return enumReader(c);
        }
        ValueReader fromString = stringCreator(c);
        if (fromString != null) {
            return fromString;
        }
        if (c.isRecord()) {
            return RecordReader.of(c, null);
        }
        if (c.isInterface() && c.isSealed()) {
            return TaggedReader.of(c);
        }
        return UNSUPPORTED;
    }

    private static JsonParser expect(JsonParser p, JsonToken token) throws GiveUp {
        if (p.currentToken() != token) {
            throw new GiveUp();
        }
        return p;
    }

    private static Object readInt(JsonParser p) throws IOException, GiveUp {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new GiveUp();
        }
        return p.getIntValue();
    }

    private static Object readLong(JsonParser p) throws IOException, GiveUp {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new GiveUp();
        }
        return p.getLongValue();
    }

    private static Object readBoolean(JsonParser p) throws GiveUp {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw new GiveUp();
    }

    /** As the strict mapper's decimals: exact, a negative scale normalised to 0, absurd lengths left to the mapper. */
    private static Object readDecimal(JsonParser p) throws IOException, GiveUp {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new GiveUp();
        }
        BigDecimal value = p.getDecimalValue();
        int scale = value.scale();
        long plainDigits = Math.max((long) value.precision() - scale, 1L) + Math.max(scale, 0);
        if (plainDigits > MAX_PLAIN_DIGITS) {
            throw new GiveUp();
        }
        return scale < 0 ? value.setScale(0) : value;
    }

    /**
     * As {@code CountyChainModule}'s dates: the text stripped and read as ISO-8601. The usual {@code 2024-06-30} is
     * taken apart here, which gives the same date without loading the formatter machinery.
     */
    private static Object readDate(JsonParser p) throws IOException, GiveUp {
        String text = expect(p, JsonToken.VALUE_STRING).getText().strip();
        try {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                    && digits(text, 5, 7) && digits(text, 8, 10)) {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new GiveUp();
        } catch (DateTimeException e) {
            throw new GiveUp();
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Enums: a {@link Labelled} one as {@code CountyChainModule} reads it (constant in any case, or label); any
     * other by its exact constant name, unless Jackson annotations change how it is named.
     */
    private static ValueReader enumReader(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        if (Labelled.class.isAssignableFrom(type)) {
            return p -> {
                String t = expect(p, JsonToken.VALUE_STRING).getText().strip();
                for (Object constant : constants) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(t) || ((Labelled) constant).label().equals(t)) {
                        return constant;
                    }
                }
                throw new GiveUp();
            };
        }
        if (hasJacksonAnnotation(type) || anyMemberAnnotated(type)) {
            return UNSUPPORTED;
        }
        Map<String, Object> byName = new HashMap<>();
        for (Object constant : constants) {
            byName.put(((Enum<?>) constant).name(), constant);
        }
        return p -> {
            Object constant = byName.get(expect(p, JsonToken.VALUE_STRING).getText());
            if (constant == null) {
                throw new GiveUp();
            }
            return constant;
        };
    }

    /**
     * A value type read from text through its one static {@link JsonCreator} factory of a {@code String} (a credit
     * code, a division code), as the mapper does with a string token.
     */
    private static @Nullable ValueReader stringCreator(Class<?> type) {
        Method creator = null;
        for (Method m : type.getDeclaredMethods()) {
            JsonCreator annotation = m.getAnnotation(JsonCreator.class);
            if (annotation == null) {
                continue;
            }
            if (creator != null || !Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())
                    || m.getParameterCount() != 1 || m.getParameterTypes()[0] != String.class
                    || m.getReturnType() != type || (annotation.mode() != JsonCreator.Mode.DEFAULT
                    && annotation.mode() != JsonCreator.Mode.DELEGATING)) {
                return UNSUPPORTED;
            }
            creator = m;
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.isAnnotationPresent(JsonCreator.class)) {
                return UNSUPPORTED;
            }
        }
        if (creator == null) {
            return null;
        }
        if (!Modifier.isPublic(type.getModifiers()) && !creator.trySetAccessible()) {
            return UNSUPPORTED;
        }
        Method factory = creator;
        return p -> {
            String text = expect(p, JsonToken.VALUE_STRING).getText();
            try {
                return factory.invoke(null, text);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new GiveUp();
            }
        };
    }

    /** A list, or a set, from an array. */
    private static final class ListReader implements ValueReader {
        private final Type elementType;
        private final boolean set;
        private volatile @Nullable ValueReader element;

        ListReader(Type elementType, boolean set) {
            this.elementType = elementType;
            this.set = set;
        }

        @Override
        public Object read(JsonParser p) throws IOException, GiveUp {
            expect(p, JsonToken.START_ARRAY);
            ValueReader e = element;
            if (e == null) {
                e = readerFor(elementType);
                element = e;
            }
            Collection<Object> values = set ? new HashSet<>() : new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw new GiveUp();
                }
                values.add(e.read(p));
            }
            return values;
        }
    }

    /**
     * A record through its canonical constructor: fields by component name, a missing one as the mapper leaves it
     * ({@code null}, {@code 0}, {@code false}). A record whose Jackson annotations could change which names it
     * reads is not read here.
     */
    private static final class RecordReader implements ValueReader {
        private final Constructor<?> constructor;
        private final Map<String, Integer> index;
        private final Type[] types;
        private final @Nullable Object[] missing;
        private volatile ValueReader @Nullable [] readers;

        private RecordReader(Constructor<?> constructor, Map<String, Integer> index, Type[] types, @Nullable Object[] missing) {
            this.constructor = constructor;
            this.index = index;
            this.types = types;
            this.missing = missing;
        }

        /**
         * The reader of a record, or {@link #UNSUPPORTED}.
         *
         * @param tagged the sealed interface it is read as, whose type tag was read before its fields; {@code null}
         *               for a record read as itself
         */
        static ValueReader of(Class<?> type, @Nullable Class<?> tagged) {
            if (!readsAsJacksonDefault(type, tagged)) {
                return UNSUPPORTED;
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] raw = new Class<?>[components.length];
            Type[] types = new Type[components.length];
            @Nullable Object[] missing = new Object[components.length];
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                if (hasJacksonAnnotation(c) || hasJacksonAnnotation(c.getAccessor())) {
                    return UNSUPPORTED;
                }
                raw[i] = c.getType();
                types[i] = c.getGenericType();
                missing[i] = raw[i] == int.class ? (Object) 0 : raw[i] == long.class ? (Object) 0L
                        : raw[i] == boolean.class ? Boolean.FALSE : null;
                if (raw[i].isPrimitive() && missing[i] == null) {
                    return UNSUPPORTED;
                }
                index.put(c.getName(), i);
            }
            Constructor<?> canonical;
            try {
                canonical = type.getDeclaredConstructor(raw);
            } catch (NoSuchMethodException e) {
                return UNSUPPORTED;
            }
            for (var parameter : canonical.getParameters()) {
                if (hasJacksonAnnotation(parameter)) {
                    return UNSUPPORTED;
                }
            }
            if (!(Modifier.isPublic(type.getModifiers()) && Modifier.isPublic(canonical.getModifiers()))
                    && !canonical.trySetAccessible()) {
                return UNSUPPORTED;
            }
            return new RecordReader(canonical, index, types, missing);
        }

        @Override
        public Object read(JsonParser p) throws IOException, GiveUp {
            expect(p, JsonToken.START_OBJECT);
            return readFields(p);
        }

        /** Reads the fields up to the end of the object, the parser on the token before the first field. */
        Object readFields(JsonParser p) throws IOException, GiveUp {
            ValueReader[] r = readers;
            if (r == null) {
                r = new ValueReader[types.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = readerFor(types[i]);
                }
                readers = r;
            }
            @Nullable Object[] args = missing.clone();
            JsonToken t;
            for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                Integer i = index.get(p.currentName());
                if (i == null) {
                    throw new GiveUp();
                }
                if (p.nextToken() == JsonToken.VALUE_NULL) {
                    throw new GiveUp();
                }
                args[i] = r[i].read(p);
            }
            if (t != JsonToken.END_OBJECT) {
                throw new GiveUp();
            }
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new GiveUp();
            }
        }

        /**
         * Whether the mapper reads the record by its components alone: no creator of its own, no annotation that
         * renames, ignores or adds a property (the ones allowed here only concern writing, or the detection of
         * is-getters), no ignored method whose name is a component's.
         */
        private static boolean readsAsJacksonDefault(Class<?> type, @Nullable Class<?> tagged) {
            for (Annotation a : type.getDeclaredAnnotations()) {
                if (!isJackson(a) || a instanceof JsonInclude) {
                    continue;
                }
                if (a instanceof JsonAutoDetect auto && auto.fieldVisibility() == JsonAutoDetect.Visibility.DEFAULT
                        && auto.setterVisibility() == JsonAutoDetect.Visibility.DEFAULT
                        && auto.creatorVisibility() == JsonAutoDetect.Visibility.DEFAULT) {
                    continue;
                }
                return false;
            }
            Set<String> names = new HashSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                names.add(c.getName());
            }
            // The mapper reads the annotations of the interfaces too: the type information of the one the record
            // is read as is what the caller handled; anything else on them must be as harmless as on the record.
            List<Class<?>> types = new ArrayList<>(List.of(type));
            for (int k = 0; k < types.size(); k++) {
                Class<?> t = types.get(k);
                if (t != type && t != tagged && hasJacksonAnnotation(t)) {
                    return false;
                }
                types.addAll(List.of(t.getInterfaces()));
                for (Method m : t.getDeclaredMethods()) {
                    for (Annotation a : m.getDeclaredAnnotations()) {
                        if (isJackson(a) && !(a instanceof JsonInclude)
                                && (!(a instanceof JsonIgnore) || names.contains(impliedName(m.getName())))) {
                            return false;
                        }
                    }
                }
            }
            for (var f : type.getDeclaredFields()) {
                if (hasJacksonAnnotation(f)) {
                    return false;
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (hasJacksonAnnotation(c)) {
                    return false;
                }
            }
            return true;
        }

        private static String impliedName(String method) {
            for (String prefix : new String[] {"get", "is", "set"}) {
                if (method.length() > prefix.length() && method.startsWith(prefix)
                        && Character.isUpperCase(method.charAt(prefix.length()))) {
                    String rest = method.substring(prefix.length());
                    return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
                }
            }
            return method;
        }
    }

    /**
     * A sealed interface whose records are told apart by a name in a property ({@code "type": "paragraph"}), the
     * property first, as the model writes it; any other order is left to the mapper.
     */
    private static final class TaggedReader implements ValueReader {
        private final String property;
        private final Map<String, RecordReader> subtypes;

        private TaggedReader(String property, Map<String, RecordReader> subtypes) {
            this.property = property;
            this.subtypes = subtypes;
        }

        static ValueReader of(Class<?> type) {
            JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
            JsonSubTypes listed = type.getAnnotation(JsonSubTypes.class);
            if (info == null || listed == null || info.use() != JsonTypeInfo.Id.NAME
                    || info.include() != JsonTypeInfo.As.PROPERTY || info.visible() || info.property().isEmpty()
                    || info.defaultImpl() != JsonTypeInfo.class) {
                return UNSUPPORTED;
            }
            for (Annotation a : type.getDeclaredAnnotations()) {
                if (isJackson(a) && !(a instanceof JsonTypeInfo) && !(a instanceof JsonSubTypes)) {
                    return UNSUPPORTED;
                }
            }
            Map<String, RecordReader> subtypes = new HashMap<>();
            for (JsonSubTypes.Type t : listed.value()) {
                if (t.name().isEmpty() || t.names().length > 0 || !type.isAssignableFrom(t.value())
                        || !(RecordReader.of(t.value(), type) instanceof RecordReader record)
                        || subtypes.put(t.name(), record) != null) {
                    return UNSUPPORTED;
                }
            }
            return new TaggedReader(info.property(), subtypes);
        }

        @Override
        public Object read(JsonParser p) throws IOException, GiveUp {
            expect(p, JsonToken.START_OBJECT);
            if (p.nextToken() != JsonToken.FIELD_NAME || !property.equals(p.currentName())
                    || p.nextToken() != JsonToken.VALUE_STRING) {
                throw new GiveUp();
            }
            RecordReader subtype = subtypes.get(p.getText());
            if (subtype == null) {
                throw new GiveUp();
            }
            return subtype.readFields(p);
        }
    }

    private static boolean isJackson(Annotation a) {
        return a.annotationType().getName().startsWith("com.fasterxml.jackson.");
    }

    /** Whether a Jackson annotation is on the element; {@link JsonInclude} only concerns writing, and is let pass. */
    private static boolean hasJacksonAnnotation(AnnotatedElement element) {
        for (Annotation a : element.getDeclaredAnnotations()) {
            if (isJackson(a) && !(a instanceof JsonInclude)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMemberAnnotated(Class<?> type) {
        for (var f : type.getDeclaredFields()) {
            if (hasJacksonAnnotation(f)) {
                return true;
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (hasJacksonAnnotation(m)) {
                return true;
            }
        }
        return false;
    }
}
