package org.countychain.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.countychain.CountyChainException;
import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CountyChain JSON format leniently (宽松读取): every malformed value is recorded as a problem with its
 * code, field path, line and column, and skipped, and everything else is read — so one run reports every problem of
 * a file, and a data set whose neighbours are malformed is still there to validate and screen. An element that
 * cannot be built without a malformed value (an enterprise whose credit code is malformed) is left out and listed
 * with its cause. The strict reader, {@link CountyChainJson}, stays the default: it stops at the first problem.
 *
 * <pre>{@code
 * LenientRead<CountyDataset> read = LenientJsonReader.defaults().read(Path.of("county.json"), CountyDataset.class);
 * read.problems().forEach(p -> System.out.println(p.getMessage(Locale.CHINA)));
 * read.result().ifPresent(county -> validate(county));
 * }</pre>
 *
 * <p>What still throws, as with the strict reader: text that is not JSON (a syntax error, an empty document, more
 * after the value), a top-level value that is not an object, and I/O failures. The same values are accepted as by
 * the strict reader, so a file the strict reader reads gives the same value with no problem. A field written twice
 * is a problem here (the first value is kept), where the strict reader refuses the document. Thread-safe.
 *
 * @since 0.1.0
 */
public final class LenientJsonReader {
    private static final LenientJsonReader DEFAULTS = new LenientJsonReader();
    /** How many times one element is tried before the reader gives up on it: far more than its fields. */
    private static final int MAX_ATTEMPTS = 10_000;

