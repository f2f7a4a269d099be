package org.countychain.export.docx.read;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How headings are recognised: their numbering as typed or as Word's automatic numbering shows it, and their
 * wording compared with the template's after folding widths, spaces and end punctuation, within a tolerance.
 */
final class Headings {
    /** The smallest similarity (1 − edit distance ÷ the longer length) at which differing wording still matches. */
    static final double TOLERANCE = 0.75;

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern CHAPTER = Pattern.compile("^\\s*(?:第\\s*(" + CN + ")\\s*(?:章|部分)[\\s、.,:]*|("
            + CN + ")\\s*[、.,:]\\s*|(" + CN + ")\\s+)");
    private static final Pattern DOTTED = Pattern.compile("^\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})(?!\\d)\\s*[、.,:]?\\s*");
    private static final Pattern ITEM = Pattern.compile("^\\s*(\\d{1,2})\\s*(?:[.、,:](?!\\d)|\\s)\\s*");
    private static final Pattern PAREN = Pattern.compile("^\\s*\\(\\s*(" + CN + "|\\d{1,2})\\s*\\)\\s*[、.]?\\s*");
    private static final Pattern CIRCLED = Pattern.compile("^\\s*([①-⑳])\\s*");

    private Headings() {
    }

    /** How a heading is numbered. */
    enum Kind {
        /** 一、 or 第一章. */
        CHAPTER,
        /** 1. or 1、 or 1.1 (with the chapter). */
        ITEM,
        /** （一） or （1）. */
        PAREN,
        /** ①. */
        CIRCLED,
        /** No number. */
        NONE
    }

    /** A heading split into number and words; {@code chapter} is set for {@code 1.1}-style numbers. */
    record Numbered(Kind kind, int number, int chapter, String words) {
    }

    /** Unicode NFKC: full-width letters, digits and brackets become half-width; ideographic space a space. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    static Numbered split(String text) {
        String t = fold(text).strip();
        Matcher m = CHAPTER.matcher(t);
        if (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return new Numbered(Kind.CHAPTER, chinese(n), 0, t.substring(m.end()));
        }
        m = DOTTED.matcher(t);
        if (m.find()) {
            return new Numbered(Kind.ITEM, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                    t.substring(m.end()));
        }
        m = ITEM.matcher(t);
        if (m.find()) {
            return new Numbered(Kind.ITEM, Integer.parseInt(m.group(1)), 0, t.substring(m.end()));
        }
        m = PAREN.matcher(t);
        if (m.find()) {
            String n = m.group(1);
            return new Numbered(Kind.PAREN, Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : chinese(n), 0,
                    t.substring(m.end()));
        }
        m = CIRCLED.matcher(t);
        if (m.find()) {
            return new Numbered(Kind.CIRCLED, m.group(1).charAt(0) - '①' + 1, 0, t.substring(m.end()));
        }
        return new Numbered(Kind.NONE, 0, 0, t);
    }

    static int chinese(String s) {
        String digits = "零一二三四五六七八九";
        if (s.equals("十")) {
            return 10;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(s.length() - 1));
        return tens * 10 + ones;
    }

    /** The words compared: folded, without white space, without punctuation at the end or quotation marks. */
    static String key(String words) {
        String s = fold(words).replaceAll("[\\s\\u00a0\\u200b\\ufeff]+", "");
        s = s.replaceAll("[\"'“”‘’《》]", "");
        return s.replaceAll("[:;,.。、!?]+$", "");
    }

    /** 1 − edit distance ÷ the longer length; 1 for equal strings. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1;
        }
        if (Math.abs(a.length() - b.length()) > max / 2 + 1) {
            return 0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1 - (double) prev[b.length()] / max;
    }

    /**
     * Whether the heading's words match the template's within the tolerance: equal, similar enough, or holding the
     * template's words in order with at most half as many again added ({@code 产业发展现状} for {@code 产业现状}).
     */
    static boolean matches(String heading, String template) {
        if (heading.isEmpty() || template.isEmpty()) {
            return false;
        }
        return heading.equals(template) || similarity(heading, template) >= TOLERANCE
                || (heading.length() <= template.length() * 3 / 2 + 1 && template.length() >= 4
                && subsequence(template, heading));
    }

    private static boolean subsequence(String small, String big) {
        int i = 0;
        for (int j = 0; j < big.length() && i < small.length(); j++) {
            if (small.charAt(i) == big.charAt(j)) {
                i++;
            }
        }
        return i == small.length();
    }
}
