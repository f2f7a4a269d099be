package org.countychain.export.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.division.Division;
import org.countychain.io.OutputFiles;
import org.countychain.division.Divisions;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.export.excel.EnterpriseColumn.Kind;
import org.countychain.export.excel.internal.Workbooks;

/**
 * The blank import template (企业导入模板): the standard headers of {@link EnterpriseColumn} (required ones marked
 * with {@code *} and shaded), a comment on each header saying what goes in it, and drop-down lists for 是/否, the
 * institution levels and the counted county-level divisions of Fujian (on a hidden sheet). The importer reads the
 * filled template as it reads any list.
 *
 * @since 0.1.0
 */
public final class ImportTemplate {
    /** The data rows the drop-down lists cover. */
    public static final int ROWS = 5_000;

    private ImportTemplate() {
    }

    /**
     * Writes the template.
     *
     * @param out the file
     * @throws IOException declared for compatibility; a failure is a {@code CountyChainIOException}
     * @throws org.countychain.CountyChainIOException when writing fails: the file is written whole or not at all
     *                                                 ({@link org.countychain.io.OutputFiles})
     */
    public static void write(Path out) throws IOException {
        OutputFiles.write(out, os -> {
            write(os, Divisions.fujian());
            return out;
        });
    }

    /**
     * Writes the template to a stream (left open), with the county drop-down from the given divisions.
     *
     * @param out       the stream
     * @param divisions the divisions whose counted county-level units the drop-down lists
     * @throws IOException when writing fails
     */
    public static void write(OutputStream out, Divisions divisions) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.withoutCreationTime(wb);
            Sheet sheet = wb.createSheet(EnterpriseListWriter.SHEET_NAME);
            Sheet lists = wb.createSheet("选项");
            List<String> counties = new ArrayList<>();
            for (Division d : divisions.countedCounties()) {
                counties.add(d.name());
            }
            for (int i = 0; i < counties.size(); i++) {
                lists.createRow(i).createCell(0).setCellValue(counties.get(i));
            }
            Name countyNames = wb.createName();
            countyNames.setNameName("县级区划");
            countyNames.setRefersToFormula("'选项'!$A$1:$A$" + Math.max(counties.size(), 1));
            wb.setSheetHidden(1, true);

            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle required = wb.createCellStyle();
            required.cloneStyleFrom(header);
            required.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            required.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));

            CreationHelper helper = wb.getCreationHelper();
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            DataValidationHelper dv = sheet.getDataValidationHelper();
            Row h = sheet.createRow(0);
            EnterpriseColumn[] columns = EnterpriseColumn.values();
            String levels = String.join(",", java.util.Arrays.stream(InstitutionLevel.values())
                    .map(InstitutionLevel::label).toList());
            for (int i = 0; i < columns.length; i++) {
                EnterpriseColumn c = columns[i];
                String title = (c.required() ? "*" : "") + EnterpriseListWriter.headerOf(c);
                Cell cell = h.createCell(i);
                cell.setCellValue(title);
                cell.setCellStyle(c.required() ? required : header);
                sheet.setColumnWidth(i, ColumnWidths.of(c, title));
                if (c.kind() == Kind.CREDIT_CODE || c.kind() == Kind.TEXT || c.kind() == Kind.LIST) {
                    sheet.setDefaultColumnStyle(i, text);
                }
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 3);
                anchor.setRow1(0);
                anchor.setRow2(5);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(helper.createRichTextString(hint(c)));
                comment.setAuthor("CountyChain");
                cell.setCellComment(comment);

                DataValidationConstraint constraint = switch (c.kind()) {
                    case YES_NO -> dv.createExplicitListConstraint(new String[] {"是", "否"});
                    case DIVISION -> dv.createFormulaListConstraint("县级区划");
                    default -> c == EnterpriseColumn.RD_INSTITUTION_LEVELS
                            ? dv.createExplicitListConstraint(levels.split(",")) : null;
                };
                if (constraint != null) {
                    DataValidation v = dv.createValidation(constraint, new CellRangeAddressList(1, ROWS, i, i));
                    // Several levels (省级；市级) and six-digit codes are allowed too: warn, do not forbid.
                    boolean strict = c.kind() == Kind.YES_NO;
                    v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
                    v.setShowErrorBox(true);
                    v.setSuppressDropDownArrow(true);
                    sheet.addValidationData(v);
                }
            }
            sheet.createFreezePane(2, 1);
            Workbooks.writeWithFixedEntryTimes(wb, out);
        }
    }

    private static String hint(EnterpriseColumn c) {
        String what = switch (c.kind()) {
            case CREDIT_CODE -> "18位统一社会信用代码，校验码须正确。";
            case DIVISION -> "县（市、区）名称（如 晋江市）或6位行政区划代码，可从下拉列表选择。";
            case YES_NO -> "填“是”或“否”，留空视为“否”或未填报。";
            case DATE -> "日期，如 2024-01-31、2024/1/31 或 2024年1月31日。";
            case YEAR -> "统计年度，如 2024。同一企业多个年度填多行，信用代码相同。";
            case MONEY -> "金额，单位元；表头可改为（千元）或（万元），按表头单位换算。";
            case COUNT -> "非负整数。";
            case LIST -> c == EnterpriseColumn.RD_INSTITUTION_LEVELS
                    ? "每个研发机构一个级别：国家级、省级、市级、县级、未认定，用“；”分隔，与机构名称一一对应。"
                    : "可填多个，用“；”分隔。";
            case TEXT -> "文本。";
        };
        if (c == EnterpriseColumn.YEAR_ABOVE_SCALE) {
            what = "该行年度是否为规上企业，填“是”或“否”；留空则按“是否规上企业”。";
        } else if (c == EnterpriseColumn.INDUSTRIAL) {
            what = "是否工业企业（采矿业、制造业、电力热力燃气及水生产和供应业），填“是”或“否”；留空按行业代码判断。";
        }
        StringBuilder sb = new StringBuilder(c.required() ? "必填。" : "选填。").append(what);
        if (!c.synonyms().isEmpty()) {
            sb.append("也可用表头：").append(String.join("、", c.synonyms())).append('。');
        }
        return sb.toString();
    }
}
