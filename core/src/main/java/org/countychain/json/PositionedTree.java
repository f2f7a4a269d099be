package org.countychain.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document as a tree that remembers where each value stood in the text (line, column) and its path in the
 * document as written, while the lenient reader takes malformed values out of it. Values are removed, never moved,
 * so a path in the pruned tree is mapped back to the original one by the original index of every array element.
 *
 * <p>A list of records (a county's enterprises, a province's counties) is not held in the tree: the parser hands it
 * to an {@link ElementReader} as it streams past, which reads each element from a tree of that element alone and
 * keeps only the model value; the tree holds an empty placeholder array with what was read attached. So the memory
 * needed grows with the model, not with the text (a tree costs 5–10 bytes of heap per byte of JSON).
 */
final class PositionedTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern STEP = Pattern.compile("\\[(\\d+)]|([^.\\[\\]]+)");

    private final @Nullable String source;
    private final @Nullable JsonNode root;
    private final IdentityHashMap<JsonNode, JsonLocation> starts = new IdentityHashMap<>();
    private final IdentityHashMap<ObjectNode, Map<String, JsonLocation>> fields = new IdentityHashMap<>();
    private final IdentityHashMap<ArrayNode, List<JsonLocation>> elements = new IdentityHashMap<>();
    private final IdentityHashMap<ArrayNode, List<Integer>> originalIndex = new IdentityHashMap<>();
    private final IdentityHashMap<ArrayNode, Object> streamed = new IdentityHashMap<>();
    private final List<InvalidInputException> problems = new ArrayList<>();
    private final @Nullable ElementReader elementReader;

    /** Reads a list of records element by element as the parser meets it, so that it is never held as a tree. */
    interface ElementReader {
        /**
         * The element type when a field of an object of the given type is a list read element by element.
         *
         * @return the element type, or {@code null} when the field is held in the tree
         */
        @Nullable Class<?> elementType(Class<?> holder, String field);

        /**
         * Reads the array the parser is at ({@code START_ARRAY}) up to its end.
         *
         * @return what was read, attached to the placeholder array
         */
        Object readArray(JsonParser parser, String arrayPath, Class<?> elementType) throws IOException;
    }

    private PositionedTree(@Nullable String source, JsonParser parser, String path, @Nullable Class<?> type,
                           @Nullable ElementReader elementReader) throws IOException {
        this.source = source;
        this.elementReader = elementReader;
        this.root = value(parser, path, type);
    }

    /**
     * Reads the value the parser is at (its first token already read) as a tree of its own. Duplicate fields and
     * numbers that cannot be held are problems, not failures; what is not JSON throws.
     *
     * @param path          the value's path in the document as written ({@code ""} for the document)
     * @param type          the record type the value is read as, whose lists the element reader takes; or
     *                      {@code null}
     * @param elementReader what reads lists element by element, or {@code null} to hold everything in the tree
     */
    static PositionedTree read(JsonParser parser, @Nullable String source, String path, @Nullable Class<?> type,
                               @Nullable ElementReader elementReader) throws IOException {
        return new PositionedTree(source, parser, path, type, elementReader);
    }

    /** The value read, or {@code null} when it could not be held (a number out of range, a problem). */
    @Nullable JsonNode root() {
        return root;
    }

    /** The problems met while building the tree (duplicate fields, numbers that cannot be held). */
    List<InvalidInputException> problems() {
        return problems;
    }

    /** What the element reader read for a placeholder array of this tree, or {@code null}. */
    @Nullable Object streamed(ArrayNode placeholder) {
        return streamed.get(placeholder);
    }

    private @Nullable JsonNode value(JsonParser p, String path, @Nullable Class<?> type) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                starts.put(o, at);
                Map<String, JsonLocation> positions = new HashMap<>();
                fields.put(o, positions);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    JsonLocation valueAt = p.currentTokenLocation();
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (o.has(name) || positions.containsKey(name)) {
                        problems.add(new InvalidInputException(ErrorCode.JSON_DUPLICATE_FIELD, location(valueAt, child),
                                List.of(name), null));
                        p.skipChildren();
                        continue;
                    }
                    positions.put(name, valueAt);
                    ElementReader reader = elementReader;
                    Class<?> elementType = type == null || reader == null ? null : reader.elementType(type, name);
                    if (reader != null && elementType != null && p.currentToken() == JsonToken.START_ARRAY) {
                        ArrayNode placeholder = NODES.arrayNode();
                        starts.put(placeholder, valueAt);
                        elements.put(placeholder, new ArrayList<>());
                        originalIndex.put(placeholder, new ArrayList<>());
                        streamed.put(placeholder, reader.readArray(p, child, elementType));
                        o.set(name, placeholder);
                        continue;
                    }
                    JsonNode v = value(p, child, null);
                    if (v != null) {
                        o.set(name, v);
                    }
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                starts.put(a, at);
                List<JsonLocation> positions = new ArrayList<>();
                List<Integer> indices = new ArrayList<>();
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonLocation valueAt = p.currentTokenLocation();
                    JsonNode v = value(p, path + "[" + index + "]", null);
                    if (v != null) {
                        a.add(v);
                        positions.add(valueAt);
                        indices.add(index);
                    }
                    index++;
                }
                elements.put(a, positions);
                originalIndex.put(a, indices);
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                try {
                    return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(p.getDecimalValue());
                } catch (NumberFormatException | ArithmeticException e) {
                    problems.add(new InvalidInputException(ErrorCode.OUT_OF_RANGE, location(at, path),
                            List.of(p.getText(), JsonErrors.Range.DECIMAL), e));
                    return null;
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    Location location(@Nullable JsonLocation at, String path) {
        return new Location(source, at == null ? 0 : Math.max(at.getLineNr(), 0),
                at == null ? 0 : Math.max(at.getColumnNr(), 0), path);
    }

    /**
     * Where a path relative to a node of this tree leads.
     *
     * @param originalPath the path as written in the document
     * @param at           where the value (or, when it is missing, its nearest present container) starts
     * @param missing      whether the path leads to no value
     * @param parent       the container of the last step, or {@code null} when the path is empty or broke off
     * @param key          the field name (object) or current index (array) of the last step
     * @param trail        the values on the way that are present, outermost first, this one excluded
     */
    record Step(String originalPath, @Nullable JsonLocation at, boolean missing, @Nullable JsonNode parent,
                @Nullable Object key, List<Step> trail) {
    }

    /**
     * Follows a path ({@code years[2].rdExpense}) from a node whose own original path is given.
     */
    Step follow(JsonNode base, String baseOriginalPath, String relativePath) {
        JsonNode current = base;
        String original = baseOriginalPath;
        JsonLocation at = starts.get(base);
        JsonNode parent = null;
        Object key = null;
        List<Step> trail = new ArrayList<>();
        Matcher m = STEP.matcher(relativePath);
        while (m.find()) {
            if (m.group(1) != null) {
                int index = Integer.parseInt(m.group(1));
                if (!(current instanceof ArrayNode a) || index >= a.size()) {
                    return new Step(original + "[" + index + "]", at, true, current, index, trail);
                }
                if (parent != null) {
                    trail.add(new Step(original, at, false, parent, key, List.of()));
                }
                original = original + "[" + originalIndexes(a).get(index) + "]";
                at = elementStarts(a).get(index);
                parent = a;
                key = index;
                current = a.get(index);
            } else {
                String name = m.group(2);
                String next = original.isEmpty() ? name : original + "." + name;
                if (!(current instanceof ObjectNode o) || !o.has(name)) {
                    if (parent != null) {
                        trail.add(new Step(original, at, false, parent, key, List.of()));
                    }
                    return new Step(next, at, true, current, name, trail);
                }
                if (parent != null) {
                    trail.add(new Step(original, at, false, parent, key, List.of()));
                }
                original = next;
                at = fieldStarts(o).getOrDefault(name, at);
                parent = o;
                key = name;
                current = o.get(name);
            }
        }
        return new Step(original, at, false, parent, key, trail);
    }

    /** Removes the value a step leads to. */
    void remove(Step step) {
        if (step.parent() instanceof ObjectNode o && step.key() instanceof String name) {
            o.remove(name);
        } else if (step.parent() instanceof ArrayNode a && step.key() instanceof Integer index) {
            a.remove(index.intValue());
            elementStarts(a).remove(index.intValue());
            originalIndexes(a).remove(index.intValue());
        }
    }

    /** The value a step leads to, or {@code null}. */
    static @Nullable JsonNode valueAt(Step step) {
        if (step.parent() instanceof ObjectNode o && step.key() instanceof String name) {
            return o.get(name);
        }
        if (step.parent() instanceof ArrayNode a && step.key() instanceof Integer index && index < a.size()) {
            return a.get(index);
        }
        return null;
    }

    /** A value as a message names it: {@code string "x"}, {@code number 5}, {@code object}. */
    static String describe(@Nullable JsonNode v) {
        if (v == null) {
            return "?";
        }
        if (v.isTextual()) {
            return "string \"" + v.textValue() + "\"";
        }
        if (v.isNumber()) {
            return "number " + v.asText();
        }
        if (v.isBoolean()) {
            return "boolean " + v.asText();
        }
        return v.isNull() ? "null" : v.isArray() ? "array" : "object";
    }

    // Every object and array of this tree is entered in these maps when it is built (value), so a lookup of a node
    // reached through the tree finds its entry.
    private Map<String, JsonLocation> fieldStarts(ObjectNode o) {
        return Objects.requireNonNull(fields.get(o), "an object of this tree");
    }

    private List<JsonLocation> elementStarts(ArrayNode a) {
        return Objects.requireNonNull(elements.get(a), "an array of this tree");
    }

    private List<Integer> originalIndexes(ArrayNode a) {
        return Objects.requireNonNull(originalIndex.get(a), "an array of this tree");
    }

    /** Where a node starts. */
    @Nullable JsonLocation start(JsonNode node) {
        return starts.get(node);
    }
}
