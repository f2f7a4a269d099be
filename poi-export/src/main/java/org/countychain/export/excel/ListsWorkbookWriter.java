package org.countychain.export.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.countychain.export.excel.internal.Widths;
import org.countychain.io.OutputFiles;
import org.countychain.export.excel.internal.Workbooks;
import org.jspecify.annotations.Nullable;

/**
 * Writes the lists workbook (名单工作簿): one sheet per {@link ListSheet}, streamed with SXSSF. Each sheet has a title
 * row naming the rule and the notice's section ({@code R5 · 闽科高〔2024〕135号 二.1 · 一对一服务企业名单}), a bold
 * header row that stays in view (frozen) and carries an auto-filter, column widths fitted to Chinese text (a CJK
 * character counts two), money with thousands separators, ratios as percentages, and a print setup for A4 landscape
 * with the title and header rows repeated on every page, the rule in the page header and 第 n 页 共 m 页 in the
 * footer.
 *
 * @since 0.1.0
 */
public final class ListsWorkbookWriter {
    /** The notice the rules come from. */
    public static final String NOTICE = "闽科高〔2024〕135号";

    private ListsWorkbookWriter() {
    }

    /**
     * Writes the workbook.
     *
     * @param sheets the sheets, in order
     * @param out    the file
     * @throws IOException declared for compatibility; a failure is a {@code CountyChainIOException}
     * @throws org.countychain.CountyChainIOException when writing fails: the file is written whole or not at all
     *                                                 ({@link org.countychain.io.OutputFiles})
     */
    public static void write(List<ListSheet> sheets, Path out) throws IOException {
        java.util.Objects.requireNonNull(sheets, "sheets");
        java.util.Objects.requireNonNull(out, "out");
        OutputFiles.write(out, os -> {
            write(sheets, os);
            return out;
        });
    }

    /**
     * Writes the workbook to a stream (left open).
     *
     * @param sheets the sheets, in order
     * @param out    the stream
     * @throws IOException when writing fails
     */
    public static void write(List<ListSheet> sheets, OutputStream out) throws IOException {
        java.util.Objects.requireNonNull(sheets, "sheets");
        java.util.Objects.requireNonNull(out, "out");
        try (SXSSFWorkbook wb = Workbooks.streaming(Deflater.DEFAULT_COMPRESSION)) {
            DataFormat df = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle titleStyle = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            Map<ListSheet.Format, CellStyle> styles = new EnumMap<>(ListSheet.Format.class);
            styles.put(ListSheet.Format.TEXT, style(wb, df, "@"));
            styles.put(ListSheet.Format.MONEY, style(wb, df, "#,##0.00"));
            styles.put(ListSheet.Format.COUNT, style(wb, df, "#,##0"));
            styles.put(ListSheet.Format.PERCENT, style(wb, df, "0.00%"));
            styles.put(ListSheet.Format.DATE, style(wb, df, "yyyy-mm-dd"));
            for (ListSheet ls : sheets) {
                writeSheet(wb, ls, titleStyle, headerStyle, styles);
            }
            wb.write(out);
        }
    }

    private static CellStyle style(SXSSFWorkbook wb, DataFormat df, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(df.getFormat(format));
        return s;
    }

    /**
     * The title row's text.
     *
     * @param ls the sheet
     * @return for example {@code R5 · 闽科高〔2024〕135号 二.1 · 一对一服务企业名单}
     */
    public static String titleOf(ListSheet ls) {
        return ls.ruleId() + " · " + NOTICE + " " + ls.noticeSection() + " · " + ls.title();
    }

    private static void writeSheet(SXSSFWorkbook wb, ListSheet ls, CellStyle titleStyle, CellStyle headerStyle,
                                   Map<ListSheet.Format, CellStyle> styles) {
        SXSSFSheet sheet = wb.createSheet(ls.name());
        List<ListSheet.Column> columns = ls.columns();
        int[] widths = new int[columns.size()];
        Row title = sheet.createRow(0);
        Cell t = title.createCell(0);
        t.setCellValue(titleOf(ls));
        t.setCellStyle(titleStyle);
        Row header = sheet.createRow(1);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(columns.get(i).header());
            c.setCellStyle(headerStyle);
            widths[i] = Widths.displayWidth(columns.get(i).header());
        }
        int r = 2;
        for (List<@Nullable Object> values : ls.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    continue;
                }
                Cell c = row.createCell(i);
                ListSheet.Format f = columns.get(i).format();
                String shown;
                if (v instanceof Number n && f != ListSheet.Format.TEXT) {
                    double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
                    c.setCellValue(d);
                    shown = f == ListSheet.Format.PERCENT ? String.format(java.util.Locale.ROOT, "%.2f%%", d * 100)
                            : String.format(java.util.Locale.ROOT, f == ListSheet.Format.MONEY ? "%,.2f" : "%,.0f", d);
                } else if (v instanceof LocalDate d) {
                    c.setCellValue(d);
                    shown = "0000-00-00";
                } else {
                    shown = v.toString();
                    c.setCellValue(shown);
                }
                c.setCellStyle(styles.get(f));
                widths[i] = Math.max(widths[i], Widths.displayWidth(shown));
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            // filter arrow needs about two characters beside the header
            sheet.setColumnWidth(i, Widths.of(Math.min(widths[i] + 2, 60)));
        }
        sheet.createFreezePane(0, 2);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(r - 1, 1), 0, columns.size() - 1));
            sheet.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getHeader().setLeft(ls.ruleId() + " " + NOTICE + " " + ls.noticeSection());
        sheet.getHeader().setCenter(ls.title());
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
    }
}
