package org.countychain.validation.internal;

/**
 * A hand-written recogniser of mainland China phone numbers (no regular expressions): mobile numbers and
 * landlines with area code and optional extension. See {@code @ContactPhone} for the accepted forms.
 */
public final class PhoneNumbers {
    private PhoneNumbers() {
    }

    /**
     * Whether the text is a mobile number or a landline with area code.
     *
     * @param text the number as written
     * @return true when recognised
     */
    public static boolean isValid(CharSequence text) {
        return isMobile(text) || isLandline(text);
    }

    /**
     * Whether the text is a mobile number: optional {@code +86}/{@code 0086} prefix, then 11 digits starting
     * {@code 13}–{@code 19}, optionally grouped 3-4-4 by spaces or hyphens.
     *
     * @param s the text
     * @return true when a mobile number
     */
    public static boolean isMobile(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (startsWith(s, "+86")) {
            i = 3;
        } else if (startsWith(s, "0086")) {
            i = 4;
        }
        if (i > 0 && i < n && isSeparator(s.charAt(i))) {
            i++;
        }
        int digits = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                if ((digits == 0 && c != '1') || (digits == 1 && c < '3')) {
                    return false;
                }
                digits++;
            } else if (!isSeparator(c) || (digits != 3 && digits != 7) || i + 1 >= n || !isDigit(s.charAt(i + 1))) {
                // Only a single separator between the 3-4-4 groups is allowed.
                return false;
            }
        }
        return digits == 11;
    }

    /**
     * Whether the text is a landline: an area code ({@code 010}, {@code 02x} or a four-digit {@code 0xxx}),
     * optionally in parentheses, an optional hyphen or space, a 7- or 8-digit subscriber number not starting
     * with 0 or 1, and an optional extension of 1–6 digits after {@code -}, {@code 转}, {@code #}, {@code x} or
     * {@code ext} (a space before it allowed).
     *
     * @param s the text
     * @return true when a landline
     */
    public static boolean isLandline(CharSequence s) {
        int n = s.length();
        int i = 0;
        boolean paren = n > 0 && s.charAt(0) == '(';
        if (paren) {
            i++;
        }
        if (i + 3 > n || s.charAt(i) != '0' || !isDigit(s.charAt(i + 1)) || !isDigit(s.charAt(i + 2))) {
            return false;
        }
        char second = s.charAt(i + 1);
        int areaLength;
        if (second == '1') {
            if (s.charAt(i + 2) != '0') {
                return false;
            }
            areaLength = 3;
        } else if (second == '2') {
            areaLength = 3;
        } else if (second == '0') {
            return false;
        } else {
            if (i + 4 > n || !isDigit(s.charAt(i + 3))) {
                return false;
            }
            areaLength = 4;
        }
        i += areaLength;
        if (paren) {
            if (i >= n || s.charAt(i) != ')') {
                return false;
            }
            i++;
        }
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == ' ')) {
            i++;
        }
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int subscriber = i - start;
        if (subscriber < 7 || subscriber > 8 || s.charAt(start) == '0' || s.charAt(start) == '1') {
            return false;
        }
        return i == n || isExtension(s, i);
    }

    private static boolean isExtension(CharSequence s, int from) {
        int n = s.length();
        int i = from;
        if (s.charAt(i) == ' ') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '-' || c == '转' || c == '#' || c == 'x' || c == 'X') {
            i++;
        } else if (startsWithAt(s, i, "ext")) {
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                i++;
            }
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == ' ') {
            i++;
        }
        int digits = n - i;
        if (digits < 1 || digits > 6) {
            return false;
        }
        for (; i < n; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    private static boolean startsWith(CharSequence s, String prefix) {
        return startsWithAt(s, 0, prefix);
    }

    private static boolean startsWithAt(CharSequence s, int at, String prefix) {
        if (s.length() - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(s.charAt(at + i)) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Masks personal data for display: the first three and the last four characters stay, the rest become
     * {@code *} ({@code 13812345678} → {@code 138****5678}); seven characters or fewer are masked whole.
     *
     * @param text the value
     * @return the masked value
     */
    public static String mask(String text) {
        int n = text.length();
        if (n <= 7) {
            return "*".repeat(n);
        }
        return text.substring(0, 3) + "*".repeat(n - 7) + text.substring(n - 4);
    }
}
