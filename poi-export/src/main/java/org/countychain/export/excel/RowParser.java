package org.countychain.export.excel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;
import org.countychain.CountyChainException;
import org.countychain.ErrorCode;
import org.countychain.ProblemCode;
import org.countychain.division.Division;
import org.countychain.division.DivisionCode;
import org.countychain.division.DivisionLevel;
import org.countychain.division.Divisions;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.enterprise.RdInstitution;
import org.countychain.export.excel.internal.BrokenCell;
import org.countychain.internal.TextLimits;
import org.jspecify.annotations.Nullable;

/**
 * Parses the data rows of one sheet by its header (按表头解析数据行): each cell by its column's kind, and every cell
 * that cannot be taken an error naming the cell, its header and its value. Checks within one row only; the rows of
 * one enterprise are merged by {@link EnterpriseMerger}. One parser per sheet; not thread-safe.
 */
final class RowParser {
    /** The most digits an amount in yuan may have before the decimal point: below 10^18 yuan. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** The most decimals an amount in yuan may have. */
    static final int MAX_DECIMALS = 20;
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    /**
     * A number as people write it: ASCII digits only (no Arabic-Indic or full-width digits), thousands separators
     * only in groups of three ({@code 1,234,567.5}, never {@code 1,2,3}), an optional exponent; a leading minus is
     * recognised to report a negative value as such.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "^(-)?((?:[0-9]{1,3}(?:[,，][0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?$");
    private static final Pattern YEAR = Pattern.compile("^([0-9]{4})(?:\\.0+)?\\s*年?$");
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);
    private static final EnterpriseColumn[] COLUMNS = EnterpriseColumn.values();
    /** {@link #maxChars(EnterpriseColumn)} by the column's ordinal. */
    private static final int[] MAX_CHARS = new int[COLUMNS.length];

    static {
        for (EnterpriseColumn c : COLUMNS) {
            MAX_CHARS[c.ordinal()] = maxChars(c);
        }
    }

    private final String sheet;
    private final Divisions divisions;
    private final boolean csv;
    private final @Nullable String[] headerCells;
    /** Each column's 0-based index in the sheet by the column's ordinal, or -1 when the sheet lacks it. */
    private final int[] index = new int[COLUMNS.length];
    /** Each money column's unit factor by the column's ordinal. */
    private final BigDecimal[] factors = new BigDecimal[COLUMNS.length];
    /** The error workbook's reasons column, or -1. */
    private final int errorColumn;

    /**
     * A parser for one sheet.
     *
     * @param sheet       the sheet's name
     * @param divisions   the divisions the county column names
     * @param csv         whether the file is CSV (a leading apostrophe the exporter put before a formula
     *                    character is taken off)
     * @param headerCells the header row
     * @param columns     where each column is
     * @param factors     the unit factor of each money column
     * @param errorColumn the error workbook's reasons column, or -1
     */
    RowParser(String sheet, Divisions divisions, boolean csv, @Nullable String[] headerCells,
              Map<EnterpriseColumn, Integer> columns, Map<EnterpriseColumn, BigDecimal> factors, int errorColumn) {
        this.sheet = sheet;
        this.divisions = divisions;
        this.csv = csv;
        this.headerCells = headerCells.clone();
        this.errorColumn = errorColumn;
        Arrays.fill(index, -1);
        Arrays.fill(this.factors, BigDecimal.ONE);
        columns.forEach((c, i) -> index[c.ordinal()] = i);
        factors.forEach((c, f) -> this.factors[c.ordinal()] = f);
    }

    /**
     * The most characters a column's text may have (each item's, for a list): validation's limit for the model field
     * the column fills ({@link TextLimits}), so that whatever the import accepts passes validation's length check
     * (CV-0930) and a text validation refuses is a row error here, not an enterprise that fails later. 0 for the
     * columns whose values are read as something else (a credit code, a county, a number, a date, 是/否, an institution
     * level): they reject a long text as not being one.
     *
     * @param c a column
     * @return the limit, or 0
     */
    static int maxChars(EnterpriseColumn c) {
        return switch (c) {
            case NAME, RD_INSTITUTION_NAMES -> TextLimits.of("name"); // Enterprise.name, RdInstitution.name
            case INDUSTRY_CODE -> TextLimits.of("industryCode");
            case INDUSTRY_NAME -> TextLimits.of("industryName");
            case REGISTERED_ADDRESS -> TextLimits.of("registeredAddress");
            case CHAIN_IDS -> TextLimits.of("chainIds");
            case HIGH_TECH_CERTIFICATE_NUMBER -> TextLimits.of("number"); // HighTechCertificate.number
            default -> 0;
        };
    }

