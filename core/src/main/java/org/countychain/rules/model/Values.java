package org.countychain.rules.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;

import org.countychain.Labelled;
import org.countychain.enterprise.ServiceContact;
import org.countychain.rules.model.Share;
import org.jspecify.annotations.Nullable;

/**
 * Renders evidence values as text: locale-neutral for evidence (constants by name, decimals plain), or for a
 * reader in Chinese or English inside messages. Package-private: not part of the API.
 */
final class Values {
    private Values() {
    }

    /**
     * Whether a locale is rendered in Chinese.
     *
     * @param locale a locale, or {@code null}
     * @return true for {@code zh*}
     */
    static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /**
     * The locale-neutral text of an evidence value: {@link BigDecimal} as plain digits, dates in ISO-8601,
     * constants by name, collections joined with commas, a {@link Share} as its percentage.
     *
     * @param value the value
     * @return the text, or {@code null} for {@code null} (and for an undefined share)
     */
    static @Nullable String evidence(@Nullable Object value) {
        return render(value, null);
    }

    /**
     * The text of a value for a reader: as {@link #evidence(Object)}, but constants with Chinese labels are
     * shown by label in Chinese, collections are joined with {@code 、} in Chinese and an empty one is {@code 无}
     * ({@code none}).
     *
     * @param value  the value
     * @param locale the reader's locale; {@code null} for the locale-neutral evidence form
     * @return the text, or {@code null}
     */
    static @Nullable String render(@Nullable Object value, @Nullable Locale locale) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Share s) {
            BigDecimal p = s.percent();
            return p == null ? null : p.toPlainString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Labelled l && locale != null) {
            return l.displayName(locale);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof ServiceContact c) {
            return c.organisation() == null ? c.name() : c.name() + " (" + c.organisation() + ")";
        }
        if (value instanceof Collection<?> items) {
            if (items.isEmpty() && locale != null) {
                // A reader's message names an empty list as such; "指向它的科技成果：" with nothing after it reads as
                // text cut off. The evidence (no locale) stays the empty string.
                return isChinese(locale) ? "无" : "none";
            }
            String separator = locale == null ? "," : isChinese(locale) ? "、" : ", ";
            StringBuilder b = new StringBuilder();
            for (Object item : items) {
                String text = render(item, locale);
                if (text != null) {
                    if (b.length() > 0) {
                        b.append(separator);
                    }
                    b.append(text);
                }
            }
            return b.toString();
        }
        return value.toString();
    }
}