    private final ObjectMapper mapper;
    private final JsonFactory factory;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    private LenientJsonReader() {
        this.mapper = CountyChainJson.newMapper();
        // The same limits as the strict reader's parser, but a field written twice is a problem, not a failure.
        this.factory = mapper.getFactory().copy().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * The shared instance.
     *
     * @return the reader
     */
    public static LenientJsonReader defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @param type the model type at the top of the document, such as {@code CountyDataset}
     * @param <T>  the type
     * @return what was read
     * @throws InvalidInputException when the file is not JSON or its top-level value is not an object
     * @throws CountyChainIOException when the file cannot be read
     */
    public <T> LenientRead<T> read(Path file, Class<T> type) {
        String source = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, type);
        } catch (IOException e) {
            throw new CountyChainIOException(source, e);
        }
    }

    /**
     * Reads a stream (UTF-8); the stream is not closed.
     *
     * @param in     the JSON
     * @param source a name for messages, such as the file name; may be {@code null}
     * @param type   the model type at the top of the document
     * @param <T>    the type
     * @return what was read
     * @throws InvalidInputException when the text is not JSON or its top-level value is not an object
     * @throws CountyChainIOException when reading fails
     */
    public <T> LenientRead<T> read(InputStream in, @Nullable String source, Class<T> type) {
        PositionedTree tree;
        Run run = new Run(source);
        try (JsonParser parser = factory.createParser(JsonErrors.sniffed(in, source))) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            try {
                if (parser.nextToken() == null) {
                    throw JsonErrors.empty(source);
                }
                // The lists of records are read element by element while the parser streams past them (see Run):
                // the tree holds the rest of the document only.
                tree = PositionedTree.read(parser, source, "", type, run);
                JsonToken after = parser.nextToken();
                if (after != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new InvalidInputException(ErrorCode.JSON_SYNTAX, new Location(source, at.getLineNr(),
                            at.getColumnNr(), ""), List.of(SyntaxReason.trailing(after.asString())), null);
                }
            } catch (IOException e) {
                throw JsonErrors.translate(e, source, parser);
            }
        } catch (IOException e) {
            throw JsonErrors.translate(e, source);
        }
        if (!(tree.root() instanceof ObjectNode root)) {
            throw JsonErrors.nullDocument(source, type);
        }
        run.problems.addAll(tree.problems());
        T value = null;
        try {
            value = type.cast(run.record(tree, root, "", type));
        } catch (Unusable u) {
            // The top-level object's own fields are malformed: its problems are recorded, and there is no value.
        }
        run.problems.sort(LenientJsonReader::inDocumentOrder);
        run.leftOut.sort(java.util.Comparator.comparingInt((Left l) -> l.out().line()).thenComparingInt(Left::column));
        return new LenientRead<>(value, run.problems, run.leftOut.stream().map(Left::out).toList());
    }

    private static int inDocumentOrder(InvalidInputException a, InvalidInputException b) {
        int c = Integer.compare(a.location().line(), b.location().line());
        return c != 0 ? c : Integer.compare(a.location().column(), b.location().column());
    }

    private ObjectReader reader(Class<?> type) {
        return readers.computeIfAbsent(type, mapper::readerFor);
    }

    /** Which components of a record are lists of records: those are read element by element. */
    private record Shape(@Nullable Constructor<?> constructor, RecordComponent[] components, Map<String, Class<?>> lists) {
    }

    private Shape shape(Class<?> type) {
        return shapes.computeIfAbsent(type, t -> {
            if (!t.isRecord()) {
                return new Shape(null, new RecordComponent[0], Map.of());
            }
            RecordComponent[] components = t.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Map<String, Class<?>> lists = new HashMap<>();
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Type generic = components[i].getGenericType();
                if (types[i] == List.class && generic instanceof ParameterizedType pt
                        && pt.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()
                        && !isScalar(element)) {
                    lists.put(components[i].getName(), element);
                }
            }
            try {
                Constructor<?> constructor = t.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(constructor, components, lists);
            } catch (NoSuchMethodException | RuntimeException e) {
                return new Shape(null, components, Map.of());
            }
        });
    }

    /** Whether a record is written as a single value ({@code DivisionCode}, {@code CreditCode}), not an object. */
    private static boolean isScalar(Class<?> record) {
        for (java.lang.reflect.Method m : record.getMethods()) {
            if (m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)) {
                return true;
            }
        }
        return false;
    }

    /** An element that cannot be built; its cause is already among the problems. */
    private static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient InvalidInputException cause;

        Unusable(InvalidInputException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    /** An element left out, with the column it starts at to order elements that start on the same line. */
    private record Left(LenientRead.LeftOut out, int column) {
    }

    /** A list of records as it was read element by element: the values, and where each one stood. */
    private record Streamed(List<Object> items, List<PositionedTree.Step> origins) {
    }

    /** One read: what was found. */
    private final class Run implements PositionedTree.ElementReader {
        private final @Nullable String source;
        // Each problem is kept without its stack trace and without the Jackson exception behind it (which holds a
        // parser, and through it part of the tree): a file with 100,000 malformed values would otherwise need
        // several kilobytes of heap per value.
        private final List<InvalidInputException> problems = new ArrayList<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean add(InvalidInputException e) {
                return super.add(Recorded.of(e));
            }

            @Override
            public boolean addAll(java.util.Collection<? extends InvalidInputException> all) {
                all.forEach(this::add);
                return !all.isEmpty();
            }
        };
        private final List<Left> leftOut = new ArrayList<>();

        Run(@Nullable String source) {
            this.source = source;
        }

        @Override
        public @Nullable Class<?> elementType(Class<?> holder, String field) {
            return shape(holder).lists().get(field);
        }

        /**
         * Reads a list of records as the parser streams past it: each element from a tree of its own, which is
         * dropped once the element's value is built, so only the values stay in memory.
         */
        @Override
        public Object readArray(JsonParser parser, String arrayPath, Class<?> elementType) throws IOException {
            List<Object> items = new ArrayList<>();
            List<PositionedTree.Step> from = new ArrayList<>();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation at = parser.currentTokenLocation();
                String elementPath = arrayPath + "[" + index++ + "]";
                boolean object = parser.currentToken() == JsonToken.START_OBJECT;
                PositionedTree element = PositionedTree.read(parser, source, elementPath,
                        object ? elementType : null, this);
                problems.addAll(element.problems());
                JsonNode e = element.root();
                if (e == null) {
                    continue; // a number that cannot be held: a problem of the tree, not an element
                }
                PositionedTree.Step origin = new PositionedTree.Step(elementPath, at, false, null, null, List.of());
                if (!(e instanceof ObjectNode o)) {
                    // A null element is a missing value, as the strict reader (the model's list check) says.
                    InvalidInputException wrong = e.isNull()
                            ? new InvalidInputException(ErrorCode.REQUIRED, element.location(at, elementPath),
                                    List.of(), null)
                            : new InvalidInputException(ErrorCode.JSON_WRONG_TYPE, element.location(at, elementPath),
                                    List.of("object", e.getNodeType().name().toLowerCase(java.util.Locale.ROOT)),
                                    null);
                    problems.add(wrong);
                    leave(origin, wrong);
                    continue;
                }
                try {
                    items.add(record(element, o, elementPath, elementType));
                    from.add(origin);
                } catch (Unusable u) {
                    leave(origin, u.cause);
                }
            }
            return new Streamed(items, from);
        }

        /** Reads a record: its lists of records (read element by element before), the rest, then puts them together. */
        Object record(PositionedTree tree, ObjectNode node, String path, Class<?> type) throws Unusable {
            Shape shape = shape(type);
            Map<String, Streamed> lists = new HashMap<>();
            for (String list : shape.lists().keySet()) {
                if (node.get(list) instanceof ArrayNode array && tree.streamed(array) instanceof Streamed read) {
                    lists.put(list, read);
                }
            }
            Object shell = repaired(tree, node, path, type);
            // A shape has lists only when its constructor was found (shape()); the null test says so to NullAway.
            Constructor<?> constructor = shape.constructor();
            if (lists.isEmpty() || constructor == null) {
                return shell;
            }
            return assemble(tree, shell, constructor, shape.components(), lists, path, tree.start(node));
        }

        /** The record with its lists put back; an element its constructor refuses (a duplicate id) is left out. */
        private Object assemble(PositionedTree tree, Object shell, Constructor<?> constructor,
                                RecordComponent[] components, Map<String, Streamed> lists, String path,
                                @Nullable JsonLocation start) throws Unusable {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Object[] args = new Object[components.length];
                for (int i = 0; i < args.length; i++) {
                    RecordComponent c = components[i];
                    Streamed list = lists.get(c.getName());
                    try {
                        args[i] = list != null ? list.items() : c.getAccessor().invoke(shell);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                try {
                    return constructor.newInstance(args);
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof InvalidInputException refused)) {
                        throw new IllegalStateException(e.getCause());
                    }
                    String where = refused.location().path();
                    boolean dropped = false;
                    for (Map.Entry<String, Streamed> list : lists.entrySet()) {
                        String prefix = list.getKey() + "[";
                        if (where.startsWith(prefix)) {
                            int close = where.indexOf(']', prefix.length());
                            int index = Integer.parseInt(where.substring(prefix.length(), close));
                            List<Object> items = list.getValue().items();
                            List<PositionedTree.Step> origins = list.getValue().origins();
                            if (index < items.size()) {
                                PositionedTree.Step origin = origins.get(index);
                                InvalidInputException located = new InvalidInputException(refused.errorCode(),
                                        tree.location(origin.at(), origin.originalPath()
                                                + where.substring(close + 1)), refused.arguments(), refused);
                                problems.add(located);
                                leave(origin, located);
                                items.remove(index);
                                origins.remove(index);
                                dropped = true;
                            }
                            break;
                        }
                    }
                    if (!dropped) {
                        InvalidInputException located = new InvalidInputException(refused.errorCode(),
                                tree.location(start, join(path, where)), refused.arguments(), refused);
                        problems.add(located);
                        throw new Unusable(located);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("too many attempts at " + path);
        }

        /** Reads an object, taking out each malformed value until it reads. */
        private Object repaired(PositionedTree tree, ObjectNode node, String path, Class<?> type) throws Unusable {
            Map<String, InvalidInputException> removed = new HashMap<>();
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                InvalidInputException problem;
                try {
                    return reader(type).readValue(node);
                } catch (IOException e) {
                    CountyChainException c = JsonErrors.translate(e, source);
                    if (!(c instanceof InvalidInputException iie)) {
                        throw c;
                    }
                    problem = iie;
                } catch (InvalidInputException e) {
                    problem = e;
                } catch (RuntimeException e) {
                    problem = JsonErrors.unexpected(e, source);
                }
                PositionedTree.Step step = tree.follow(node, path, problem.location().path());
                List<Object> arguments = problem.arguments();
                if (problem.errorCode() == ErrorCode.JSON_WRONG_TYPE && arguments.size() == 2
                        && "?".equals(arguments.get(1))) {
                    // Jackson's reader is closed by now: the value is named from the tree.
                    arguments = List.of(arguments.get(0), PositionedTree.describe(PositionedTree.valueAt(step)));
                }
                InvalidInputException located = new InvalidInputException(problem.errorCode(),
                        tree.location(step.at(), step.originalPath()), arguments, problem);
                InvalidInputException earlier = removed.get(step.originalPath());
                if (!step.missing() && step.parent() != null && earlier == null) {
                    problems.add(located);
                    removed.put(step.originalPath(), located);
                    tree.remove(step);
                    continue;
                }
                // The value is gone (taken out before, or never there) and the object cannot do without it: leave
                // out the nearest value on the way that holds it (a list element, a nested object), or, when there
                // is none inside this object, the whole object.
                InvalidInputException cause = earlier != null ? earlier : located;
                if (earlier == null) {
                    problems.add(located);
                }
                PositionedTree.Step holder = null;
                for (int i = step.trail().size() - 1; i >= 0; i--) {
                    if (!removed.containsKey(step.trail().get(i).originalPath())) {
                        holder = step.trail().get(i);
                        break;
                    }
                }
                if (holder == null) {
                    throw new Unusable(cause);
                }
                leave(holder, cause);
                tree.remove(holder);
                removed.put(holder.originalPath(), cause);
            }
            throw new IllegalStateException("too many attempts at " + path);
        }

        private void leave(PositionedTree.Step element, InvalidInputException cause) {
            leftOut.add(new Left(new LenientRead.LeftOut(element.originalPath(),
                    element.at() == null ? 0 : element.at().getLineNr(), Recorded.of(cause)),
                    element.at() == null ? 0 : element.at().getColumnNr()));
        }
    }

    private static String join(String path, String relative) {
        if (path.isEmpty()) {
            return relative;
        }
        if (relative.isEmpty()) {
            return path;
        }
        return relative.startsWith("[") ? path + relative : path + "." + relative;
    }

    /** A problem as the lenient reader keeps it: code, location and arguments, no stack trace, no cause. */
    private static final class Recorded extends InvalidInputException {
        private static final long serialVersionUID = 1L;

        private Recorded(InvalidInputException e) {
            super(e.errorCode(), e.location(), e.arguments(), null);
        }

        static InvalidInputException of(InvalidInputException e) {
            return e instanceof Recorded ? e : new Recorded(e);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