    /** A column's header text as shown in messages; an empty header cell is an empty name. */
    private String headerName(int column) {
        String header = headerCells[column];
        return header == null ? "" : header.strip();
    }

    /** The identity part of a row, compared across the rows of one credit code. */
    record Identity(@Nullable String name, @Nullable DivisionCode county, @Nullable String industryCode,
                    List<String> chainIds, boolean aboveScale, boolean manufacturing, boolean scienceTechSme,
                    @Nullable LocalDate registeredOn, @Nullable String industryName, @Nullable Boolean industrial,
                    @Nullable String registeredAddress) {
    }

    /**
     * Parses one data row.
     *
     * @param rowNumber the 1-based row number
     * @param cells     the cells
     * @param broken    the cells the reader could not take
     * @return the row's values and errors
     */
    Row parse(int rowNumber, @Nullable String[] cells, List<BrokenCell> broken) {
        Row p = new Row(rowNumber, cells);
        for (BrokenCell b : broken) {
            p.broken(b.column());
            String column = b.column() >= 0 && b.column() < headerCells.length ? headerName(b.column()) : "";
            p.rowErrors.add(RowError.of(sheet, rowNumber, column, b.reference(), "",
                    b.limit() ? ExcelErrorCode.IMPORT_LIMIT : ExcelErrorCode.IMPORT_BROKEN_CELL, b.key(), b.arguments()));
        }
        p.code = p.creditCode();
        String name = p.text(EnterpriseColumn.NAME);
        DivisionCode county = p.county();
        p.identity = new Identity(name, county, p.text(EnterpriseColumn.INDUSTRY_CODE),
                p.list(EnterpriseColumn.CHAIN_IDS), Boolean.TRUE.equals(p.yesNo(EnterpriseColumn.ABOVE_SCALE)),
                Boolean.TRUE.equals(p.yesNo(EnterpriseColumn.MANUFACTURING)),
                Boolean.TRUE.equals(p.yesNo(EnterpriseColumn.SCIENCE_TECH_SME)),
                p.date(EnterpriseColumn.REGISTERED_ON), p.text(EnterpriseColumn.INDUSTRY_NAME),
                p.yesNo(EnterpriseColumn.INDUSTRIAL), p.text(EnterpriseColumn.REGISTERED_ADDRESS));
        Integer year = p.year(EnterpriseColumn.YEAR);
        AnnualRdFigures.Builder figures = year == null ? null : AnnualRdFigures.builder(year);
        BigDecimal revenue = p.money(EnterpriseColumn.OPERATING_REVENUE);
        BigDecimal rd = p.money(EnterpriseColumn.RD_EXPENSE);
        BigDecimal selfFunded = p.money(EnterpriseColumn.SELF_FUNDED_RD_EXPENSE);
        BigDecimal domestic = p.money(EnterpriseColumn.DOMESTIC_RD_EXPENSE);
        BigDecimal highTechRevenue = p.money(EnterpriseColumn.HIGH_TECH_PRODUCT_REVENUE);
        Integer employees = p.count(EnterpriseColumn.EMPLOYEES);
        Integer staff = p.count(EnterpriseColumn.SCIENCE_TECH_STAFF);
        Integer patents = p.count(EnterpriseColumn.INVENTION_PATENTS);
        Integer coreIp = p.count(EnterpriseColumn.CORE_IP_COUNT);
        List<RdInstitution> institutions = p.institutions();
        Boolean ledger = p.yesNo(EnterpriseColumn.AUXILIARY_LEDGER);
        Boolean reserve = p.yesNo(EnterpriseColumn.RD_RESERVE_FUND);
        Integer projects = p.count(EnterpriseColumn.SCIENCE_DEPARTMENT_PROJECTS);
        Boolean yearAboveScale = p.yesNo(EnterpriseColumn.YEAR_ABOVE_SCALE);
        boolean anyFigure = yearAboveScale != null || revenue != null || rd != null || selfFunded != null || domestic != null
                || highTechRevenue != null || employees != null || staff != null || patents != null
                || coreIp != null || !institutions.isEmpty() || ledger != null || reserve != null || projects != null;
        if (year == null && anyFigure && p.raw(EnterpriseColumn.YEAR).isEmpty()) {
            p.error(EnterpriseColumn.YEAR, ErrorCode.REQUIRED, "excel.required");
        }
        String certNumber = p.text(EnterpriseColumn.HIGH_TECH_CERTIFICATE_NUMBER);
        LocalDate issued = p.date(EnterpriseColumn.HIGH_TECH_CERTIFICATE_ISSUED_ON);
        LocalDate validUntil = p.date(EnterpriseColumn.HIGH_TECH_CERTIFICATE_VALID_UNTIL);
        boolean anyCert = certNumber != null || !p.raw(EnterpriseColumn.HIGH_TECH_CERTIFICATE_ISSUED_ON).isEmpty()
                || !p.raw(EnterpriseColumn.HIGH_TECH_CERTIFICATE_VALID_UNTIL).isEmpty();
        if (anyCert) {
            // A blank valid-until cell is a certificate whose last valid day is derived from its issue date; a cell
            // that is not a date has its own error already.
            boolean validUntilBlank = p.raw(EnterpriseColumn.HIGH_TECH_CERTIFICATE_VALID_UNTIL).isEmpty();
            if (certNumber == null || issued == null || (validUntil == null && !validUntilBlank)) {
                if (p.rowErrors.isEmpty()) {
                    p.error(EnterpriseColumn.HIGH_TECH_CERTIFICATE_NUMBER, ErrorCode.REQUIRED,
                            "excel.certificateIncomplete");
                }
            } else {
                p.certificate = new HighTechCertificate(certNumber, issued, validUntil);
            }
        }
        if (p.rowErrors.isEmpty() && figures != null) {
            try {
                p.figures = figures.aboveScale(yearAboveScale).operatingRevenue(revenue).rdExpense(rd).selfFundedRdExpense(selfFunded)
                        .domesticRdExpense(domestic).highTechProductRevenue(highTechRevenue).employees(employees)
                        .scienceTechStaff(staff).inventionPatents(patents).coreIpCount(coreIp)
                        .rdInstitutions(institutions).auxiliaryLedger(ledger).rdReserveFund(reserve)
                        .scienceDepartmentProjects(projects).build();
            } catch (CountyChainException e) {
                p.error(null, e);
            }
        }
        if (errorColumn >= 0 && errorColumn < cells.length && cells[errorColumn] != null
                && cells[errorColumn].contains("[" + ErrorCode.DUPLICATE.code() + "]")) {
            // A row rejected as a conflicting duplicate comes back unchanged unless its reason was cleared.
            p.rowErrors.add(RowError.of(sheet, rowNumber, headerName(errorColumn),
                    CellReference.convertNumToColString(errorColumn) + rowNumber, "", ErrorCode.DUPLICATE,
                    "excel.conflictNotResolved", List.of(headerName(errorColumn))));
        }
        return p;
    }

