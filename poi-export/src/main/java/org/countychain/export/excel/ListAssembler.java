package org.countychain.export.excel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;
import org.countychain.CountyChainException;
import org.countychain.ErrorCode;
import org.countychain.division.Division;
import org.countychain.division.DivisionCode;
import org.countychain.division.DivisionLevel;
import org.countychain.division.Divisions;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.enterprise.RdInstitution;
import org.countychain.export.excel.EnterpriseColumn.Kind;
import org.countychain.export.excel.internal.BrokenCell;
import org.countychain.export.excel.internal.HeaderText;
import org.countychain.export.excel.internal.RowSink;
import org.countychain.export.excel.internal.XlsxRowReader;

/**
 * Turns rows into enterprises: finds the header row, maps the columns, parses each cell, merges the rows of one
 * credit code into one enterprise with several years, and keeps an error per bad cell.
 */
final class ListAssembler implements SheetSink {
    /** The header of an error workbook's reasons column, in both languages. */
    private static final java.util.Set<String> ERROR_COLUMN_HEADERS = java.util.Set.of("错误原因", "errors");
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
    /** The most digits an amount in yuan may have before the decimal point: below 10^18 yuan. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** The most decimals an amount in yuan may have. */
    static final int MAX_DECIMALS = 20;
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[；;、\\n]\\s*");


    private final String source;
    private final Divisions divisions;
    private final int headerSearchRows;
    private final long maxRows;
    private boolean csv;

    // the sheet being read
    private String sheet;
    private int sheetIndex;
    private boolean strict;
    private boolean sheetSkipped;
    private BigDecimal titleFactor;
    private int headerRow;
    private String[] headerCells;
    private String[] effectiveHeader;
    private final EnumMap<EnterpriseColumn, Integer> columnIndex = new EnumMap<>(EnterpriseColumn.class);
    private final EnumMap<EnterpriseColumn, BigDecimal> factors = new EnumMap<>(EnterpriseColumn.class);
    private int sheetRead;
    private int sheetAccepted;
    private int sheetRejected;

    // the whole import
    private ImportRefusedException refusal;
    private int read;
    private int accepted;
    private int rejected;
    private ImportListener listener;
    private final List<ImportResult.SheetRead> sheetsRead = new ArrayList<>();
    private final List<SkippedSheet> skipped = new ArrayList<>();
    private ImportRefusedException firstBadHeader;
    private ImportRefusedException firstNoHeader;
    private final List<RowError> errors = new ArrayList<>();
    private final List<UnknownColumn> unknownColumns = new ArrayList<>();
    private boolean refuseUnknownColumns;
    /** The error workbook's reasons column in this sheet's header, or -1. */
    private int errorColumn = -1;
    private final List<ImportResult.RejectedRow> rejectedRows = new ArrayList<>();
    private final Map<CreditCode, Pending> pending = new LinkedHashMap<>();

    ListAssembler(String source, Divisions divisions, int headerSearchRows, long maxRows, boolean csv) {
        this.source = source;
        this.divisions = divisions;
        this.headerSearchRows = headerSearchRows;
        this.maxRows = maxRows;
        this.csv = csv;
    }

    @Override
    public void csv(boolean isCsv) {
        csv = isCsv;
    }

    /**
     * Starts a sheet: its rows come next.
     *
     * @param name   the sheet's name (the file's name for CSV)
     * @param index  its 0-based position in the workbook
     * @param chosen true when the caller asked for this sheet (or the file has only this one): a sheet without a
     *               usable header row then refuses the file; otherwise the sheet is skipped and reported
     */
    @Override
    public void startSheet(String name, int index, boolean chosen) {
        sheet = name;
        sheetIndex = index;
        strict = chosen;
        sheetSkipped = false;
        titleFactor = BigDecimal.ONE;
        headerRow = 0;
        headerCells = null;
        effectiveHeader = null;
        errorColumn = -1;
        columnIndex.clear();
        factors.clear();
        sheetRead = 0;
        sheetAccepted = 0;
        sheetRejected = 0;
    }

    /**
     * Ends the sheet started last.
     *
     * @return false when the file was refused and no further sheet is to be read
     */
    @Override
    public boolean endSheet() {
        if (refusal != null) {
            return false;
        }
        if (sheetSkipped) {
            return true;
        }
        if (headerCells == null) {
            problem(SkippedSheet.Kind.NO_HEADER, noHeader(sheet));
            return refusal == null;
        }
        sheetsRead.add(new ImportResult.SheetRead(sheet, sheetIndex, headerRow, Arrays.asList(effectiveHeader),
                sheetRead, sheetAccepted, sheetRejected));
        return true;
    }

