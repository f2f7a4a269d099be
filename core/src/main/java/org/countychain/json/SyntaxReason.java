package org.countychain.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.countychain.BilingualLabelled;
import org.countychain.BilingualText;

/**
 * Why text is not well-formed JSON (JSON语法错误的原因), in the reader's language: the parser's own English message
 * told in the library's words for the mistakes people make (a file cut short, a stray character, a missing comma or
 * quote, text that is not UTF-8). A message the parser gives in a form not listed here is kept as it is, so that
 * nothing it says is lost.
 *
 * @param text the reason in both languages
 */
record SyntaxReason(BilingualText text) implements BilingualLabelled {
    /** Longest piece of the input a reason quotes, in characters. */
    private static final int QUOTED = 40;

    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.*)': was expecting",
            Pattern.DOTALL);
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\(.*?code (\\d+)\\)\\)(.*)",
            Pattern.DOTALL);
    private static final Pattern UNQUOTED_CONTROL = Pattern.compile("^Illegal unquoted character \\(.*?code (\\d+)\\)",
            Pattern.DOTALL);
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");

    /**
     * The reason for the parser's message.
     *
     * @param parserMessage the parser's message without its location
     * @return the reason in both languages
     */
    static SyntaxReason of(String parserMessage) {
        if (parserMessage.startsWith("Unexpected end-of-input")) {
            return new SyntaxReason(new BilingualText("文件在此处提前结束，JSON不完整（可能被截断）",
                    "the file ends here before the JSON is complete (it may have been cut short)"));
        }
        if (parserMessage.startsWith("Invalid UTF-8")) {
            return new SyntaxReason(new BilingualText("文件不是UTF-8编码的文本；JSON数据集须以UTF-8保存",
                    "the file is not UTF-8 text; a JSON data set is saved as UTF-8"));
        }
        Matcher m = UNRECOGNIZED.matcher(parserMessage);
        if (m.find()) {
            String token = quoted(m.group(1));
            return new SyntaxReason(new BilingualText("无法识别“" + token + "”：此处应为字符串、数字、数组、对象或true、false、null",
                    "'" + token + "' is not JSON: a string, a number, an array, an object, true, false or null "
                            + "belongs here"));
        }
        m = UNEXPECTED.matcher(parserMessage);
        if (m.find()) {
            String character = character(m.group(1));
            String rest = m.group(2);
            String zh = "此处不应有“" + character + "”";
            String en = "'" + character + "' does not belong here";
            if (rest.contains("double-quote to start field name")) {
                zh += "：应为以双引号开始的字段名";
                en += ": a field name in double quotes was expected";
            } else if (rest.contains("comma to separate Object entries")) {
                zh += "：应为逗号（分隔对象的字段）或“}”";
                en += ": a comma between an object's fields, or '}', was expected";
            } else if (rest.contains("comma to separate Array entries")) {
                zh += "：应为逗号（分隔数组的元素）或“]”";
                en += ": a comma between an array's elements, or ']', was expected";
            } else if (rest.contains("colon to separate field name and value")) {
                zh += "：应为冒号（分隔字段名与值）";
                en += ": a colon between a field name and its value was expected";
            } else if (rest.contains("expected a value") || rest.contains("expected a valid value")) {
                zh += "：此处应为字符串、数字、数组、对象或true、false、null";
                en += ": a string, a number, an array, an object, true, false or null was expected";
            }
            return new SyntaxReason(new BilingualText(zh, en));
        }
        m = UNQUOTED_CONTROL.matcher(parserMessage);
        if (m.find()) {
            String character = character(m.group(1));
            return new SyntaxReason(new BilingualText("字符串中有未转义的控制字符" + character + "，须写作转义序列",
                    "the control character " + character + " inside a string must be written as an escape sequence"));
        }
        m = CLOSE_MARKER.matcher(parserMessage);
        if (m.find()) {
            return new SyntaxReason(new BilingualText("“" + m.group(1) + "”与前面的括号不配对",
                    "'" + m.group(1) + "' does not close the bracket opened before it"));
        }
        String kept = parserMessage.isBlank() ? "?" : parserMessage;
        return new SyntaxReason(new BilingualText(kept, kept));
    }

    /**
     * More content after the document's one value.
     *
     * @param token what comes after it
     * @return the reason in both languages
     */
    static SyntaxReason trailing(String token) {
        String t = quoted(token);
        return new SyntaxReason(new BilingualText("JSON值结束后还有内容：" + t,
                "more content after the end of the JSON value: " + t));
    }

    /** A character by its code, so that an invisible one shows: itself, or a control character as {@code U+000A}. */
    private static String character(String decimalCode) {
        int code;
        try {
            code = Integer.parseInt(decimalCode);
        } catch (NumberFormatException e) {
            return "?";
        }
        boolean invisible = code < 0x20 || code == 0x7F || !Character.isValidCodePoint(code)
                || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE);
        if (invisible) {
            return String.format(Locale.ROOT, "U+%04X", code);
        }
        return new String(Character.toChars(code));
    }

    private static String quoted(String text) {
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
    }
}