    /** One parsed row: its values, and the errors of its cells. */
    final class Row {
        final int row;
        final @Nullable String[] cells;
        final List<RowError> rowErrors = new ArrayList<>();
        /** Columns with a broken cell, reported once as such and not again as empty; most rows have none. */
        private int @Nullable [] brokenColumns;
        private int brokenCount;
        /** The credit code; {@code null} when the cell is empty or wrong (an error of the row). */
        @Nullable CreditCode code;
        /** The identity columns; set by {@link #parse} (its name and county are {@code null} only with an error). */
        @Nullable Identity identity;
        /** The year's figures when the row has a year and no error. */
        @Nullable AnnualRdFigures figures;
        @Nullable HighTechCertificate certificate;

        Row(int row, @Nullable String[] cells) {
            this.row = row;
            this.cells = cells;
        }

        /**
         * The credit code of a row without errors, to merge it: a row whose code cell is empty or wrong has an error.
         *
         * @return the code
         * @throws IllegalStateException when the row has errors
         */
        CreditCode acceptedCode() {
            CreditCode c = code;
            if (c == null || !rowErrors.isEmpty()) {
                throw new IllegalStateException("row " + row + " has errors: it is not merged");
            }
            return c;
        }

        /**
         * The identity of a row without errors, to merge it.
         *
         * @return the identity, its name and county present (a missing one is an error of the row)
         * @throws IllegalStateException when the row has errors
         */
        Identity acceptedIdentity() {
            Identity i = identity;
            if (i == null || !rowErrors.isEmpty()) {
                throw new IllegalStateException("row " + row + " has errors: it is not merged");
            }
            return i;
        }

        private void broken(int column) {
            if (brokenColumns == null) {
                brokenColumns = new int[4];
            } else if (brokenCount == brokenColumns.length) {
                brokenColumns = Arrays.copyOf(brokenColumns, brokenCount * 2);
            }
            brokenColumns[brokenCount++] = column;
        }

