package org.countychain.validation.internal;

import org.jspecify.annotations.Nullable;

/**
 * Builds message templates that carry the values a message names (the wrong character, the successor code, two
 * amounts that disagree) using the Jakarta Bean Validation API only.
 *
 * <p>The API offers no message parameters, so a template is a sequence of bundle keys with escaped literal
 * values between them: {@code {k.0}18{k.1}7{k.2}6{k.3}}. Each language's bundle holds the text around the
 * values; English and Chinese both keep the values in the same order, which every message here allows.
 * The first key ({@code k.0}) identifies the message and so its stable code.
 */
public final class Templates {
    /** The prefix of every message key of the library. */
    public static final String PREFIX = "org.countychain.validation.constraints.";

    private Templates() {
    }

    /**
     * A template that is a single key.
     *
     * @param key the key without {@link #PREFIX}, for example {@code Yuan.negative}
     * @return the template
     */
    public static String key(String key) {
        return "{" + PREFIX + key + "}";
    }

    /**
     * A template of key pieces with values between them: {@code {key.0}v0{key.1}v1…{key.n}}.
     *
     * @param key    the key without {@link #PREFIX}
     * @param values the values, inserted literally (escaped); a value that is itself a template (see
     *               {@link #nested(String)}) is inserted as is
     * @return the template
     */
    public static String pieces(String key, @Nullable Object... values) {
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < values.length; i++) {
            sb.append('{').append(PREFIX).append(key).append('.').append(i).append('}');
            Object v = values[i];
            if (v instanceof Nested n) {
                sb.append(n.template);
            } else {
                appendLiteral(sb, String.valueOf(v));
            }
        }
        sb.append('{').append(PREFIX).append(key).append('.').append(values.length).append('}');
        return sb.toString();
    }

    /**
     * A translated label to insert into {@link #pieces(String, Object...)} instead of a literal.
     *
     * @param key the label's key without {@link #PREFIX}
     * @return the label reference
     */
    public static Object nested(String key) {
        return new Nested(key(key));
    }

    /**
     * Escapes the characters that message interpolation treats specially.
     *
     * @param sb   where to append
     * @param text the literal text
     */
    static void appendLiteral(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
    }

    private record Nested(String template) {
    }
}
