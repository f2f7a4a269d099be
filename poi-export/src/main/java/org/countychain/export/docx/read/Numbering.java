package org.countychain.export.docx.read;

import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Word's automatic numbering ({@code numbering.xml}): the label Word shows before a numbered paragraph
 * ({@code 一、}, {@code 1.}, {@code （一）}, {@code ①}), computed as Word counts: each list instance ({@code w:num})
 * keeps its own counters, a level restarts when a higher level advances. Bullets have no label.
 */
final class Numbering {
    private static final class Level {
        int start = 1;
        String format = "decimal";
        String text = "";
    }

    private final Map<String, Level[]> abstractLevels = new HashMap<>();
    private final Map<String, String> numToAbstract = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> startOverrides = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final java.util.Set<String> started = new java.util.HashSet<>();

    static Numbering read(byte @Nullable [] xml, String source) throws XMLStreamException {
        Numbering n = new Numbering();
        if (xml == null) {
            return n;
        }
        XMLStreamReader r = SafeXml.reader(xml, source, "numbering.xml");
        Level[] levels = null;
        Level level = null;
        String num = null;
        Integer overrideLevel = null;
        while (r.hasNext()) {
            int event = SafeXml.next(r, source, "numbering.xml");
            if (event == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "abstractNum" -> levels = null;
                    case "lvl" -> level = null;
                    case "num" -> num = null;
                    case "lvlOverride" -> overrideLevel = null;
                    default -> {
                        // Nothing to close.
                    }
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "abstractNum" -> {
                    levels = new Level[9];
                    n.abstractLevels.put(String.valueOf(Docx.attr(r, "abstractNumId")), levels);
                }
                case "lvl" -> {
                    int i = Docx.intAttr(r, "ilvl", 0);
                    if (levels != null && i >= 0 && i < 9) {
                        level = new Level();
                        levels[i] = level;
                    }
                }
                case "start" -> {
                    if (level != null) {
                        level.start = Docx.intAttr(r, "val", 1);
                    }
                }
                case "numFmt" -> {
                    if (level != null) {
                        level.format = String.valueOf(Docx.attr(r, "val"));
                    }
                }
                case "lvlText" -> {
                    if (level != null) {
                        level.text = String.valueOf(Docx.attr(r, "val"));
                    }
                }
                case "num" -> num = Docx.attr(r, "numId");
                case "abstractNumId" -> {
                    if (num != null) {
                        n.numToAbstract.put(num, Docx.attr(r, "val"));
                    }
                }
                case "lvlOverride" -> overrideLevel = Docx.intAttr(r, "ilvl", 0);
                case "startOverride" -> {
                    if (num != null && overrideLevel != null) {
                        n.startOverrides.computeIfAbsent(num, k -> new HashMap<>())
                                .put(overrideLevel, Docx.intAttr(r, "val", 1));
                    }
                }
                default -> {
                    // Not needed.
                }
            }
        }
        return n;
    }

    /**
     * Advances the list's counter and returns the label Word shows, or "" (bullets, unknown lists, numId 0). As in
     * Word, list instances of one abstract list share its counters; an instance that overrides a level's start
     * restarts that level where it is first used.
     */
    String next(String numId, int ilvl) {
        if (numId == null || numId.equals("0") || ilvl < 0 || ilvl > 8) {
            return "";
        }
        String abstractId = numToAbstract.get(numId);
        Level[] levels = abstractLevels.get(abstractId);
        if (levels == null || levels[ilvl] == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(abstractId, k -> new int[9]);
        Map<Integer, Integer> overrides = startOverrides.getOrDefault(numId, Map.of());
        if (started.add(numId)) {
            overrides.forEach((level, start) -> {
                if (level >= ilvl && level < 9) {
                    count[level] = 0;
                }
            });
        }
        for (int i = 0; i <= ilvl; i++) {
            if (count[i] == 0) {
                count[i] = start(levels, overrides, i) - (i == ilvl ? 1 : 0);
            }
        }
        count[ilvl]++;
        for (int i = ilvl + 1; i < 9; i++) {
            count[i] = 0;
        }
        Level level = levels[ilvl];
        if (level.format.equals("bullet") || level.format.equals("none")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        String t = level.text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                int l = t.charAt(i + 1) - '1';
                Level of = levels[l] == null ? level : levels[l];
                sb.append(format(count[l] == 0 ? start(levels, overrides, l) : count[l], of.format));
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int start(Level[] levels, Map<Integer, Integer> overrides, int i) {
        Integer o = overrides.get(i);
        return o != null ? o : levels[i] == null ? 1 : levels[i].start;
    }

    static String format(int n, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
                 "ideographLegalTraditional", "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1))
                    : Integer.toString(n);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= 20
                    ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" -> "(" + n + ")";
            case "decimalEnclosedFullstop" -> n + ".";
            case "upperLetter" -> letters(n).toUpperCase(java.util.Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            default -> Integer.toString(n);
        };
    }

    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : digits.charAt(ones));
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return sb.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            sb.append((char) (s.charAt(i) - '0' + '０'));
        }
        return sb.toString();
    }

    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                sb.append(s[i]);
                n -= v[i];
            }
        }
        return sb.toString();
    }
}
