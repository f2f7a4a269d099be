package org.countychain.export.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.RdStatisticsReport;
import org.jspecify.annotations.Nullable;

/**
 * What an export of the R&amp;D statistics form 107-1 or 107-2 gave (研发统计报表导入结果): per enterprise, the
 * figures R8 and the validation module's consistency checks use, in yuan, and the rows rejected with their errors.
 * {@link #applyTo(List)} puts them into the enterprises' yearly statistics reports.
 *
 * @param form           which form the file is
 * @param year           the reporting year (from a year column or a title such as {@code 2024年}), or
 *                       {@code null} when the file does not say
 * @param reports        for 107-2, each enterprise's report; for 107-1, a report holding the project count and the
 *                       projects' person-months (when the file has that column) only
 * @param projects       for 107-1, each enterprise's projects summed; empty for 107-2
 * @param rowsRead       data rows read
 * @param errors         one error per bad cell of a rejected row
 * @param unknownColumns the columns not imported (including the form's parts the model does not hold)
 * @since 0.1.0
 */
public record RdFormImport(Form form, @Nullable Integer year, Map<CreditCode, RdStatisticsReport> reports,
                           Map<CreditCode, ProjectTotals> projects, int rowsRead, List<RowError> errors,
                           List<UnknownColumn> unknownColumns) {
    /** The two forms. */
    public enum Form {
        /** 107-1 规模以上工业法人单位研发项目情况: one row per R&amp;D project. */
        FORM_107_1,
        /** 107-2 企业研究开发活动及相关情况: one row per enterprise. */
        FORM_107_2
    }

    /**
     * An enterprise's 107-1 projects, summed.
     *
     * @param count        the number of projects (rows)
     * @param expenditure  项目经费内部支出 summed, yuan
     * @param government   其中：政府资金 summed, yuan
     * @param personMonths 项目人员实际工作时间 summed, person-months
     */
    public record ProjectTotals(int count, BigDecimal expenditure, BigDecimal government, BigDecimal personMonths) {
    }

    /**
     * Copies the collections.
     *
     * @param form           the form
     * @param year           the year
     * @param reports        the reports
     * @param projects       the project totals
     * @param rowsRead       rows read
     * @param errors         errors
     * @param unknownColumns columns not imported
     */
    public RdFormImport {
        Objects.requireNonNull(form, "form");
        reports = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reports));
        projects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(projects));
        errors = List.copyOf(errors);
        unknownColumns = List.copyOf(unknownColumns);
    }

    /**
     * The enterprises with this form's figures in the statistics report of the form's year: a 107-2 report replaces
     * the year's report but keeps a project count and person-months already there (from 107-1); a 107-1 project
     * count and person-months are set into the year's report, keeping its other figures. A year the enterprise does not have yet is added with the report
     * alone. Enterprises the form does not name are returned unchanged.
     *
     * @param enterprises the enterprises
     * @return the enterprises, in the same order
     * @throws IllegalStateException when the file gave no reporting year
     */
    public List<Enterprise> applyTo(List<Enterprise> enterprises) {
        if (year == null) {
            throw new IllegalStateException("the form does not say its reporting year");
        }
        List<Enterprise> out = new ArrayList<>(enterprises.size());
        for (Enterprise e : enterprises) {
            RdStatisticsReport filed = reports.get(e.creditCode());
            if (filed == null) {
                out.add(e);
                continue;
            }
            AnnualRdFigures current = e.year(year).orElse(null);
            RdStatisticsReport before = current == null ? null : current.statisticsReport();
            RdStatisticsReport merged = form == Form.FORM_107_2
                    ? new RdStatisticsReport(filed.rdExpenditure(), filed.projectCount() != null
                            ? filed.projectCount() : before == null ? null : before.projectCount(),
                            before == null ? null : before.projectPersonMonths(), filed.staff(),
                            filed.expenses(), filed.funding(), filed.institutions(), filed.outputs(), filed.assets())
                    : before == null ? filed
                    : new RdStatisticsReport(before.rdExpenditure(), filed.projectCount(),
                            filed.projectPersonMonths(), before.staff(), before.expenses(), before.funding(),
                            before.institutions(), before.outputs(), before.assets());
            AnnualRdFigures filedYear = (current == null ? AnnualRdFigures.builder(year) : current.toBuilder())
                    .statisticsReport(merged).build();
            // A copy of the enterprise, so that every other fact of it is kept: only the year's report changes.
            List<AnnualRdFigures> years = new ArrayList<>(e.years().size() + 1);
            for (AnnualRdFigures f : e.years()) {
                years.add(f.year() == year ? filedYear : f);
            }
            if (current == null) {
                years.add(filedYear);
            }
            out.add(e.toBuilder().years(years).build());
        }
        return out;
    }
}