        private boolean isBroken(int column) {
            int[] columns = brokenColumns;
            if (columns == null) {
                return false;
            }
            for (int i = 0; i < brokenCount; i++) {
                if (columns[i] == column) {
                    return true;
                }
            }
            return false;
        }

        String raw(EnterpriseColumn c) {
            int i = index[c.ordinal()];
            if (i < 0 || i >= cells.length || cells[i] == null) {
                return "";
            }
            String v = strip(cells[i]);
            if (csv && v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0) {
                v = v.substring(1); // undo the exporter's formula-injection guard
            }
            return v;
        }

        String ref(EnterpriseColumn c) {
            int i = index[c.ordinal()];
            return i < 0 ? "" : CellReference.convertNumToColString(i) + row;
        }

        String header(EnterpriseColumn c) {
            int i = index[c.ordinal()];
            return i < 0 ? c.header() : headerName(i);
        }

        void error(EnterpriseColumn c, ProblemCode code, String key, Object... args) {
            int i = index[c.ordinal()];
            if (i >= 0 && isBroken(i)) {
                return;
            }
            List<Object> shown = new ArrayList<>(args.length);
            for (Object a : args) {
                shown.add(a instanceof String text ? RowError.shown(text) : a); // a cell's value, by its start
            }
            rowErrors.add(RowError.of(sheet, row, header(c), ref(c), raw(c), code, key, shown));
        }

        void error(@Nullable EnterpriseColumn c, CountyChainException e) {
            rowErrors.add(RowError.of(sheet, row, c == null ? "" : header(c), c == null ? "" : ref(c),
                    c == null ? "" : raw(c), e));
        }

        @Nullable String text(EnterpriseColumn c) {
            String v = raw(c);
            if (v.isEmpty() && c.required()) {
                error(c, ErrorCode.REQUIRED, "excel.required");
            }
            int max = MAX_CHARS[c.ordinal()];
            if (max > 0 && v.length() > max) {
                error(c, ExcelErrorCode.IMPORT_TEXT_TOO_LONG, "excel.textTooLong", v.length(), max);
            }
            return v.isEmpty() ? null : v;
        }

        @Nullable Boolean yesNo(EnterpriseColumn c) {
            String v = raw(c);
            if (v.isEmpty()) {
                return null;
            }
            switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "是", "y", "yes", "true", "1", "√", "有" -> {
                    return Boolean.TRUE;
                }
                case "否", "n", "no", "false", "0", "×", "无" -> {
                    return Boolean.FALSE;
                }
                default -> {
                    error(c, ErrorCode.MALFORMED, "excel.notYesNo", v);
                    return null;
                }
            }
        }

        @Nullable BigDecimal number(EnterpriseColumn c) {
            String v = raw(c);
            if (v.isEmpty()) {
                return null;
            }
            BigDecimal plain = plainDigits(v);
            if (plain != null) {
                return plain;
            }
            Matcher m = NUMBER.matcher(v);
            if (!m.matches()) {
                error(c, ErrorCode.MALFORMED, "excel.notNumber", v);
                return null;
            }
            if (m.group(1) != null) {
                error(c, ErrorCode.OUT_OF_RANGE, "excel.negative", v);
                return null;
            }
            BigDecimal d;
            try {
                d = new BigDecimal(m.group(2).replace(",", "").replace("，", "") + (m.group(3) == null ? ""
                        : m.group(3)));
            } catch (NumberFormatException | ArithmeticException e) {
                error(c, ErrorCode.OUT_OF_RANGE, "excel.tooLarge", v, MAX_INTEGER_DIGITS, MAX_DECIMALS);
                return null;
            }
            if (!fits(d, BigDecimal.ONE)) {
                error(c, ErrorCode.OUT_OF_RANGE, "excel.tooLarge", v, MAX_INTEGER_DIGITS, MAX_DECIMALS);
                return null;
            }
            return d;
        }

        @Nullable BigDecimal money(EnterpriseColumn c) {
            BigDecimal d = number(c);
            if (d == null) {
                return null;
            }
            BigDecimal factor = factors[c.ordinal()];
            if (factor == BigDecimal.ONE && d.scale() == 0) {
                return d; // a whole number of yuan within the limit: as below, without the arithmetic
            }
            if (!fits(d, factor)) {
                error(c, ErrorCode.OUT_OF_RANGE, "excel.tooLarge", raw(c), MAX_INTEGER_DIGITS, MAX_DECIMALS);
                return null;
            }
            BigDecimal yuan = d.multiply(factor).stripTrailingZeros();
            return yuan.scale() < 0 ? yuan.setScale(0) : yuan;
        }

