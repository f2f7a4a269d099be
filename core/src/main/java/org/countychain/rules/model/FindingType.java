package org.countychain.rules.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.countychain.ErrorCode;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.jspecify.annotations.Nullable;

/**
 * A kind of finding a rule reports (问题类型), identified by a stable code such as {@code R7-PRIORITY}. A code is
 * never reused for another meaning: integrators may match on it.
 *
 * <p>The type fixes the finding's severity, its title, its message in Chinese and English, and the names of its
 * evidence values, in order. Messages are {@link MessageFormat} patterns: <code>{0}</code> is the subject's name,
 * <code>{1}</code>, <code>{2}</code>, … the evidence values in order, already rendered as text (so numbers never
 * get grouping separators; a value not reported shows as {@code —}). Messages are rendered only when asked for.
 *
 * <pre>{@code
 * FindingType belowTarget = FindingType.builder("QZ-PILOT-BELOW-TARGET", "QZ-PILOT")
 *         .severity(Severity.ACTION)
 *         .title("试点产业链研发强度未达本市要求", "pilot-chain R&D intensity below the city's target")
 *         .message("{0}：研发费用占营业收入比重 {1}%，未高于本市要求的 {2}%",
 *                  "{0}: R&D expense is {1}% of revenue, not above the city's {2}%")
 *         .evidence("rdRatioPercent", "targetPercent")
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"code", "ruleId", "severity", "title", "evidenceNames"})
public final class FindingType {
    private final String code;
    private final String ruleId;
    private final Severity severity;
    private final String titleZh;
    private final String titleEn;
    private final String messageZh;
    private final String messageEn;
    private final List<String> evidenceNames;

    private FindingType(Builder b) {
        this.code = b.code;
        this.ruleId = b.ruleId;
        this.severity = b.severity;
        // build() has refused a missing title or message before calling this.
        this.titleZh = Objects.requireNonNull(b.titleZh);
        this.titleEn = Objects.requireNonNull(b.titleEn);
        this.messageZh = Objects.requireNonNull(b.messageZh);
        this.messageEn = Objects.requireNonNull(b.messageEn);
        this.evidenceNames = List.copyOf(b.evidenceNames);
    }

    /**
     * A builder.
     *
     * @param code   the stable code: upper-case letters and digits in dash-separated parts, starting with the rule
     *               id and a dash ({@code R7-PRIORITY})
     * @param ruleId the id of the rule that reports it
     * @return a new builder
     */
    public static Builder builder(String code, String ruleId) {
        return new Builder(code, ruleId);
    }

    /**
     * The stable code.
     *
     * @return for example {@code R7-PRIORITY}
     */
    @JsonProperty("code")
    public String code() {
        return code;
    }

    /**
     * The id of the rule that reports it.
     *
     * @return for example {@code R7}
     */
    @JsonProperty("ruleId")
    public String ruleId() {
        return ruleId;
    }

    /**
     * How urgent findings of this type are.
     *
     * @return the severity
     */
    @JsonProperty("severity")
    public Severity severity() {
        return severity;
    }

    /**
     * A short title, for summaries and list headings.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the title
     */
    public String title(Locale locale) {
        return Values.isChinese(locale) ? titleZh : titleEn;
    }

    @JsonProperty("title")
    private java.util.Map<String, String> titles() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("zh", titleZh);
        m.put("en", titleEn);
        return m;
    }

    /**
     * The message pattern.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the {@link MessageFormat} pattern
     */
    public String messagePattern(Locale locale) {
        return Values.isChinese(locale) ? messageZh : messageEn;
    }

    /**
     * The names of the evidence values, in order.
     *
     * @return an unmodifiable list
     */
    @JsonProperty("evidenceNames")
    public List<String> evidenceNames() {
        return evidenceNames;
    }

    String format(Locale locale, String subjectName, @Nullable Object[] values) {
        boolean zh = Values.isChinese(locale);
        Object[] args = new Object[values.length + 1];
        args[0] = subjectName;
        for (int i = 0; i < values.length; i++) {
            String text = Values.render(values[i], zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            args[i + 1] = text == null ? "—" : text;
        }
        return new MessageFormat(zh ? messageZh : messageEn, zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
                .format(args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FindingType t && code.equals(t.code) && ruleId.equals(t.ruleId)
                && severity == t.severity && titleZh.equals(t.titleZh) && titleEn.equals(t.titleEn)
                && messageZh.equals(t.messageZh) && messageEn.equals(t.messageEn)
                && evidenceNames.equals(t.evidenceNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, ruleId, severity);
    }

    @Override
    public String toString() {
        return code;
    }

    /**
     * Whether a text is a valid rule id: letters and digits in dash-separated parts, starting with a letter
     * ({@code R7}, {@code FC}, {@code QZ-PILOT}).
     *
     * @param id the text
     * @return true when valid
     */
    public static boolean isValidRuleId(String id) {
        if (id == null || id.isEmpty() || !((id.charAt(0) >= 'A' && id.charAt(0) <= 'Z')
                || (id.charAt(0) >= 'a' && id.charAt(0) <= 'z'))) {
            return false;
        }
        char previous = '-';
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (c == '-' && previous != '-');
            if (!ok) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }

    /**
     * Builds a {@link FindingType}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String code;
        private final String ruleId;
        private Severity severity = Severity.INFO;
        private @Nullable String titleZh;
        private @Nullable String titleEn;
        private @Nullable String messageZh;
        private @Nullable String messageEn;
        private final List<String> evidenceNames = new ArrayList<>();

        private Builder(String code, String ruleId) {
            this.code = code;
            this.ruleId = ruleId;
        }

        /**
         * Sets the severity (default {@link Severity#INFO}).
         *
         * @param v the severity
         * @return this builder
         */
        public Builder severity(Severity v) {
            severity = v;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param zh in Chinese
         * @param en in English
         * @return this builder
         */
        public Builder title(String zh, String en) {
            titleZh = zh;
            titleEn = en;
            return this;
        }

        /**
         * Sets the message patterns.
         *
         * @param zh in Chinese
         * @param en in English
         * @return this builder
         */
        public Builder message(String zh, String en) {
            messageZh = zh;
            messageEn = en;
            return this;
        }

        /**
         * Adds evidence names, in order.
         *
         * @param names the names
         * @return this builder
         */
        public Builder evidence(String... names) {
            evidenceNames.addAll(List.of(names));
            return this;
        }

        /**
         * Builds the type.
         *
         * @return the type
         * @throws ReferenceDataException {@link ErrorCode#RULE_DEFINITION} when the code, the rule id, a text
         *                                or a pattern is malformed
         */
        public FindingType build() {
            if (!isValidRuleId(ruleId)) {
                throw broken("rule id '" + ruleId + "' is not letters and digits in dash-separated parts");
            }
            if (code == null || !code.startsWith(ruleId + "-") || !isValidRuleId(code)
                    || !code.equals(code.toUpperCase(Locale.ROOT))) {
                throw broken("finding code '" + code + "' must be upper case and start with '" + ruleId + "-'");
            }
            if (severity == null) {
                throw broken(code + ": severity is required");
            }
            if (blank(titleZh) || blank(titleEn) || blank(messageZh) || blank(messageEn)) {
                throw broken(code + ": title and message are required in Chinese and English");
            }
            Set<String> seen = new HashSet<>();
            for (String n : evidenceNames) {
                if (blank(n) || !seen.add(n)) {
                    throw broken(code + ": evidence name '" + n + "' is blank or repeated");
                }
            }
            for (String pattern : List.of(messageZh, messageEn)) {
                int arguments;
                try {
                    arguments = new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
                } catch (IllegalArgumentException e) {
                    throw broken(code + ": message pattern is malformed: " + e.getMessage());
                }
                if (arguments > evidenceNames.size() + 1) {
                    throw broken(code + ": message uses {" + (arguments - 1) + "} but there are only "
                            + evidenceNames.size() + " evidence values");
                }
            }
            return new FindingType(this);
        }

        private static boolean blank(@Nullable String s) {
            return s == null || s.isBlank();
        }

        private static ReferenceDataException broken(String what) {
            return new ReferenceDataException(ErrorCode.RULE_DEFINITION, Location.NOWHERE, List.of(what), null);
        }
    }
}