    /**
     * Records a sheet that was not read at all.
     *
     * @param name  the sheet's name
     * @param index its 0-based position
     * @param kind  why
     */
    @Override
    public void skip(String name, int index, SkippedSheet.Kind kind) {
        skipped.add(new SkippedSheet(name, index, kind, "excel.skipped.hidden", List.of()));
    }

    /** A sheet's header is missing or unusable: the file is refused when the sheet was chosen, else it is skipped. */
    private void problem(SkippedSheet.Kind kind, ImportRefusedException e) {
        if (strict) {
            refusal = e;
        } else {
            skipped.add(new SkippedSheet(sheet, sheetIndex, kind, e.refusal(), e.arguments()));
            sheetSkipped = true;
            if (kind == SkippedSheet.Kind.BAD_HEADER && firstBadHeader == null) {
                firstBadHeader = e;
            } else if (kind == SkippedSheet.Kind.NO_HEADER && firstNoHeader == null) {
                firstNoHeader = e;
            }
        }
    }

    @Override
    public void row(int rowNumber, String[] cells, List<BrokenCell> broken) {
        if (headerCells == null) {
            findHeader(rowNumber, cells); // a broken cell above the header is in a title row: not data
            return;
        }
        read++;
        sheetRead++;
        if (sheetRead > maxRows) {
            refusal = new ImportRefusedException(source, sheet, ErrorCode.IMPORT_LIMIT, "excel.refused.tooManyRows",
                    List.of(maxRows), null);
            throw new XlsxRowReader.StopReading();
        }
        dataRow(rowNumber, cells, broken);
    }

