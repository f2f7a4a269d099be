package org.countychain.rules.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.countychain.ErrorCode;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.jspecify.annotations.Nullable;

/**
 * One thing a rule found (检查结果): its {@link FindingType} (rule id, stable code, severity), its
 * {@link Subject}, and its evidence values. Immutable; the message is rendered in Chinese or English only when
 * asked for.
 *
 * <p>Evidence values are immutable values: {@link String}, {@link java.math.BigDecimal}, boxed numbers,
 * {@link Boolean}, {@link java.time.LocalDate}, enum constants, {@link Share}, records of such values, or
 * unmodifiable lists of them; {@code null} means "not reported". {@link #evidence()} gives them as ordered
 * name → text pairs, decimals as plain strings.
 *
 * <p>JSON: <code>{"ruleId", "code", "severity", "subject", "message": {"zh", "en"}, "evidence": {…}}</code>.
 *
 * @since 0.1.0
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"ruleId", "code", "severity", "subject", "message", "evidence"})
public final class Finding {
    private final FindingType type;
    private final Subject subject;
    /** The evidence values, {@code null} where not reported. */
    private final @Nullable Object[] values;

    private Finding(FindingType type, Subject subject, @Nullable Object[] values) {
        this.type = type;
        this.subject = subject;
        this.values = values;
    }

    /**
     * A finding.
     *
     * @param type    its type
     * @param subject what it is about
     * @param values  the evidence values, one per {@link FindingType#evidenceNames()}, in order
     * @return the finding
     * @throws ReferenceDataException {@link ErrorCode#RULE_DEFINITION} when the number of values is wrong
     */
    public static Finding of(FindingType type, Subject subject, @Nullable Object... values) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        if (values.length != type.evidenceNames().size()) {
            throw new ReferenceDataException(ErrorCode.RULE_DEFINITION, Location.NOWHERE,
                    List.of(type.code() + ": " + values.length + " evidence values for "
                            + type.evidenceNames().size() + " names"), null);
        }
        return new Finding(type, subject, values.clone());
    }

    /**
     * The finding's type.
     *
     * @return the type
     */
    public FindingType type() {
        return type;
    }

    /**
     * The id of the rule that reported it.
     *
     * @return for example {@code R7}
     */
    @JsonProperty("ruleId")
    public String ruleId() {
        return type.ruleId();
    }

    /**
     * The stable code.
     *
     * @return for example {@code R7-PRIORITY}
     */
    @JsonProperty("code")
    public String code() {
        return type.code();
    }

    /**
     * How urgent it is.
     *
     * @return the type's severity
     */
    @JsonProperty("severity")
    public Severity severity() {
        return type.severity();
    }

    /**
     * What it is about.
     *
     * @return the subject
     */
    @JsonProperty("subject")
    public Subject subject() {
        return subject;
    }

    /**
     * The evidence values, in the order of {@link FindingType#evidenceNames()}.
     *
     * @return an unmodifiable list; {@code null} elements are values not reported
     */
    public List<@Nullable Object> values() {
        return Collections.<@Nullable Object>unmodifiableList(Arrays.<@Nullable Object>asList(values));
    }

    /**
     * One evidence value.
     *
     * @param name its name
     * @return the value, or {@code null} when not reported
     * @throws IllegalArgumentException when the type has no such evidence
     */
    public @Nullable Object value(String name) {
        int i = type.evidenceNames().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(type.code() + " has no evidence named " + name);
        }
        return values[i];
    }

    /**
     * One evidence value by position.
     *
     * @param index its position in {@link FindingType#evidenceNames()}
     * @return the value, or {@code null} when not reported
     */
    public @Nullable Object value(int index) {
        return values[index];
    }

    /**
     * One evidence value as locale-neutral text, as in {@link #evidence()}.
     *
     * @param index its position in {@link FindingType#evidenceNames()}
     * @return the text, or {@code null} when not reported
     */
    public @Nullable String evidenceText(int index) {
        return Values.evidence(values[index]);
    }

    /**
     * The evidence as name → text, in order; values not reported are left out. Decimals are plain
     * ({@code 20000000.00}), dates ISO-8601, constants by name, lists comma-separated, shares as percentages.
     *
     * @return an unmodifiable ordered map
     */
    @JsonProperty("evidence")
    public Map<String, String> evidence() {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> names = type.evidenceNames();
        for (int i = 0; i < values.length; i++) {
            String text = Values.evidence(values[i]);
            if (text != null) {
                m.put(names.get(i), text);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The message for a reader.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise (never the JVM's default)
     * @return the message
     */
    public String message(Locale locale) {
        return type.format(locale, subject.name(), values);
    }

    /**
     * The message in both languages.
     *
     * @return {@code zh} and {@code en}, in that order
     */
    @JsonProperty("message")
    public Map<String, String> messages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh", message(Locale.SIMPLIFIED_CHINESE));
        m.put("en", message(Locale.ENGLISH));
        return Collections.unmodifiableMap(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && type.equals(f.type) && subject.equals(f.subject)
                && Arrays.equals(values, f.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type.code(), subject, Arrays.hashCode(values));
    }

    /**
     * The code, the subject's id and name, and the message in English, for logs and test output.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return type.code() + " " + subject.id() + " " + message(Locale.ENGLISH);
    }
}
