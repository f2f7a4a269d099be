package org.countychain.export.excel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;
import org.countychain.CountyChainException;
import org.countychain.ErrorCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.export.excel.RdFormColumn.Kind;
import org.countychain.export.excel.internal.BrokenCell;
import org.countychain.export.excel.internal.HeaderText;
import org.countychain.export.excel.internal.XlsxRowReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the statistics bureau's exports of the R&amp;D forms (研发统计报表导入): 107-2 企业研究开发活动及相关情况, one
 * row per enterprise, into each enterprise's {@link RdStatisticsReport}; 107-1 规模以上工业法人单位研发项目情况, one
 * row per project, summed per enterprise into the project count R8 compares. The layout is the exports': title rows
 * (merged cells; {@code 单位：千元}; {@code 2024年}), a header row of indicator names as the form prints them, an
 * optional second header row of column letters (甲、乙、丙…) or indicator codes, then the data. Money is in 千元, the
 * forms' unit, unless a header or a title row names another; it is converted to yuan exactly. The file-level checks
 * and limits are {@link EnterpriseImporter}'s. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RdStatisticsImporter {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Map<String, RdFormColumn> BY_NAME = new HashMap<>();
    private static final Pattern ORDINAL = Pattern.compile("^(?:其中:|[0-9]+[.、]|[一二三四五六七八九十]+[、.]|[①②③④⑤⑥⑦⑧⑨⑩])+");
    private static final Pattern CODE_CELL = Pattern.compile("^(?:[甲乙丙丁戊己庚辛壬癸]|[a-z]{0,2}[0-9]{1,4})$");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");

    static {
        for (RdFormColumn c : RdFormColumn.values()) {
            for (String n : c.names()) {
                BY_NAME.put(HeaderText.normalise(n), c);
            }
        }
    }

    private final EnterpriseImporter files;

    private RdStatisticsImporter(EnterpriseImporter files) {
        this.files = files;
    }

    /**
     * An importer with the default file limits.
     *
     * @return the importer
     */
    public static RdStatisticsImporter defaults() {
        return new RdStatisticsImporter(EnterpriseImporter.defaults());
    }

    /**
     * Imports a 107-1 or 107-2 export (.xlsx or CSV); which form it is follows from its header (a 项目名称 column
     * makes it 107-1).
     *
     * @param file the file
     * @return the figures per enterprise, and the rejected rows
     * @throws ImportRefusedException when the file as a whole is refused (no header naming 统一社会信用代码 and an
     *                                indicator of either form, among the other refusals of the enterprise import)
     */
    public RdFormImport importFile(Path file) {
        java.util.Objects.requireNonNull(file, "file");
        Reader r = new Reader(String.valueOf(file.getFileName()));
        files.readInto(file, r);
        return r.result();
    }

    static @Nullable RdFormColumn column(String header) {
        String norm = HeaderText.normalise(header);
        RdFormColumn c = BY_NAME.get(norm);
        if (c != null) {
            return c;
        }
        String bare = ORDINAL.matcher(norm).replaceFirst("");
        c = BY_NAME.get(bare);
        return c != null ? c : BY_NAME.get(HeaderText.split(bare)[0]);
    }

    /** Reads the sheets: the first with a header row is the form. */
    private static final class Reader implements SheetSink {
        private final String source;
        private boolean csv;
        private String sheet = "";
        private boolean done;
        /** The form's header row; {@code null} until it is found. */
        private @Nullable String @Nullable [] header;
        /** The column of the credit code, once the header row is found. */
        private int codeColumn = -1;
        private boolean afterHeader;
        private BigDecimal titleFactor = THOUSAND;
        private @Nullable Integer titleYear;
        private final EnumMap<RdFormColumn, Integer> columns = new EnumMap<>(RdFormColumn.class);
        private final EnumMap<RdFormColumn, BigDecimal> factors = new EnumMap<>(RdFormColumn.class);
        private final List<UnknownColumn> unknown = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final Map<CreditCode, RdStatisticsReport> reports = new LinkedHashMap<>();
        private final Map<CreditCode, RdFormImport.ProjectTotals> projects = new LinkedHashMap<>();
        private @Nullable Integer year;
        private int read;

        Reader(String source) {
            this.source = source;
        }

        @Override
        public void csv(boolean isCsv) {
            csv = isCsv;
        }

        @Override
        public void startSheet(String name, int index, boolean chosen) {
            sheet = name;
        }

        @Override
        public boolean endSheet() {
            if (header != null) {
                done = true;
            }
            return !done;
        }

        @Override
        public void skip(String name, int index, SkippedSheet.Kind kind) {
            // a hidden sheet of the export: not the form
        }

        @Override
        public void row(int rowNumber, @Nullable String[] cells, List<BrokenCell> broken) {
            if (done) {
                throw new XlsxRowReader.StopReading();
            }
            @Nullable String[] formHeader = header;
            if (formHeader == null) {
                findHeader(rowNumber, cells);
                return;
            }
            if (afterHeader) {
                afterHeader = false;
                if (isCodeRow(cells)) {
                    return; // 甲、乙、丙… or the indicators' codes
                }
            }
            read++;
            dataRow(formHeader, rowNumber, cells, broken);
        }

        private void findHeader(int rowNumber, @Nullable String[] cells) {
            EnumMap<RdFormColumn, Integer> found = new EnumMap<>(RdFormColumn.class);
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i];
                if (cell != null && !cell.isBlank()) {
                    RdFormColumn c = column(cell);
                    if (c != null) {
                        found.putIfAbsent(c, i);
                    }
                }
            }
            Integer code = found.get(RdFormColumn.CREDIT_CODE);
            if (code != null && found.size() >= 2) {
                header = cells.clone();
                codeColumn = code;
                afterHeader = true;
                columns.putAll(found);
                for (int i = 0; i < cells.length; i++) {
                    String cell = cells[i];
                    if (cell == null || cell.isBlank() || found.containsValue(i)) {
                        continue;
                    }
                    unknown.add(new UnknownColumn(sheet, CellReference.convertNumToColString(i), cell.strip(),
                            null));
                }
                for (Map.Entry<RdFormColumn, Integer> e : found.entrySet()) {
                    if (e.getKey().kind() == Kind.MONEY) {
                        BigDecimal f = HeaderText.factor(HeaderText.split(HeaderText.normalise(
                                Objects.requireNonNull(cells[e.getValue()], "a found column's header")))[1]);
                        factors.put(e.getKey(), f != null ? f : titleFactor);
                    }
                }
                return;
            }
            for (String c : cells) {
                if (c == null) {
                    continue;
                }
                BigDecimal f = HeaderText.titleFactor(c);
                if (f != null) {
                    titleFactor = f;
                }
                Matcher m = TITLE_YEAR.matcher(c);
                if (m.find() && titleYear == null) {
                    titleYear = Integer.parseInt(m.group(1));
                }
            }
            if (rowNumber >= EnterpriseImporter.DEFAULT_HEADER_SEARCH_ROWS) {
                throw new XlsxRowReader.StopReading();
            }
        }

        private static boolean isCodeRow(@Nullable String[] cells) {
            boolean any = false;
            for (String c : cells) {
                if (c == null || c.isBlank()) {
                    continue;
                }
                any = true;
                if (!CODE_CELL.matcher(HeaderText.normalise(c)).matches()) {
                    return false;
                }
            }
            return any;
        }

        private String raw(@Nullable String[] cells, RdFormColumn c) {
            Integer i = columns.get(c);
            String cell = i == null || i >= cells.length ? null : cells[i];
            return cell == null ? "" : cell.strip();
        }

        private void dataRow(@Nullable String[] header, int rowNumber, @Nullable String[] cells,
                             List<BrokenCell> broken) {
            List<RowError> rowErrors = new ArrayList<>();
            for (BrokenCell b : broken) {
                rowErrors.add(RowError.of(sheet, rowNumber, "", b.reference(), "",
                        b.limit() ? ExcelErrorCode.IMPORT_LIMIT : ExcelErrorCode.IMPORT_BROKEN_CELL, b.key(), b.arguments()));
            }
            EnumMap<RdFormColumn, Object> values = new EnumMap<>(RdFormColumn.class);
            for (Map.Entry<RdFormColumn, Integer> e : columns.entrySet()) {
                RdFormColumn c = e.getKey();
                String v = raw(cells, c);
                if (v.isEmpty()) {
                    continue;
                }
                String ref = CellReference.convertNumToColString(e.getValue()) + rowNumber;
                String head = String.valueOf(header[e.getValue()]).strip(); // a found column's header: not empty
                Object parsed = parse(c, v);
                if (parsed instanceof String[] problem && c.kind() != Kind.TEXT) {
                    rowErrors.add(RowError.of(sheet, rowNumber, head, ref, v,
                            "excel.tooLarge".equals(problem[0]) || "excel.negative".equals(problem[0])
                                    ? ErrorCode.OUT_OF_RANGE : ErrorCode.MALFORMED,
                            problem[0], Arrays.stream(problem).skip(1).map(RowError::shown).toList()));
                } else {
                    values.put(c, parsed);
                }
            }
            CreditCode code = null;
            String codeText = raw(cells, RdFormColumn.CREDIT_CODE);
            String codeHeader = String.valueOf(header[codeColumn]).strip();
            String codeReference = CellReference.convertNumToColString(codeColumn) + rowNumber;
            if (codeText.isEmpty()) {
                rowErrors.add(RowError.of(sheet, rowNumber, codeHeader, codeReference, "",
                        ErrorCode.REQUIRED, "excel.required", List.of()));
            } else {
                try {
                    code = CreditCode.parse(codeText);
                } catch (CountyChainException x) {
                    rowErrors.add(RowError.of(sheet, rowNumber, codeHeader, codeReference, codeText, x));
                }
            }
            Integer rowYear = (Integer) values.get(RdFormColumn.YEAR);
            if (rowYear != null) {
                year = rowYear;
            } else if (year == null) {
                year = titleYear;
            }
            if (!rowErrors.isEmpty() || code == null) { // a row without a code has an error
                errors.addAll(rowErrors);
                return;
            }
            try {
                if (columns.containsKey(RdFormColumn.PROJECT_NAME)) {
                    project(code, values);
                } else {
                    reports.put(code, report(values));
                }
            } catch (CountyChainException x) {
                errors.add(RowError.of(sheet, rowNumber, "", "", "", x));
            }
        }

        private void project(CreditCode code, EnumMap<RdFormColumn, Object> v) {
            RdFormImport.ProjectTotals t = projects.getOrDefault(code,
                    new RdFormImport.ProjectTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            RdFormImport.ProjectTotals now = new RdFormImport.ProjectTotals(t.count() + 1,
                    t.expenditure().add(money(v, RdFormColumn.PROJECT_EXPENDITURE)),
                    t.government().add(money(v, RdFormColumn.PROJECT_GOVERNMENT)),
                    t.personMonths().add(money(v, RdFormColumn.PROJECT_PERSON_MONTHS)));
            projects.put(code, now);
            reports.put(code, new RdStatisticsReport(null, now.count(),
                    columns.containsKey(RdFormColumn.PROJECT_PERSON_MONTHS) ? now.personMonths() : null, null, null,
                    null, null, null, null));
        }

        private static BigDecimal money(EnumMap<RdFormColumn, Object> v, RdFormColumn c) {
            Object o = v.get(c);
            return o == null ? BigDecimal.ZERO : (BigDecimal) o;
        }

        private static RdStatisticsReport report(EnumMap<RdFormColumn, Object> v) {
            RdStatisticsReport.Staff staff = any(v, RdFormColumn.STAFF_TOTAL, RdFormColumn.STAFF_EXTERNAL)
                    ? new RdStatisticsReport.Staff(i(v, RdFormColumn.STAFF_TOTAL), i(v, RdFormColumn.STAFF_MANAGEMENT),
                            i(v, RdFormColumn.STAFF_FEMALE), i(v, RdFormColumn.STAFF_FULL_TIME),
                            i(v, RdFormColumn.STAFF_BACHELOR), i(v, RdFormColumn.STAFF_EXTERNAL)) : null;
            RdStatisticsReport.Expenses expenses = any(v, RdFormColumn.EXPENSE_STAFF,
                    RdFormColumn.COMMISSIONED_ABROAD) ? new RdStatisticsReport.Expenses(
                            d(v, RdFormColumn.EXPENSE_STAFF), d(v, RdFormColumn.EXPENSE_DIRECT),
                            d(v, RdFormColumn.EXPENSE_DEPRECIATION), d(v, RdFormColumn.EXPENSE_AMORTISATION),
                            d(v, RdFormColumn.EXPENSE_DESIGN), d(v, RdFormColumn.EXPENSE_EQUIPMENT),
                            d(v, RdFormColumn.EXPENSE_COMMISSIONED), d(v, RdFormColumn.EXPENSE_OTHER),
                            d(v, RdFormColumn.COMMISSIONED_INSTITUTES), d(v, RdFormColumn.COMMISSIONED_UNIVERSITIES),
                            d(v, RdFormColumn.COMMISSIONED_ENTERPRISES), d(v, RdFormColumn.COMMISSIONED_ABROAD))
                    : null;
            RdStatisticsReport.Funding funding = any(v, RdFormColumn.FUNDING_SELF, RdFormColumn.FUNDING_OTHER)
                    ? new RdStatisticsReport.Funding(d(v, RdFormColumn.FUNDING_SELF),
                            d(v, RdFormColumn.FUNDING_GOVERNMENT), d(v, RdFormColumn.FUNDING_BANK),
                            d(v, RdFormColumn.FUNDING_VENTURE), d(v, RdFormColumn.FUNDING_OTHER)) : null;
            RdStatisticsReport.Institutions institutions = any(v, RdFormColumn.INSTITUTIONS,
                    RdFormColumn.INSTITUTION_EQUIPMENT) ? new RdStatisticsReport.Institutions(
                            i(v, RdFormColumn.INSTITUTIONS), i(v, RdFormColumn.INSTITUTION_STAFF),
                            i(v, RdFormColumn.INSTITUTION_DOCTORS), i(v, RdFormColumn.INSTITUTION_MASTERS),
                            d(v, RdFormColumn.INSTITUTION_EXPENDITURE), d(v, RdFormColumn.INSTITUTION_EQUIPMENT))
                    : null;
            RdStatisticsReport.Outputs outputs = any(v, RdFormColumn.PATENT_APPLICATIONS,
                    RdFormColumn.NEW_PRODUCT_EXPORTS) ? new RdStatisticsReport.Outputs(
                            i(v, RdFormColumn.PATENT_APPLICATIONS), i(v, RdFormColumn.INVENTION_APPLICATIONS),
                            i(v, RdFormColumn.VALID_INVENTION_PATENTS), i(v, RdFormColumn.IMPLEMENTED_PATENTS),
                            d(v, RdFormColumn.NEW_PRODUCT_REVENUE), d(v, RdFormColumn.NEW_PRODUCT_EXPORTS)) : null;
            RdStatisticsReport.Assets assets = any(v, RdFormColumn.ASSETS_FORMED, RdFormColumn.ASSETS_EQUIPMENT)
                    ? new RdStatisticsReport.Assets(d(v, RdFormColumn.ASSETS_FORMED),
                            d(v, RdFormColumn.ASSETS_EQUIPMENT)) : null;
            return new RdStatisticsReport(d(v, RdFormColumn.RD_EXPENDITURE), null, null, staff, expenses, funding,
                    institutions, outputs, assets);
        }

        /** Whether any column from {@code first} to {@code last} (in declaration order) has a value. */
        private static boolean any(EnumMap<RdFormColumn, Object> v, RdFormColumn first, RdFormColumn last) {
            for (RdFormColumn c : RdFormColumn.values()) {
                if (c.ordinal() >= first.ordinal() && c.ordinal() <= last.ordinal() && v.containsKey(c)) {
                    return true;
                }
            }
            return false;
        }

        private static @Nullable Integer i(EnumMap<RdFormColumn, Object> v, RdFormColumn c) {
            return (Integer) v.get(c);
        }

        private static @Nullable BigDecimal d(EnumMap<RdFormColumn, Object> v, RdFormColumn c) {
            return (BigDecimal) v.get(c);
        }

        /** The value, or {key, arguments…} of the problem. */
        private Object parse(RdFormColumn c, String v) {
            switch (c.kind()) {
                case TEXT -> {
                    return v;
                }
                case YEAR -> {
                    Matcher m = Pattern.compile("^([0-9]{4})(?:\\.0+)?\\s*年?$").matcher(v);
                    if (m.matches()) {
                        int y = Integer.parseInt(m.group(1));
                        if (y >= 1949 && y <= 2100) {
                            return y;
                        }
                    }
                    return new String[] {"excel.notYear", v};
                }
                default -> {
                    BigDecimal d = RowParser.parseNumber(csv && v.startsWith("'") ? v.substring(1) : v);
                    if (d == null) {
                        return new String[] {v.startsWith("-") ? "excel.negative" : "excel.notNumber", v};
                    }
                    BigDecimal factor = c.kind() == Kind.MONEY ? factors.getOrDefault(c, THOUSAND) : BigDecimal.ONE;
                    if (!RowParser.fits(d, factor)) {
                        return new String[] {"excel.tooLarge", v, Integer.toString(RowParser.MAX_INTEGER_DIGITS),
                                Integer.toString(RowParser.MAX_DECIMALS)};
                    }
                    if (c.kind() == Kind.COUNT) {
                        BigDecimal whole = d.stripTrailingZeros();
                        if (whole.scale() > 0 || whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                            return new String[] {"excel.notWhole", v};
                        }
                        return whole.intValueExact();
                    }
                    BigDecimal y = d.multiply(factor).stripTrailingZeros();
                    return y.scale() < 0 ? y.setScale(0) : y;
                }
            }
        }

        RdFormImport result() {
            if (header == null) {
                throw new ImportRefusedException(source, null, "excel.refused.noFormHeader",
                        List.of(EnterpriseImporter.DEFAULT_HEADER_SEARCH_ROWS), null);
            }
            RdFormImport.Form form = columns.containsKey(RdFormColumn.PROJECT_NAME) ? RdFormImport.Form.FORM_107_1
                    : RdFormImport.Form.FORM_107_2;
            return new RdFormImport(form, year != null ? year : titleYear, reports, projects, read, errors,
                    unknown);
        }
    }
}