        @Nullable Integer count(EnterpriseColumn c) {
            BigDecimal d = number(c);
            if (d == null) {
                return null;
            }
            BigDecimal whole = d.scale() == 0 ? d : d.stripTrailingZeros();
            if (whole.scale() > 0) {
                error(c, ErrorCode.MALFORMED, "excel.notWhole", raw(c));
                return null;
            }
            if (whole.compareTo(MAX_COUNT) > 0) {
                error(c, ErrorCode.OUT_OF_RANGE, "excel.countTooLarge", raw(c), MAX_COUNT.toPlainString());
                return null;
            }
            return whole.intValueExact();
        }

        @Nullable Integer year(EnterpriseColumn c) {
            String v = raw(c);
            if (v.isEmpty()) {
                return null;
            }
            if (v.length() == 4 && isDigits(v, 0, 4)) {
                int y = Integer.parseInt(v);
                if (y >= 1949 && y <= 2100) {
                    return y;
                }
            } else {
                Matcher m = YEAR.matcher(v);
                if (m.matches()) {
                    int y = Integer.parseInt(m.group(1));
                    if (y >= 1949 && y <= 2100) {
                        return y;
                    }
                }
            }
            error(c, ErrorCode.MALFORMED, "excel.notYear", v);
            return null;
        }

