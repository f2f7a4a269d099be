package org.countychain;

import java.io.Serializable;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a problem is (问题位置): the source (a file name or another description), the line and column in it,
 * and the path of the offending element ({@code enterprises[3].creditCode}). Every part is optional.
 *
 * @param source a file name or description of the input, or {@code null}
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path   the field path, or {@code ""} when the problem concerns the whole input
 * @since 0.1.0
 */
public record Location(@Nullable String source, int line, int column, String path) implements Serializable {
    /** No known location. */
    public static final Location NOWHERE = new Location(null, 0, 0, "");

    /**
     * Normalises absent parts.
     */
    public Location {
        path = path == null ? "" : path;
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    /**
     * A location that is only a field path.
     *
     * @param path the field path
     * @return the location
     */
    public static Location ofPath(String path) {
        return new Location(null, 0, 0, path);
    }

    /**
     * This location with a path prefix: {@code enterprises[3]} + {@code creditCode}.
     *
     * @param prefix the path of the enclosing element
     * @return the combined location
     */
    public Location under(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Location(source, line, column, joined);
    }

    /**
     * A human-readable description such as {@code sample.json 第12行第7列 enterprises[3].creditCode}.
     *
     * @param locale the reader's locale
     * @return the description, empty when nothing is known
     */
    public String describe(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        if (source != null && !source.isEmpty()) {
            sb.append(source);
        }
        if (line > 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(chinese ? "第" + line + "行" : "line " + line);
            if (column > 0) {
                sb.append(chinese ? "第" + column + "列" : ", column " + column);
            }
        }
        if (!path.isEmpty()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(path);
        }
        return sb.toString();
    }

    /**
     * This location with the source, line and column of another where this one lacks them.
     *
     * @param other a location holding the source, line and column
     * @return the combined location
     */
    public Location withSource(Location other) {
        return new Location(source != null ? source : other.source, line > 0 ? line : other.line,
                column > 0 ? column : other.column, path);
    }
}
