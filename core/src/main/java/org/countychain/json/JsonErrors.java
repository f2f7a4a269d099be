package org.countychain.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.countychain.BilingualLabelled;
import org.countychain.BilingualText;
import org.countychain.CountyChainException;
import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Labelled;
import org.countychain.Location;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.io.FileKind;
import org.jspecify.annotations.Nullable;

/**
 * Turns Jackson's exceptions into the library's, with code, line, column and field path.
 */
final class JsonErrors {
    private JsonErrors() {
    }

    static InvalidInputException empty(@Nullable String source) {
        return new InvalidInputException(ErrorCode.JSON_EMPTY, new Location(source, 0, 0, ""), List.of(), null);
    }

    static InvalidInputException nullDocument(@Nullable String source, Class<?> type) {
        return new InvalidInputException(ErrorCode.JSON_WRONG_TYPE, new Location(source, 1, 1, ""),
                List.of(jsonType(type), "null"), null);
    }

    static CountyChainException translate(IOException e, @Nullable String source) {
        return translate(e, source, null);
    }

    /**
     * As {@link #translate(IOException, String)}, while the parser is still open: where Jackson's exception does not
     * say where it happened (a value past the parser's limits does not), the parser's position does.
     *
     * @param e      the exception
     * @param source the source's name, or {@code null}
     * @param parser the parser that was reading, or {@code null}
     * @return the library's exception
     */
    static CountyChainException translate(IOException e, @Nullable String source, @Nullable JsonParser parser) {
        if (!(e instanceof JsonProcessingException jpe)) {
            return new CountyChainIOException(source == null ? "input" : source, e);
        }
        Location where = location(jpe, source);
        if (where.line() == 0 && parser != null) {
            JsonLocation at = parser.currentLocation();
            if (at != null && at.getLineNr() > 0) {
                where = new Location(source, at.getLineNr(), Math.max(at.getColumnNr(), 0), where.path());
            }
        }
        InputCoercionException tooBig = causeOf(jpe, InputCoercionException.class);
        if (tooBig != null) {
            // A number too large for its field (an int): out of range, not a syntax error.
            return new InvalidInputException(ErrorCode.OUT_OF_RANGE, where.path().isEmpty()
                    ? new Location(source, where.line(), where.column(), parserPath(tooBig)) : where,
                    List.of(numberText(tooBig), range(tooBig.getTargetType())), e);
        }
        // Past the parser's limits: named in the user's words, without Jackson's setting names.
        StreamConstraintsException limit = causeOf(jpe, StreamConstraintsException.class);
        if (limit != null) {
            Location at = where.path().isEmpty() ? new Location(source, where.line(), where.column(),
                    parserPath(limit)) : where;
            return limit(limit, at, e);
        }
        // Not well-formed; a deserializer may have wrapped it to add the path.
        JsonProcessingException syntax = causeOf(jpe, StreamReadException.class);
        if (syntax != null) {
            Location at = where.path().isEmpty() ? new Location(source, where.line(), where.column(),
                    parserPath(syntax)) : where;
            return new InvalidInputException(ErrorCode.JSON_SYNTAX, at,
                    List.of(SyntaxReason.of(String.valueOf(syntax.getOriginalMessage()))), e);
        }
        // A model invariant or a value type's parser failed while building an object: its own field path goes
        // under the path Jackson reached.
        InvalidInputException model = modelCause(jpe);
        if (model != null) {
            return new InvalidInputException(model.errorCode(), model.location().under(where.path())
                    .withSource(where), model.arguments(), e);
        }
        if (jpe instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String knownText = known == null ? "" : known.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return new InvalidInputException(ErrorCode.JSON_UNKNOWN_FIELD, where,
                    List.of(u.getPropertyName(), knownText), e);
        }
        if (jpe instanceof InvalidTypeIdException t) {
            if (t.getTypeId() == null) {
                // A content block without its "type".
                return new InvalidInputException(ErrorCode.REQUIRED, Location.ofPath("type").under(where.path())
                        .withSource(where), List.of(), e);
            }
            return new InvalidInputException(ErrorCode.JSON_UNKNOWN_CONSTANT, where,
                    List.of(t.getTypeId(), "paragraph, table, figure"), e);
        }
        if (jpe instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return new InvalidInputException(ErrorCode.JSON_UNKNOWN_CONSTANT, where,
                        List.of(String.valueOf(f.getValue()), Labelled.allowed(target)), e);
            }
            if (target == LocalDate.class) {
                // A string, as it should be, but not a date.
                return new InvalidInputException(ErrorCode.MALFORMED, where,
                        List.of(String.valueOf(f.getValue()), "an ISO-8601 date yyyy-MM-dd"), e);
            }
            return new InvalidInputException(ErrorCode.JSON_WRONG_TYPE, where,
                    List.of(jsonType(target), describe(f.getValue())), e);
        }
        if (jpe instanceof MismatchedInputException m) {
            if (String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")) {
                return new InvalidInputException(ErrorCode.JSON_SYNTAX, where,
                        List.of(SyntaxReason.trailing(foundToken(m))), e);
            }
            return new InvalidInputException(ErrorCode.JSON_WRONG_TYPE, where,
                    List.of(jsonType(m.getTargetType()), foundToken(m)), e);
        }
        Matcher decimal = DECIMAL_OUT_OF_RANGE.matcher(String.valueOf(jpe.getOriginalMessage()));
        if (decimal.find()) {
            // 1E-2147483648 and the like: a number, but not one a decimal can hold.
            return new InvalidInputException(ErrorCode.OUT_OF_RANGE, where, List.of(decimal.group(1), Range.DECIMAL),
                    e);
        }
        return new InvalidInputException(ErrorCode.MALFORMED, where,
                List.of("", String.valueOf(jpe.getOriginalMessage())), e);
    }

    private static final Pattern DECIMAL_OUT_OF_RANGE = Pattern.compile(
            "^Value \"([^\"]*)\" can not be deserialized as `java\\.math\\.BigDecimal`");

    /** Ranges a message names, in the reader's language. */
    enum Range implements BilingualLabelled {
        /** What a money amount or a ratio must be. */
        DECIMAL("十进制数（指数不超出可表示范围）", "a decimal number whose exponent can be represented");

        private final BilingualText text;

        Range(String label, String english) {
            this.text = new BilingualText(label, english);
        }

        @Override
        public BilingualText text() {
            return text;
        }
    }

    /** The reader's limits, as a message names them. */
    private enum Limit implements BilingualLabelled {
        NUMBER("数字位数", "a number's length in digits"),
        TEXT("文本长度（字符数）", "a text's length in characters"),
        NESTING("嵌套层数", "the nesting depth"),
        NAME("字段名长度", "a field name's length"),
        DOCUMENT("文档长度", "the document's length"),
        EXPONENT("小数指数的大小", "a decimal's exponent");

        private final BilingualText text;

        Limit(String label, String english) {
            this.text = new BilingualText(label, english);
        }

        @Override
        public BilingualText text() {
            return text;
        }
    }

    private static final Pattern LIMIT = Pattern.compile(
            "^(Number value|String value|Document nesting depth|Name|Document|BigDecimal scale)\\b.*?\\((-?\\d+)\\)"
                    + "\\D*?(?:maximum|limit)\\D*?\\(?(\\d+)");

    private static InvalidInputException limit(StreamConstraintsException e, Location at, Exception cause) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher m = LIMIT.matcher(message);
        if (m.find()) {
            Limit which = switch (m.group(1)) {
                case "Number value" -> Limit.NUMBER;
                case "String value" -> Limit.TEXT;
                case "Document nesting depth" -> Limit.NESTING;
                case "Name" -> Limit.NAME;
                case "BigDecimal scale" -> Limit.EXPONENT;
                default -> Limit.DOCUMENT;
            };
            return new InvalidInputException(ErrorCode.JSON_LIMIT, at, List.of(which, m.group(2).replace("-", ""),
                    m.group(3)), cause);
        }
        // A limit this version does not know by name: its message without the setting's name.
        return new InvalidInputException(ErrorCode.JSON_LIMIT, at, List.of(Limit.DOCUMENT, "?",
                message.replaceAll(",? ?from `[^`]*`", "")), cause);
    }

    /**
     * The stream to hand the parser, after a look at its first bytes: an Office file, a ZIP archive, a PDF or other
     * binary data is refused as what it is ({@link ErrorCode#JSON_NOT_JSON}), not as a syntax error at byte 1.
     */
    static InputStream sniffed(InputStream in, @Nullable String source) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        buffered.mark(FileKind.SNIFFED_BYTES);
        byte[] head = buffered.readNBytes(FileKind.SNIFFED_BYTES);
        buffered.reset();
        FileKind kind = FileKind.of(head);
        if (kind.isBinary() || (kind == FileKind.TEXT && startsOutsideAscii(head))) {
            throw new InvalidInputException(ErrorCode.JSON_NOT_JSON, new Location(source, 0, 0, ""),
                    List.of(kind, new Advice(kind)), null);
        }
        return buffered;
    }

    /**
     * Whether the text's first character (after a byte order mark and white space) is not ASCII: no JSON value starts
     * so, while a CSV list with a Chinese header does, and Jackson would report its first byte as "invalid UTF-8".
     */
    private static boolean startsOutsideAscii(byte[] head) {
        int i = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < head.length && head[i] < 0;
    }

    /** What to do with a file that is not JSON, in the reader's language. */
    private record Advice(FileKind kind) implements Labelled {
        @Override
        public String label() {
            return switch (kind) {
                case LEGACY_OFFICE -> "；如为企业名单，请先在Excel或WPS中另存为.xlsx";
                case OFFICE_OPEN_XML -> "；数据集是CountyChain格式的.json文件，企业名单工作簿请用导入功能读取";
                case TEXT -> "；数据集是CountyChain格式的.json文件，CSV企业名单请用导入功能读取";
                default -> "；数据集是CountyChain格式的.json文件";
            };
        }

        @Override
        public String displayName(Locale locale) {
            if (locale != null && "zh".equals(locale.getLanguage())) {
                return label();
            }
            return switch (kind) {
                case LEGACY_OFFICE -> "; if it is an enterprise list, save it as .xlsx in Excel or WPS first";
                case OFFICE_OPEN_XML -> "; a data set is a .json file in the CountyChain format, an enterprise list "
                        + "workbook is read by the import";
                case TEXT -> "; a data set is a .json file in the CountyChain format, an enterprise list in CSV is "
                        + "read by the import";
                default -> "; a data set is a .json file in the CountyChain format";
            };
        }
    }

    static InvalidInputException unexpected(RuntimeException e, @Nullable String source) {
        if (e.getCause() instanceof InvalidInputException model) {
            return new InvalidInputException(model.errorCode(), model.location().withSource(new Location(source,
                    0, 0, "")), model.arguments(), e);
        }
        return new InvalidInputException(ErrorCode.MALFORMED, new Location(source, 0, 0, ""),
                List.of("", String.valueOf(e.getMessage())), e);
    }

    private static <X extends Throwable> @Nullable X causeOf(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String numberText(InputCoercionException e) {
        JsonParser p = e.getProcessor();
        return p == null ? "?" : safeText(p);
    }

    private static String range(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Integer.MIN_VALUE + ".." + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return Long.MIN_VALUE + ".." + Long.MAX_VALUE;
        }
        return String.valueOf(type);
    }

    /** The path the parser was at, for errors Jackson reports without one (syntax errors). */
    private static String parserPath(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser p)) {
            return "";
        }
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static @Nullable InvalidInputException modelCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException iie) {
                return iie;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static Location location(JsonProcessingException e, @Nullable String source) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        return new Location(source, line, column, path);
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String jsonType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == BigDecimal.class || type == BigInteger.class || Number.class.isAssignableFrom(type)
                || type == int.class || type == long.class || type == double.class) {
            return type == BigDecimal.class || type == double.class ? "number" : "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == DivisionCode.class || type == CreditCode.class) {
            return "string";
        }
        if (type == String.class || type.isEnum() || type == LocalDate.class) {
            return type == LocalDate.class ? "date (yyyy-MM-dd)" : "string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "object";
        }
        return "value";
    }

    private static String foundToken(MismatchedInputException m) {
        Object processor = m.getProcessor();
        if (processor instanceof JsonParser p && p.currentToken() != null) {
            switch (p.currentToken()) {
                case START_ARRAY:
                    return "array";
                case START_OBJECT:
                    return "object";
                case VALUE_STRING:
                    return describe(safeText(p));
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return "number " + safeText(p);
                case VALUE_TRUE:
                    return "boolean true";
                case VALUE_FALSE:
                    return "boolean false";
                case VALUE_NULL:
                    return "null";
                default:
                    return p.currentToken().asString() == null ? p.currentToken().name() : p.currentToken().asString();
            }
        }
        return "?";
    }

    private static String safeText(JsonParser p) {
        try {
            return p.getText();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "string \"" + s + "\"";
        }
        if (value instanceof Number) {
            return "number " + value;
        }
        if (value instanceof Boolean) {
            return "boolean " + value;
        }
        return String.valueOf(value);
    }
}
