package org.countychain.export.excel.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Normalises header text for matching and reads the money unit a header or title names.
 */
public final class HeaderText {
    private static final Pattern TRAILING_GROUP = Pattern.compile("^(.+?)\\(([^()]*)\\)$");
    private static final Pattern SLASH_UNIT = Pattern.compile("^(.+?)[/_](元|千元|万元|亿元)$");
    private static final Pattern UNIT = Pattern.compile("^(?:单位:?)?(元|千元|万元|亿元)$");
    private static final Pattern TITLE_UNIT = Pattern.compile("单位[:：]\\s*(元|千元|万元|亿元)");

    private HeaderText() {
    }

    /**
     * The text without white space, required-marks ({@code *}), with full-width brackets and colons folded and
     * Latin letters in lower case.
     *
     * @param text header text
     * @return the normalised text
     */
    public static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '＊') {
                continue;
            }
            switch (c) {
                case '（' -> sb.append('(');
                case '）' -> sb.append(')');
                case '：' -> sb.append(':');
                case '＆' -> sb.append('&');
                default -> sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Splits a normalised header into its name and a trailing unit or note: {@code 营业收入(万元)} gives
     * {@code 营业收入} and {@code 万元}.
     *
     * @param normalised a normalised header
     * @return the name and the unit text ({@code ""} when none)
     */
    public static String[] split(String normalised) {
        Matcher m = TRAILING_GROUP.matcher(normalised);
        if (m.matches()) {
            return new String[] {m.group(1), m.group(2)};
        }
        m = SLASH_UNIT.matcher(normalised);
        if (m.matches()) {
            return new String[] {m.group(1), m.group(2)};
        }
        return new String[] {normalised, ""};
    }

    /**
     * The factor to yuan of a unit text: {@code 元} 1, {@code 千元} 1,000, {@code 万元} 10,000, {@code 亿元}
     * 100,000,000 (also written {@code 单位:万元}).
     *
     * @param unit the unit text from {@link #split(String)}
     * @return the factor, or {@code null} when the text is not a money unit
     */
    public static @Nullable BigDecimal factor(String unit) {
        Matcher m = UNIT.matcher(unit);
        if (!m.matches()) {
            return null;
        }
        return switch (m.group(1)) {
            case "千元" -> BigDecimal.valueOf(1_000);
            case "万元" -> BigDecimal.valueOf(10_000);
            case "亿元" -> BigDecimal.valueOf(100_000_000);
            default -> BigDecimal.ONE;
        };
    }

    /**
     * The name of a unit's factor: {@code 万元} for 10,000.
     *
     * @param factor 1, 1,000, 10,000 or 100,000,000
     * @return the unit's name
     */
    public static String unitName(BigDecimal factor) {
        return switch (factor.intValue()) {
            case 1_000 -> "千元";
            case 10_000 -> "万元";
            case 100_000_000 -> "亿元";
            default -> "元";
        };
    }

    /**
     * The unit a title cell names, as in {@code 单位：万元}.
     *
     * @param text a cell above the header row
     * @return the factor, or {@code null} when the cell names no unit
     */
    public static @Nullable BigDecimal titleFactor(String text) {
        Matcher m = TITLE_UNIT.matcher(text);
        return m.find() ? factor(m.group(1)) : null;
    }
}
