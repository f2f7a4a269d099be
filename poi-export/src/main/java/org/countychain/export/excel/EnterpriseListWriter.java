package org.countychain.export.excel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.Deflater;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.io.OutputFiles;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.RdInstitution;
import org.countychain.export.excel.EnterpriseColumn.Kind;
import org.countychain.export.excel.internal.XlsxStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes enterprises as an enterprise list (企业名单) in the layout {@link EnterpriseImporter} reads: one row per
 * enterprise and year (one row with empty figures for an enterprise without years), money in yuan. An .xlsx
 * workbook is written straight into the zip stream, row by row (memory stays flat at any size, and the same
 * enterprises give the same bytes); CSV is UTF-8 with a byte-order mark (so Excel
 * opens it correctly), and a cell that begins with {@code =}, {@code +}, {@code -} or {@code @} gets a leading
 * apostrophe so no spreadsheet runs it as a formula (the importer removes it again).
 *
 * <p>What the list holds of an enterprise is what its columns hold ({@link EnterpriseColumn}); the 107-2
 * statistics report, incentives, ledger style, intermediary, service contact and the kinds of R&amp;D
 * institutions are not in the list. A certificate's last valid day is written only when the data set states it: a
 * derived one ({@link HighTechCertificate#effectiveValidUntil()}) leaves 高企证书有效期至 empty, which the importer reads
 * as derived again, so a written list reads back as the same certificates.
 *
 * @since 0.1.0
 */
public final class EnterpriseListWriter {
    /** The sheet's name. */
    public static final String SHEET_NAME = "企业名单";

    private EnterpriseListWriter() {
    }

    /**
     * Writes an .xlsx workbook.
     *
     * @param enterprises the enterprises
     * @param out         the file
     * @throws IOException declared for compatibility; a failure is a {@code CountyChainIOException}
     * @throws org.countychain.CountyChainIOException when writing fails: the file is written whole or not at all
     *                                                 ({@link org.countychain.io.OutputFiles})
     */
    public static void writeXlsx(Iterable<Enterprise> enterprises, Path out) throws IOException {
        java.util.Objects.requireNonNull(enterprises, "enterprises");
        java.util.Objects.requireNonNull(out, "out");
        OutputFiles.write(out, os -> {
            writeXlsx(enterprises, os);
            return out;
        });
    }

    /**
     * Writes an .xlsx workbook to a stream (left open).
     *
     * @param enterprises the enterprises
     * @param out         the stream
     * @throws IOException when writing fails
     */
    public static void writeXlsx(Iterable<Enterprise> enterprises, OutputStream out) throws IOException {
        java.util.Objects.requireNonNull(enterprises, "enterprises");
        java.util.Objects.requireNonNull(out, "out");
        EnterpriseColumn[] columns = EnterpriseColumn.values();
        int[] widths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = ColumnWidths.of(columns[i], headerOf(columns[i]));
        }
        XlsxStreamWriter sheet = new XlsxStreamWriter(out, SHEET_NAME, widths, 2, 1, Deflater.BEST_SPEED);
        sheet.row();
        for (int i = 0; i < columns.length; i++) {
            sheet.text(i, headerOf(columns[i]), XlsxStreamWriter.HEADER);
        }
        for (Enterprise e : enterprises) {
            List<HighTechCertificate> certs = e.highTechCertificates();
            int n = Math.max(Math.max(e.years().size(), certs.size()), 1);
            for (int r = 0; r < n; r++) {
                AnnualRdFigures y = r < e.years().size() ? e.years().get(r) : null;
                HighTechCertificate cert = r < certs.size() ? certs.get(r) : null;
                sheet.row();
                for (int i = 0; i < columns.length; i++) {
                    Object v = value(columns[i], e, y, cert);
                    if (v == null) {
                        continue;
                    }
                    if (v instanceof BigDecimal d) {
                        sheet.number(i, d.doubleValue(),
                                columns[i].kind() == Kind.MONEY ? XlsxStreamWriter.MONEY : XlsxStreamWriter.COUNT);
                    } else if (v instanceof Integer number) {
                        sheet.number(i, number, XlsxStreamWriter.COUNT);
                    } else if (v instanceof LocalDate d) {
                        sheet.date(i, d, XlsxStreamWriter.DATE);
                    } else {
                        sheet.text(i, v.toString(), XlsxStreamWriter.TEXT);
                    }
                }
            }
        }
        sheet.finish(true);
    }

    /**
     * Writes CSV in UTF-8 with a byte-order mark.
     *
     * @param enterprises the enterprises
     * @param out         the file
     * @throws IOException declared for compatibility; a failure is a {@code CountyChainIOException}
     * @throws org.countychain.CountyChainIOException when writing fails: the file is written whole or not at all
     *                                                 ({@link org.countychain.io.OutputFiles})
     */
    public static void writeCsv(Iterable<Enterprise> enterprises, Path out) throws IOException {
        java.util.Objects.requireNonNull(enterprises, "enterprises");
        java.util.Objects.requireNonNull(out, "out");
        OutputFiles.write(out, os -> {
            writeCsv(enterprises, os);
            return out;
        });
    }

    /**
     * Writes CSV in UTF-8 with a byte-order mark to a stream (flushed, left open).
     *
     * @param enterprises the enterprises
     * @param out         the stream
     * @throws IOException when writing fails
     */
    public static void writeCsv(Iterable<Enterprise> enterprises, OutputStream out) throws IOException {
        java.util.Objects.requireNonNull(enterprises, "enterprises");
        java.util.Objects.requireNonNull(out, "out");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        EnterpriseColumn[] columns = EnterpriseColumn.values();
        List<String> header = new ArrayList<>();
        for (EnterpriseColumn c : columns) {
            header.add(headerOf(c));
        }
        csvLine(w, header);
        for (Enterprise e : enterprises) {
            for (List<@Nullable Object> values : rows(e)) {
                List<String> cells = new ArrayList<>(columns.length);
                for (Object v : values) {
                    cells.add(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
                }
                csvLine(w, cells);
            }
        }
        w.flush();
    }

    /**
     * A cell's text made safe for CSV: formula-injection guard, then quoting when needed.
     *
     * @param value the text
     * @return the CSV field
     */
    public static String csvField(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static void csvLine(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvField(cells.get(i)));
        }
        w.write("\r\n");
    }

    /**
     * The header a writer uses for a column: the standard header, with {@code （元）} for money.
     *
     * @param c the column
     * @return the header
     */
    public static String headerOf(EnterpriseColumn c) {
        return c.kind() == Kind.MONEY ? c.header() + "（元）" : c.header();
    }

    /**
     * The rows the writers write for an enterprise: one per year (certificates beside them, one per row), at least
     * one; each row holds a value per {@link EnterpriseColumn} in declaration order ({@code String},
     * {@code Integer}, {@code BigDecimal} yuan, {@code LocalDate}, or {@code null} for an empty cell).
     *
     * @param e the enterprise
     * @return the rows
     */
    public static List<List<@Nullable Object>> rows(Enterprise e) {
        List<List<@Nullable Object>> out = new ArrayList<>();
        List<HighTechCertificate> certs = e.highTechCertificates();
        int n = Math.max(Math.max(e.years().size(), certs.size()), 1);
        for (int i = 0; i < n; i++) {
            AnnualRdFigures y = i < e.years().size() ? e.years().get(i) : null;
            HighTechCertificate cert = i < certs.size() ? certs.get(i) : null;
            List<@Nullable Object> v = new ArrayList<>();
            for (EnterpriseColumn c : EnterpriseColumn.values()) {
                v.add(value(c, e, y, cert));
            }
            out.add(v);
        }
        return out;
    }

    private static @Nullable Object value(EnterpriseColumn c, Enterprise e, @Nullable AnnualRdFigures y,
                                          @Nullable HighTechCertificate cert) {
        return switch (c) {
            case CREDIT_CODE -> e.creditCode().value();
            case NAME -> e.name();
            case COUNTY -> e.county().value();
            case INDUSTRY_CODE -> e.industryCode();
            case CHAIN_IDS -> e.chainIds().isEmpty() ? null : String.join("；", e.chainIds());
            case ABOVE_SCALE -> yesNo(e.aboveScale());
            case MANUFACTURING -> yesNo(e.manufacturing());
            case SCIENCE_TECH_SME -> yesNo(e.scienceTechSme());
            case REGISTERED_ON -> e.registeredOn();
            case YEAR -> y == null ? null : y.year();
            case OPERATING_REVENUE -> y == null ? null : y.operatingRevenue();
            case RD_EXPENSE -> y == null ? null : y.rdExpense();
            case SELF_FUNDED_RD_EXPENSE -> y == null ? null : y.selfFundedRdExpense();
            case DOMESTIC_RD_EXPENSE -> y == null ? null : y.domesticRdExpense();
            case HIGH_TECH_PRODUCT_REVENUE -> y == null ? null : y.highTechProductRevenue();
            case EMPLOYEES -> y == null ? null : y.employees();
            case SCIENCE_TECH_STAFF -> y == null ? null : y.scienceTechStaff();
            case INVENTION_PATENTS -> y == null ? null : y.inventionPatents();
            case CORE_IP_COUNT -> y == null ? null : y.coreIpCount();
            case RD_INSTITUTION_NAMES -> y == null || y.rdInstitutions().isEmpty() ? null
                    : y.rdInstitutions().stream().map(RdInstitution::name).collect(Collectors.joining("；"));
            case RD_INSTITUTION_LEVELS -> y == null || y.rdInstitutions().isEmpty() ? null
                    : y.rdInstitutions().stream().map(i -> i.level().label()).collect(Collectors.joining("；"));
            case AUXILIARY_LEDGER -> y == null || y.auxiliaryLedger() == null ? null : yesNo(y.auxiliaryLedger());
            case RD_RESERVE_FUND -> y == null || y.rdReserveFund() == null ? null : yesNo(y.rdReserveFund());
            case SCIENCE_DEPARTMENT_PROJECTS -> y == null ? null : y.scienceDepartmentProjects();
            case HIGH_TECH_CERTIFICATE_NUMBER -> cert == null ? null : cert.number();
            case HIGH_TECH_CERTIFICATE_ISSUED_ON -> cert == null ? null : cert.issuedOn();
            // Only a stated last valid day: a derived one written here would read back as stated.
            case HIGH_TECH_CERTIFICATE_VALID_UNTIL -> cert == null ? null : cert.validUntil();
            case INDUSTRY_NAME -> e.industryName();
            case INDUSTRIAL -> e.industrial() == null ? null : yesNo(e.industrial());
            case REGISTERED_ADDRESS -> e.registeredAddress();
            case YEAR_ABOVE_SCALE -> y == null || y.aboveScale() == null ? null : yesNo(y.aboveScale());
        };
    }

    private static String yesNo(boolean v) {
        return v ? "是" : "否";
    }
}