    private void findHeader(int rowNumber, String[] cells) {
        EnumMap<EnterpriseColumn, Integer> found = new EnumMap<>(EnterpriseColumn.class);
        EnumMap<EnterpriseColumn, BigDecimal> unitFactors = new EnumMap<>(EnterpriseColumn.class);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null || cells[i].isBlank()) {
                continue;
            }
            String norm = HeaderText.normalise(cells[i]);
            EnterpriseColumn column = HeaderMatcher.exact(norm);
            BigDecimal factor = null;
            if (column == null) {
                String[] parts = HeaderText.split(norm);
                column = HeaderMatcher.exact(parts[0]);
                factor = HeaderText.factor(parts[1]);
            }
            if (column == null) {
                continue;
            }
            Integer previous = found.put(column, i);
            if (previous != null && found.containsKey(EnterpriseColumn.CREDIT_CODE)) {
                problem(SkippedSheet.Kind.BAD_HEADER, new ImportRefusedException(source, sheet,
                        "excel.refused.duplicateColumn", List.of(rowNumber, column.header(), cells[previous], cells[i]),
                        null));
                throw new XlsxRowReader.StopReading();
            }
            if (factor != null) {
                unitFactors.put(column, factor);
            }
        }
        if (found.containsKey(EnterpriseColumn.CREDIT_CODE) && found.containsKey(EnterpriseColumn.NAME)) {
            for (EnterpriseColumn c : EnterpriseColumn.values()) {
                if (c.required() && !found.containsKey(c)) {
                    problem(SkippedSheet.Kind.BAD_HEADER, new ImportRefusedException(source, sheet,
                            "excel.refused.missingColumn", List.of(rowNumber, c.header()), null));
                    throw new XlsxRowReader.StopReading();
                }
            }
            List<UnknownColumn> unknown = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] == null || cells[i].isBlank() || found.containsValue(i)) {
                    continue;
                }
                if (ERROR_COLUMN_HEADERS.contains(HeaderText.normalise(cells[i]))) {
                    errorColumn = i; // the reasons of an error workbook: read to catch unresolved conflicts
                    continue;
                }
                unknown.add(new UnknownColumn(sheet, CellReference.convertNumToColString(i), cells[i].strip(),
                        HeaderMatcher.suggest(cells[i])));
            }
            if (refuseUnknownColumns && !unknown.isEmpty()) {
                refusal = new ImportRefusedException(source, sheet, ErrorCode.IMPORT_UNKNOWN_COLUMN,
                        "excel.refused.unknownColumns", List.of(unknown.stream()
                                .map(u -> u.column() + "「" + u.header() + "」")
                                .collect(java.util.stream.Collectors.joining("、"))), null);
                throw new XlsxRowReader.StopReading();
            }
            unknownColumns.addAll(unknown);
            headerRow = rowNumber;
            headerCells = cells.clone();
            effectiveHeader = cells.clone();
            columnIndex.putAll(found);
            for (EnterpriseColumn c : found.keySet()) {
                if (c.kind() == Kind.MONEY) {
                    factors.put(c, unitFactors.getOrDefault(c, titleFactor));
                    if (!unitFactors.containsKey(c) && titleFactor.compareTo(BigDecimal.ONE) != 0) {
                        // The error workbook has no title row: its header names the unit the title gave.
                        int i = found.get(c);
                        effectiveHeader[i] = cells[i].strip() + "（" + HeaderText.unitName(titleFactor) + "）";
                    }
                }
            }
            return;
        }
        for (String c : cells) {
            BigDecimal f = c == null ? null : HeaderText.titleFactor(c);
            if (f != null) {
                titleFactor = f;
            }
        }
        if (rowNumber >= headerSearchRows) {
            problem(SkippedSheet.Kind.NO_HEADER, noHeader(sheet));
            sheetSkipped = true;
            throw new XlsxRowReader.StopReading();
        }
    }

    private ImportRefusedException noHeader(String sheetName) {
        return new ImportRefusedException(source, sheetName, "excel.refused.noHeader", List.of(headerSearchRows,
                EnterpriseColumn.CREDIT_CODE.header() + "、" + EnterpriseColumn.NAME.header() + "、"
                        + EnterpriseColumn.COUNTY.header()), null);
    }

    /** The parse of one row, collecting errors. */
    private final class RowParse {
        final int row;
        final String[] cells;
        final List<RowError> rowErrors = new ArrayList<>();
        /** Columns with a broken cell, reported once as such and not again as empty. */
        final java.util.Set<Integer> brokenColumns = new java.util.HashSet<>();

        RowParse(int row, String[] cells) {
            this.row = row;
            this.cells = cells;
        }

        String raw(EnterpriseColumn c) {
            Integer i = columnIndex.get(c);
            if (i == null || i >= cells.length || cells[i] == null) {
                return "";
            }
            String v = cells[i].strip();
            if (csv && v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0) {
                v = v.substring(1); // undo the exporter's formula-injection guard
            }
            return v;
        }

        String ref(EnterpriseColumn c) {
            Integer i = columnIndex.get(c);
            return i == null ? "" : CellReference.convertNumToColString(i) + row;
        }

        String header(EnterpriseColumn c) {
            Integer i = columnIndex.get(c);
            return i == null ? c.header() : headerCells[i].strip();
        }

        void error(EnterpriseColumn c, ErrorCode code, String key, Object... args) {
            if (brokenColumns.contains(columnIndex.get(c))) {
                return;
            }
            rowErrors.add(RowError.of(sheet, row, header(c), ref(c), raw(c), code, key, List.of(args)));
        }

        void error(EnterpriseColumn c, CountyChainException e) {
            rowErrors.add(RowError.of(sheet, row, c == null ? "" : header(c), c == null ? "" : ref(c),
                    c == null ? "" : raw(c), e));
        }

        String text(EnterpriseColumn c) {
            String v = raw(c);
            if (v.isEmpty() && c.required()) {
                error(c, ErrorCode.REQUIRED, "excel.required");
            }
            return v.isEmpty() ? null : v;
        }

        Boolean yesNo(EnterpriseColumn c) {
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

        BigDecimal number(EnterpriseColumn c) {
            String v = raw(c);
            if (v.isEmpty()) {
                return null;
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

        BigDecimal money(EnterpriseColumn c) {
            BigDecimal d = number(c);
            if (d == null) {
                return null;
            }
            BigDecimal factor = factors.getOrDefault(c, BigDecimal.ONE);
            if (!fits(d, factor)) {
                error(c, ErrorCode.OUT_OF_RANGE, "excel.tooLarge", raw(c), MAX_INTEGER_DIGITS, MAX_DECIMALS);
                return null;
            }
            BigDecimal yuan = d.multiply(factor).stripTrailingZeros();
            return yuan.scale() < 0 ? yuan.setScale(0) : yuan;
        }

        Integer count(EnterpriseColumn c) {
            BigDecimal d = number(c);
            if (d == null) {
                return null;
            }
            BigDecimal whole = d.stripTrailingZeros();
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

        Integer year(EnterpriseColumn c) {
            String v = raw(c);
            if (v.isEmpty()) {
                return null;
            }
            Matcher m = YEAR.matcher(v);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                if (y >= 1949 && y <= 2100) {
                    return y;
                }
            }
            error(c, ErrorCode.MALFORMED, "excel.notYear", v);
            return null;
        }

        LocalDate date(EnterpriseColumn c) {
            String v = raw(c);
            if (v.isEmpty()) {
                return null;
            }
            Matcher m = DATE.matcher(v);
            if (!m.matches()) {
                m = COMPACT_DATE.matcher(v);
            }
            if (m.matches()) {
                LocalDate d;
                try {
                    d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    d = null; // reported below
                }
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
            return Arrays.stream(SEPARATORS.split(v)).filter(s -> !s.isBlank()).toList();
        }

        CreditCode creditCode() {
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

        DivisionCode county() {
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
                && v.multiply(factor).abs().compareTo(BigDecimal.TEN.pow(MAX_INTEGER_DIGITS)) < 0;
    }

    /**
     * A non-negative number by the rules of {@link #NUMBER}, or {@code null} when the text is not one (or is
     * negative).
     */
    static BigDecimal parseNumber(String v) {
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

    static InstitutionLevel levelOf(String text) {
        for (InstitutionLevel l : InstitutionLevel.values()) {
            if (l.label().equals(text) || l.name().equalsIgnoreCase(text)) {
                return l;
            }
        }
        return null;
    }

    /** The identity part of a row, compared across the rows of one credit code. */
    private record Identity(String name, DivisionCode county, String industryCode, List<String> chainIds,
                            boolean aboveScale, boolean manufacturing, boolean scienceTechSme,
                            LocalDate registeredOn) {
    }

    /** An enterprise being assembled from its rows. */
    private static final class Pending {
        final String firstSheet;
        final int firstRow;
        final Identity identity;
        final Map<Integer, String> yearRows = new HashMap<>();
        final List<AnnualRdFigures> years = new ArrayList<>();
        final List<HighTechCertificate> certificates = new ArrayList<>();

        Pending(String firstSheet, int firstRow, Identity identity) {
            this.firstSheet = firstSheet;
            this.firstRow = firstRow;
            this.identity = identity;
        }
    }

    private void dataRow(int rowNumber, String[] cells, List<BrokenCell> broken) {
        RowParse p = new RowParse(rowNumber, cells);
        for (BrokenCell b : broken) {
            p.brokenColumns.add(b.column());
            String column = b.column() >= 0 && b.column() < headerCells.length && headerCells[b.column()] != null
                    ? headerCells[b.column()].strip() : "";
            p.rowErrors.add(RowError.of(sheet, rowNumber, column, b.reference(), "",
                    b.limit() ? ErrorCode.IMPORT_LIMIT : ErrorCode.IMPORT_BROKEN_CELL, b.key(), b.arguments()));
        }
        CreditCode code = p.creditCode();
        String name = p.text(EnterpriseColumn.NAME);
        DivisionCode county = p.county();
        Identity identity = new Identity(name, county, p.text(EnterpriseColumn.INDUSTRY_CODE),
                p.list(EnterpriseColumn.CHAIN_IDS), Boolean.TRUE.equals(p.yesNo(EnterpriseColumn.ABOVE_SCALE)),
                Boolean.TRUE.equals(p.yesNo(EnterpriseColumn.MANUFACTURING)),
                Boolean.TRUE.equals(p.yesNo(EnterpriseColumn.SCIENCE_TECH_SME)),
                p.date(EnterpriseColumn.REGISTERED_ON));
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
        boolean anyFigure = revenue != null || rd != null || selfFunded != null || domestic != null
                || highTechRevenue != null || employees != null || staff != null || patents != null
                || coreIp != null || !institutions.isEmpty() || ledger != null || reserve != null || projects != null;
        if (year == null && anyFigure && p.raw(EnterpriseColumn.YEAR).isEmpty()) {
            p.error(EnterpriseColumn.YEAR, ErrorCode.REQUIRED, "excel.required");
        }
        String certNumber = p.text(EnterpriseColumn.HIGH_TECH_CERTIFICATE_NUMBER);
        LocalDate issued = p.date(EnterpriseColumn.HIGH_TECH_CERTIFICATE_ISSUED_ON);
        LocalDate validUntil = p.date(EnterpriseColumn.HIGH_TECH_CERTIFICATE_VALID_UNTIL);
        HighTechCertificate certificate = null;
        boolean anyCert = certNumber != null || !p.raw(EnterpriseColumn.HIGH_TECH_CERTIFICATE_ISSUED_ON).isEmpty()
                || !p.raw(EnterpriseColumn.HIGH_TECH_CERTIFICATE_VALID_UNTIL).isEmpty();
        if (anyCert) {
            if (certNumber == null || issued == null || validUntil == null) {
                if (p.rowErrors.isEmpty()) {
                    p.error(EnterpriseColumn.HIGH_TECH_CERTIFICATE_NUMBER, ErrorCode.REQUIRED,
                            "excel.certificateIncomplete");
                }
            } else {
                certificate = new HighTechCertificate(certNumber, issued, validUntil);
            }
        }
        AnnualRdFigures built = null;
        if (p.rowErrors.isEmpty() && figures != null) {
            try {
                built = figures.operatingRevenue(revenue).rdExpense(rd).selfFundedRdExpense(selfFunded)
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
            p.rowErrors.add(RowError.of(sheet, rowNumber, headerCells[errorColumn].strip(),
                    CellReference.convertNumToColString(errorColumn) + rowNumber, "", ErrorCode.DUPLICATE,
                    "excel.conflictNotResolved", List.of(headerCells[errorColumn].strip())));
        }
        if (listener != null) {
            streamed(p, code, identity, built, certificate, rowNumber, cells);
            return;
        }
        if (p.rowErrors.isEmpty()) {
            Pending existing = pending.get(code);
            if (existing == null) {
                existing = new Pending(sheet, rowNumber, identity);
                pending.put(code, existing);
            } else {
                List<EnterpriseColumn> conflict = conflict(existing.identity, identity);
                if (!conflict.isEmpty()) {
                    StringBuilder headers = new StringBuilder();
                    StringBuilder refs = new StringBuilder();
                    StringBuilder values = new StringBuilder();
                    for (EnterpriseColumn c : conflict) {
                        String sep = headers.length() == 0 ? "" : "、";
                        headers.append(sep).append(p.header(c));
                        refs.append(sep).append(p.ref(c));
                        values.append(sep).append(p.header(c)).append("「").append(p.raw(c)).append("」");
                    }
                    p.rowErrors.add(RowError.of(sheet, rowNumber, headers.toString(), refs.toString(),
                            values.toString(), ErrorCode.DUPLICATE, "excel.identityConflict",
                            List.of(code.value(), existing.firstSheet + "!" + existing.firstRow, headers,
                                    values)));
                } else if (built != null && existing.yearRows.containsKey(built.year())) {
                    p.error(EnterpriseColumn.YEAR, ErrorCode.DUPLICATE, "excel.duplicateYear", code.value(),
                            built.year(), existing.yearRows.get(built.year()));
                }
            }
            if (p.rowErrors.isEmpty()) {
                if (built != null) {
                    existing.years.add(built);
                    existing.yearRows.put(built.year(), where(sheet, rowNumber));
                }
                if (certificate != null && !existing.certificates.contains(certificate)) {
                    existing.certificates.add(certificate);
                }
            }
        }
        if (p.rowErrors.isEmpty()) {
            accepted++;
            sheetAccepted++;
        } else {
            sheetRejected++;
            errors.addAll(p.rowErrors);
            rejectedRows.add(new ImportResult.RejectedRow(rowNumber, Arrays.asList(cells.clone()),
                    p.rowErrors));
        }
    }

    /** A streaming import's row: handed to the listener, accepted or rejected, and not kept. */
    private void streamed(RowParse p, CreditCode code, Identity identity, AnnualRdFigures built,
                          HighTechCertificate certificate, int rowNumber, String[] cells) {
        if (p.rowErrors.isEmpty()) {
            Enterprise.Builder b = builder(code, identity);
            if (built != null) {
                b.year(built);
            }
            if (certificate != null) {
                b.highTechCertificate(certificate);
            }
            Enterprise e = null;
            try {
                e = b.build();
            } catch (CountyChainException x) {
                p.error(null, x);
            }
            if (e != null) {
                accepted++;
                sheetAccepted++;
                listener.accepted(new ImportedRow(sheet, rowNumber, e));
                return;
            }
        }
        rejected++;
        sheetRejected++;
        listener.rejected(new ImportResult.RejectedRow(rowNumber, Arrays.asList(cells), p.rowErrors));
    }

    private static Enterprise.Builder builder(CreditCode code, Identity id) {
        return Enterprise.builder(code, id.name(), id.county()).industryCode(id.industryCode())
                .chainIds(id.chainIds()).aboveScale(id.aboveScale()).manufacturing(id.manufacturing())
                .scienceTechSme(id.scienceTechSme()).registeredOn(id.registeredOn());
    }

    /**
     * Hands every row to a listener instead of keeping them; {@link #summary()} then gives the counts.
     *
     * @param l the listener
     */
    void streamTo(ImportListener l) {
        listener = l;
    }

    /**
     * The summary of a streaming import, or the refusal.
     *
     * @return the summary
     * @throws ImportRefusedException when the file was refused
     */
    ImportSummary summary() {
        if (refusal != null) {
            throw refusal;
        }
        if (sheetsRead.isEmpty()) {
            throw firstBadHeader != null ? firstBadHeader : firstNoHeader != null ? firstNoHeader : noHeader(null);
        }
        return new ImportSummary(sheetsRead, skipped, unknownColumns, read, accepted, rejected);
    }

    /** A row as an earlier row's error names it: its number, with its sheet when that is another sheet. */
    private String where(String rowSheet, int row) {
        return rowSheet.equals(sheet) ? String.valueOf(row) : rowSheet + "!" + row;
    }

    private static List<EnterpriseColumn> conflict(Identity a, Identity b) {
        List<EnterpriseColumn> out = new ArrayList<>();
        if (!Objects.equals(a.name(), b.name())) {
            out.add(EnterpriseColumn.NAME);
        }
        if (!Objects.equals(a.county(), b.county())) {
            out.add(EnterpriseColumn.COUNTY);
        }
        if (!Objects.equals(a.industryCode(), b.industryCode())) {
            out.add(EnterpriseColumn.INDUSTRY_CODE);
        }
        if (!a.chainIds().equals(b.chainIds())) {
            out.add(EnterpriseColumn.CHAIN_IDS);
        }
        if (a.aboveScale() != b.aboveScale()) {
            out.add(EnterpriseColumn.ABOVE_SCALE);
        }
        if (a.manufacturing() != b.manufacturing()) {
            out.add(EnterpriseColumn.MANUFACTURING);
        }
        if (a.scienceTechSme() != b.scienceTechSme()) {
            out.add(EnterpriseColumn.SCIENCE_TECH_SME);
        }
        if (!Objects.equals(a.registeredOn(), b.registeredOn())) {
            out.add(EnterpriseColumn.REGISTERED_ON);
        }
        return out;
    }

    /**
     * Makes a header row with a column the importer does not use refuse the file.
     */
    void refuseUnknownColumns() {
        refuseUnknownColumns = true;
    }

    /**
     * The result, or the refusal when the file was refused.
     *
     * @return the result
     * @throws ImportRefusedException when the file was refused
     */
    ImportResult result() {
        if (refusal != null) {
            throw refusal;
        }
        if (sheetsRead.isEmpty()) {
            // no sheet to read: the most telling reason, a header that lacks a column over one not found at all
            throw firstBadHeader != null ? firstBadHeader : firstNoHeader != null ? firstNoHeader : noHeader(null);
        }
        List<Enterprise> enterprises = new ArrayList<>(pending.size());
        for (Map.Entry<CreditCode, Pending> e : pending.entrySet()) {
            Pending p = e.getValue();
            Identity id = p.identity;
            Enterprise.Builder b = builder(e.getKey(), id);
            p.years.forEach(b::year);
            p.certificates.forEach(b::highTechCertificate);
            enterprises.add(b.build());
        }
        return new ImportResult(sheetsRead, skipped, enterprises, read, accepted, errors, rejectedRows,
                unknownColumns);
    }

    /**
     * The refusal, when reading stopped because of one.
     *
     * @return the refusal, or {@code null}
     */
    ImportRefusedException refusal() {
        return refusal;
    }
}
