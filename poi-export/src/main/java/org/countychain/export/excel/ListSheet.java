package org.countychain.export.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One sheet of the lists workbook (名单工作簿): a list the notice's rules produce (the R5 service list, the R7
 * priority list, R8 anomalies, the R11 cultivation list, coverage figures), with the rule's id and the notice's
 * section, so every printed page can be traced back to a sentence of 闽科高〔2024〕135号.
 *
 * @param name          the sheet's name (at most 31 characters, no {@code []:*?/\})
 * @param title         the list's title, e.g. {@code 一对一服务企业名单}
 * @param ruleId        the rule's id, e.g. {@code R5}
 * @param noticeSection the notice's section, e.g. {@code 二.1}
 * @param columns       the columns
 * @param rows          the rows, each with one value per column: {@code String}, {@code Number} (a
 *                      {@code BigDecimal} for money and ratios), {@code java.time.LocalDate} or {@code null}
 * @since 0.1.0
 */
public record ListSheet(String name, String title, String ruleId, String noticeSection, List<Column> columns,
                        List<List<@Nullable Object>> rows) {
    /**
     * How a column's values are shown.
     *
     * @since 0.1.0
     */
    public enum Format {
        /** Text. */
        TEXT,
        /** Money in yuan with thousands separators and two decimals. */
        MONEY,
        /** A whole number with thousands separators. */
        COUNT,
        /** A ratio shown as a percentage with two decimals (0.0523 shows as 5.23%). */
        PERCENT,
        /** A date. */
        DATE
    }

    /**
     * A column.
     *
     * @param header the header
     * @param format how values are shown
     * @since 0.1.0
     */
    public record Column(String header, Format format) {
        /**
         * Checks the parts.
         */
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * Checks the parts and copies the lists; a row must have one value per column.
     */
    public ListSheet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(noticeSection, "noticeSection");
        columns = List.copyOf(columns);
        List<List<@Nullable Object>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<@Nullable Object> row = rows.get(i);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + i + " has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