        @Nullable LocalDate date(EnterpriseColumn c) {
            String v = raw(c);
            if (v.isEmpty()) {
                return null;
            }
            LocalDate d = null;
            boolean matched;
            if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && isDigits(v, 0, 4)
                    && isDigits(v, 5, 7) && isDigits(v, 8, 10)) {
                // ISO, as the reader gives a date cell: what DATE matches, without the regular expression
                matched = true;
                d = dateOf(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10),
                        Integer.parseInt(v, 8, 10, 10));
            } else {
                Matcher m = DATE.matcher(v);
                if (!m.matches()) {
                    m = COMPACT_DATE.matcher(v);
                }
                matched = m.matches();
                if (matched) {
                    d = dateOf(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                }
            }
            if (matched) {
                if (d != null && (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE))) {
                    error(c, ErrorCode.OUT_OF_RANGE, "excel.dateOutOfRange", v);
                    return null;
                }
                if (d != null) {
                    return d;
                }
            }
            error(c, ErrorCode.MALFORMED, "excel.notDate", v);
            return null;
        }

        List<String> list(EnterpriseColumn c) {
            String v = raw(c);
            if (v.isEmpty()) {
                return List.of();
            }
            List<String> items = splitList(v);
            int max = MAX_CHARS[c.ordinal()];
            for (int i = 0; max > 0 && i < items.size(); i++) {
                if (items.get(i).length() > max) {
                    error(c, ExcelErrorCode.IMPORT_TEXT_TOO_LONG, "excel.itemTooLong", i + 1, items.get(i).length(),
                            max);
                    break; // one error per cell
                }
            }
            return items;
        }

        @Nullable CreditCode creditCode() {
            String v = text(EnterpriseColumn.CREDIT_CODE);
            if (v == null) {
                return null;
            }
            try {
                return CreditCode.parse(v);
            } catch (CountyChainException e) {
                error(EnterpriseColumn.CREDIT_CODE, e);
                return null;
            }
        }

        @Nullable DivisionCode county() {
            String v = text(EnterpriseColumn.COUNTY);
            if (v == null) {
                return null;
            }
            Optional<Division> d = DivisionCode.isWellFormed(v) ? divisions.find(v) : divisions.byName(v);
            if (d.isPresent() && d.get().level() == DivisionLevel.COUNTY) {
                return d.get().code();
            }
            error(EnterpriseColumn.COUNTY, ErrorCode.DIVISION_UNKNOWN, "excel.unknownDivision", v);
            return null;
        }

        List<RdInstitution> institutions() {
            List<String> names = list(EnterpriseColumn.RD_INSTITUTION_NAMES);
            List<String> levels = list(EnterpriseColumn.RD_INSTITUTION_LEVELS);
            if (levels.size() > names.size() || (!levels.isEmpty() && levels.size() != names.size())) {
                error(EnterpriseColumn.RD_INSTITUTION_LEVELS, ErrorCode.MALFORMED, "excel.levelsWithoutNames",
                        levels.size(), names.size());
                return List.of();
            }
            List<RdInstitution> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                InstitutionLevel level = InstitutionLevel.UNRECOGNISED;
                if (!levels.isEmpty()) {
                    level = levelOf(levels.get(i));
                    if (level == null) {
                        StringBuilder allowed = new StringBuilder();
                        for (InstitutionLevel l : InstitutionLevel.values()) {
                            allowed.append(allowed.length() == 0 ? "" : "、").append(l.label());
                        }
                        error(EnterpriseColumn.RD_INSTITUTION_LEVELS, ErrorCode.MALFORMED, "excel.unknownLevel",
                                levels.get(i), allowed);
                        return List.of();
                    }
                }
                out.add(new RdInstitution(names.get(i), null, level));
            }
            return out;
        }
    }

    private static @Nullable LocalDate dateOf(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // reported by the caller
        }
    }

    private static boolean isDigits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A number of 1 to 18 ASCII digits (a whole number within every limit, as the reader gives most number cells),
     * or {@code null} for anything else; what {@link #NUMBER} and {@code new BigDecimal} give for it, without them.
     */
    static @Nullable BigDecimal plainDigits(String v) {
        int n = v.length();
        if (n == 0 || n > MAX_INTEGER_DIGITS) {
            return null;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return null;
            }
            value = value * 10 + (ch - '0');
        }
        return BigDecimal.valueOf(value);
    }

    /**
     * Whether a value times a unit factor stays within {@link #MAX_INTEGER_DIGITS} digits before the decimal point
     * and {@link #MAX_DECIMALS} after it: an amount the JSON reader reads back and a person could have meant.
     */
    static boolean fits(BigDecimal value, BigDecimal factor) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return true;
        }
        long integerDigits = (long) v.precision() - v.scale() + (factor.precision() - factor.scale());
        long decimals = (long) v.scale() - Math.max(0, -factor.stripTrailingZeros().scale());
        return integerDigits <= MAX_INTEGER_DIGITS + 1 && decimals <= MAX_DECIMALS
                && v.multiply(factor).abs().compareTo(MAX_AMOUNT) < 0;
    }

    /**
     * A non-negative number by the rules of {@link #NUMBER}, or {@code null} when the text is not one (or is
     * negative).
     */
    static @Nullable BigDecimal parseNumber(String v) {
        Matcher m = NUMBER.matcher(v);
        if (!m.matches() || m.group(1) != null) {
            return null;
        }
        try {
            return new BigDecimal(m.group(2).replace(",", "").replace("，", "") + (m.group(3) == null ? ""
                    : m.group(3)));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static @Nullable InstitutionLevel levelOf(String text) {
        for (InstitutionLevel l : InstitutionLevel.values()) {
            if (l.label().equals(text) || l.name().equalsIgnoreCase(text)) {
                return l;
            }
        }
        return null;
    }

    /**
     * {@link String#strip()}, without its look-up of each end's character when neither end can be white space (a
     * code, a name, a number: nearly every cell).
     */
    static String strip(String v) {
        int n = v.length();
        if (n == 0 || (!maybeSpace(v.charAt(0)) && !maybeSpace(v.charAt(n - 1)))) {
            return v;
        }
        return v.strip();
    }

    /** False only for characters that are certainly not white space to {@link Character#isWhitespace(char)}. */
    private static boolean maybeSpace(char c) {
        return c <= ' ' || (c >= '\u1680' && c <= '\u3000');
    }

    /**
     * The items of a list cell, split at {@code ；}, {@code ;}, {@code 、} and line breaks, ASCII blanks around each
     * item dropped and blank items left out (what the regular expression {@code \s*[；;、\n]\s*} and a filter
     * did, without them).
     */
    static List<String> splitList(String v) {
        List<String> items = new ArrayList<>(4);
        int n = v.length();
        int from = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? v.charAt(i) : '\n';
            if (c == '；' || c == ';' || c == '、' || c == '\n') {
                int a = from;
                int b = i;
                while (a < b && isAsciiSpace(v.charAt(a))) {
                    a++;
                }
                while (b > a && isAsciiSpace(v.charAt(b - 1))) {
                    b--;
                }
                if (a < b) {
                    String item = v.substring(a, b);
                    if (!item.isBlank()) {
                        items.add(item);
                    }
                }
                from = i + 1;
            }
        }
        return Collections.unmodifiableList(items);
    }

    /** The characters of a regular expression's {@code \s}. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
