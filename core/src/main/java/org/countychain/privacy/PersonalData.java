package org.countychain.privacy;

/**
 * How personal data is shown in what people read — Word reports and their appendices, the lists workbook, the
 * command line's text (个人信息展示方式). The model holds personal data in the phone numbers of service contacts
 * ({@code ServiceContact.phone}), of S&amp;T commissioners ({@code Commissioner.phone}) and in the free-text contact
 * of a report's advantage units ({@code AdvantageUnit.contact}); names stay readable, because a list of whom to
 * call is useless without them. Every human-facing output masks by default; printing in full is an explicit
 * choice of the caller ({@code ExportRequest.Builder.personalData(FULL)}, {@code --show-personal-data}).
 * JSON written for other systems keeps the data as it is.
 *
 * <pre>{@code
 * PersonalData.MASKED.phone("13812345678");            // 138****5678
 * PersonalData.MASKED.text("王工 0595-85550101");       // 王工 059*-****0101
 * PersonalData.FULL.phone("13812345678");              // 13812345678
 * }</pre>
 *
 * @since 0.1.0
 */
public enum PersonalData {
    /** Phone numbers show their first three and last four digits only (the default). */
    MASKED,
    /** Shown in full: an explicit choice, for a document that stays inside the bureau. */
    FULL;

    /** The fewest digits a run of digits in free text must have to be taken for a phone number. */
    private static final int MIN_PHONE_DIGITS = 7;
    /** The most: longer runs are other numbers (an 18-digit credit code, an amount). */
    private static final int MAX_PHONE_DIGITS = 13;

    /**
     * A phone number as this policy shows it: masked, every digit but the first three and the last four replaced
     * by {@code *} (separators kept); a number of seven digits or fewer masked whole.
     *
     * @param phone the number as written, may be {@code null}
     * @return the number to show, {@code null} for {@code null}
     */
    public String phone(String phone) {
        if (phone == null || this == FULL) {
            return phone;
        }
        int digits = 0;
        for (int i = 0; i < phone.length(); i++) {
            if (Character.isDigit(phone.charAt(i))) {
                digits++;
            }
        }
        StringBuilder sb = new StringBuilder(phone.length());
        int seen = 0;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                boolean keep = digits > MIN_PHONE_DIGITS && (seen <= 3 || seen > digits - 4);
                sb.append(keep ? c : '*');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Free text as this policy shows it: masked, every phone number in it (a run of 7 to 13 digits, which may be
     * grouped by {@code -} or spaces and start with {@code +86}) masked as {@link #phone(String)} does; other text
     * and longer numbers (credit codes, amounts) unchanged.
     *
     * @param text the text, may be {@code null}
     * @return the text to show, {@code null} for {@code null}
     */
    public String text(String text) {
        if (text == null || this == FULL) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    && !isCjk(text.charAt(i - 1)))) {
                out.append(text.charAt(i++));
                continue;
            }
            // A run of digits, possibly grouped by single separators between digits.
            int end = i;
            int digits = 0;
            int j = i;
            while (j < text.length()) {
                char c = text.charAt(j);
                if (Character.isDigit(c)) {
                    digits++;
                    end = ++j;
                } else if ((c == '-' || c == ' ') && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1))
                        && digits > 0) {
                    j++;
                } else {
                    break;
                }
            }
            boolean followedByWord = end < text.length() && Character.isLetter(text.charAt(end))
                    && !isCjk(text.charAt(end));
            String run = text.substring(i, end);
            out.append(digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS && !followedByWord ? phone(run) : run);
            i = end;
        }
        return out.toString();
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
