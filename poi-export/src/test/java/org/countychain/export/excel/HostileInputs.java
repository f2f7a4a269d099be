package org.countychain.export.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.countychain.ErrorCode;
import org.countychain.ProblemCode;

/**
 * The hostile corpus of .xlsx and CSV files, generated here (never stored): broken XML, empty and truncated files,
 * a zip bomb, entity expansion, huge cells, wrong types and out-of-range numbers. Each case says what the importer
 * must do with it: refuse the file with a code (the command line exits 2), or reject the bad row with codes and
 * accept the good one (exit 1). Shared by the library's test and the command line's.
 */
public final class HostileInputs {
    /** A credit code with a correct check character, for the good rows. */
    public static final String GOOD_CODE = "91350582MA2XYK001X";
    /** Another one, for the bad rows. */
    public static final String OTHER_CODE = "91350582MA2XYK0021";

    private HostileInputs() {
    }

    /**
     * One hostile file and what the importer must make of it.
     *
     * @param file     the file name (its extension chooses the reader)
     * @param bytes    the content
     * @param refusal  the code the file is refused with, or {@code null} when it is imported
     * @param rowCodes the codes of the rejected row's errors, in order, when the file is imported (the good row is
     *                 accepted beside it)
     */
    public record Case(String file, byte[] bytes, ProblemCode refusal, List<ProblemCode> rowCodes) {
        /**
         * Writes the file into a folder.
         *
         * @param dir the folder
         * @return the file
         */
        public Path write(Path dir) {
            try {
                return Files.write(dir.resolve(file), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /**
     * Every case.
     *
     * @return the cases, by file name
     */
    public static List<Case> all() {
        List<Case> c = new ArrayList<>();
        c.add(refused("empty.xlsx", new byte[0], ExcelErrorCode.IMPORT_EMPTY));
        c.add(refused("empty.csv", new byte[0], ExcelErrorCode.IMPORT_EMPTY));
        c.add(refused("bom-only.csv", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, ErrorCode.MALFORMED));
        byte[] good = workbook(sheets(sheet("企业", HEADER + goodRow(2))), SST);
        c.add(refused("truncated.xlsx", Arrays.copyOf(good, good.length / 2), ErrorCode.MALFORMED));
        c.add(refused("not-a-zip.xlsx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1),
                ErrorCode.MALFORMED));
        c.add(refused("text.xlsx", "统一社会信用代码,企业名称".getBytes(StandardCharsets.UTF_8), ErrorCode.MALFORMED));
        // numbers a double cannot hold: one row error each, never an aborted import
        c.add(rows("nan.xlsx", xlsxWithBadRow("<c r=\"E3\"><v>NaN</v></c>"), ErrorCode.MALFORMED));
        c.add(rows("infinity.xlsx", xlsxWithBadRow("<c r=\"E3\"><v>1e999</v></c>"), ErrorCode.OUT_OF_RANGE));
        c.add(rows("minus-infinity.xlsx", xlsxWithBadRow("<c r=\"E3\"><v>-INF</v></c>"), ErrorCode.MALFORMED));
        // broken sheet XML that Excel never writes
        c.add(rows("beyond-xfd.xlsx", xlsxWithBadRow("<c r=\"XFE3\"><v>1</v></c>"), ExcelErrorCode.IMPORT_BROKEN_CELL));
        c.add(rows("reference-overflow.xlsx", xlsxWithBadRow("<c r=\"ZZZZZZZZZZZZ3\"><v>1</v></c>"),
                ExcelErrorCode.IMPORT_BROKEN_CELL));
        c.add(rows("reference-no-letters.xlsx", xlsxWithBadRow("<c r=\"123\"><v>1</v></c>"),
                ExcelErrorCode.IMPORT_BROKEN_CELL));
        c.add(rows("shared-string-not-a-number.xlsx", xlsxWithBadRow("<c r=\"E3\" t=\"s\"><v>abc</v></c>"),
                ExcelErrorCode.IMPORT_BROKEN_CELL));
        c.add(rows("shared-string-out-of-range.xlsx",
                xlsxWithBadRow("<c r=\"E3\" t=\"s\"><v>99999999999</v></c>"), ExcelErrorCode.IMPORT_BROKEN_CELL));
        c.add(rows("style-not-a-number.xlsx", xlsxWithBadRow("<c r=\"E3\" s=\"x\"><v>1</v></c>"),
                ExcelErrorCode.IMPORT_BROKEN_CELL));
        c.add(refused("row-number-too-large.xlsx", workbook(sheets(sheet("企业", HEADER + goodRow(2)
                + "<row r=\"99999999999\">" + inline("A99999999999", OTHER_CODE) + "</row>")), SST),
                ExcelErrorCode.IMPORT_BROKEN_CELL));
        c.add(refused("row-number-not-a-number.xlsx", workbook(sheets(sheet("企业", HEADER + goodRow(2)
                + "<row r=\"x\">" + inline("A3", OTHER_CODE) + "</row>")), SST), ExcelErrorCode.IMPORT_BROKEN_CELL));
        // sheets whose names differ only in case, each with a rejected row: the error workbook still gets written
        c.add(new Case("sheets-differing-in-case.xlsx", workbook(sheets(
                sheet("企业a", HEADER + goodRow(2) + badCountyRow(3)), sheet("企业A", HEADER + badCountyRow(2))),
                SST), null, List.of(ErrorCode.DIVISION_UNKNOWN, ErrorCode.DIVISION_UNKNOWN)));
        // huge cells: a row error naming the limit; the cell is never held whole
        String huge = "长".repeat(EnterpriseImporter.DEFAULT_MAX_CELL_CHARS + 1);
        c.add(rows("huge-inline-cell.xlsx", xlsxWithBadRow(inline("B3", huge)), ExcelErrorCode.IMPORT_LIMIT));
        c.add(rows("huge-shared-string.xlsx", workbook(sheets(sheet("企业", HEADER + goodRow(2)
                        + "<row r=\"3\">" + inline("A3", OTHER_CODE) + "<c r=\"B3\" t=\"s\"><v>0</v></c>"
                        + inline("C3", "晋江市") + "</row>")),
                "<sst xmlns=\"" + NS + "\"><si><t>" + huge + "</t></si></sst>"), ExcelErrorCode.IMPORT_LIMIT));
        c.add(rows("huge-field.csv", csv(CSV_HEADER + CSV_GOOD + OTHER_CODE + "," + huge + ",晋江市,2024,1\n"),
                ExcelErrorCode.IMPORT_LIMIT));
        c.add(rows("too-many-columns.csv", csv(CSV_HEADER + CSV_GOOD + OTHER_CODE + ",乙公司,晋江市,2024,1"
                + ",x".repeat(20_000) + "\n"), ExcelErrorCode.IMPORT_LIMIT));
        // safe-XML refusals: entity expansion, external entities, a zip bomb
        String lol = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;"
                + "&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>";
        c.add(refused("entity-expansion-sheet.xlsx", workbook(sheets(new String[] {"企业",
                lol + "<worksheet xmlns=\"" + NS + "\"><sheetData>" + HEADER + "</sheetData></worksheet>"}), SST),
                ErrorCode.MALFORMED));
        c.add(refused("entity-expansion-shared-strings.xlsx", workbook(sheets(sheet("企业", HEADER)),
                lol + "<sst xmlns=\"" + NS + "\"><si><t>&lol2;</t></si></sst>"), ErrorCode.MALFORMED));
        c.add(refused("zip-bomb.xlsx", workbook(sheets(new String[] {"企业", "<worksheet xmlns=\"" + NS
                + "\"><sheetData>" + HEADER + "</sheetData>" + " ".repeat(20_000_000) + "</worksheet>"}), SST),
                ErrorCode.MALFORMED));
        // wrong types and out-of-range values: the importer applies the JSON reader's rules
        c.add(rows("digit-groups.csv", csv(CSV_HEADER + CSV_GOOD + OTHER_CODE + ",乙公司,晋江市,2024,\"1,2,3\"\n"),
                ErrorCode.MALFORMED));
        c.add(rows("arabic-indic-digits.csv", csv(CSV_HEADER + CSV_GOOD + OTHER_CODE
                + ",乙公司,晋江市,2024,\u0661\u0662\u0663\n"), ErrorCode.MALFORMED));
        c.add(rows("full-width-year.csv", csv(CSV_HEADER + CSV_GOOD + OTHER_CODE + ",乙公司,晋江市,２０２４,1\n"),
                ErrorCode.MALFORMED));
        c.add(rows("amount-2000-digits.csv", csv(CSV_HEADER + CSV_GOOD + OTHER_CODE + ",乙公司,晋江市,2024,"
                + "9".repeat(2000) + "\n"), ErrorCode.OUT_OF_RANGE));
        c.add(rows("amount-exponent.csv", csv(CSV_HEADER + CSV_GOOD + OTHER_CODE + ",乙公司,晋江市,2024,1E-2147483648\n"),
                ErrorCode.MALFORMED));
        c.add(rows("date-year-zero.csv", csv("统一社会信用代码,企业名称,所在县（市、区）,注册日期\n" + GOOD_CODE
                + ",甲公司,晋江市,2015-03-01\n" + OTHER_CODE + ",乙公司,晋江市,0000-01-01\n"), ErrorCode.OUT_OF_RANGE));
        c.add(refused("neither-utf8-nor-gb18030.csv", new byte[] {'a', ',', (byte) 0x81, (byte) 0x20, '\n'},
                ErrorCode.MALFORMED));
        // texts under the cell limit but longer than the model's field holds: validation's limits, one row error
        c.add(rows("name-of-11600-characters.xlsx", workbook(sheets(sheet("企业", HEADER + goodRow(2)
                + "<row r=\"3\">" + inline("A3", OTHER_CODE) + inline("B3", "长".repeat(11_600))
                + inline("C3", "晋江市") + "</row>")), SST), ExcelErrorCode.IMPORT_TEXT_TOO_LONG));
        c.add(rows("name-of-201-characters.csv", csv(CSV_HEADER + CSV_GOOD + OTHER_CODE + "," + "长".repeat(201)
                + ",晋江市,2024,1\n"), ExcelErrorCode.IMPORT_TEXT_TOO_LONG));
        c.add(rows("certificate-number-of-33-characters.csv", csv("统一社会信用代码,企业名称,所在县（市、区）,高新技术企业证书编号,"
                + "高企证书发证日期\n" + GOOD_CODE + ",甲公司,晋江市,GR202335000001,2023-01-01\n" + OTHER_CODE
                + ",乙公司,晋江市,GR" + "1".repeat(31) + ",2023-01-01\n"), ExcelErrorCode.IMPORT_TEXT_TOO_LONG));
        return c;
    }

    /**
     * The cases by file name.
     *
     * @return the cases
     */
    public static Map<String, Case> byName() {
        Map<String, Case> m = new LinkedHashMap<>();
        all().forEach(c -> m.put(c.file(), c));
        return m;
    }

    private static Case refused(String file, byte[] bytes, ProblemCode code) {
        return new Case(file, bytes, code, List.of());
    }

    private static Case rows(String file, byte[] bytes, ProblemCode... codes) {
        return new Case(file, bytes, null, List.of(codes));
    }

    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String SST = "<sst xmlns=\"" + NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>x</t></si></sst>";
    static final String HEADER = "<row r=\"1\">" + inline("A1", "统一社会信用代码") + inline("B1", "企业名称")
            + inline("C1", "所在县（市、区）") + inline("D1", "年度") + inline("E1", "营业收入") + "</row>";
    static final String CSV_HEADER = "统一社会信用代码,企业名称,所在县（市、区）,年度,营业收入\n";
    static final String CSV_GOOD = GOOD_CODE + ",甲公司,晋江市,2024,100\n";

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static String goodRow(int r) {
        return "<row r=\"" + r + "\">" + inline("A" + r, GOOD_CODE) + inline("B" + r, "甲公司")
                + inline("C" + r, "晋江市") + "<c r=\"D" + r + "\"><v>2024</v></c><c r=\"E" + r
                + "\"><v>100</v></c></row>";
    }

    static String badCountyRow(int r) {
        return "<row r=\"" + r + "\">" + inline("A" + r, OTHER_CODE) + inline("B" + r, "乙公司")
                + inline("C" + r, "火星县") + "</row>";
    }

    /** A workbook with a good row 2 and row 3 for another enterprise holding the given cell. */
    static byte[] xlsxWithBadRow(String cell) {
        return workbook(sheets(sheet("企业", HEADER + goodRow(2) + "<row r=\"3\">" + inline("A3", OTHER_CODE)
                + inline("B3", "乙公司") + inline("C3", "晋江市") + "<c r=\"D3\"><v>2024</v></c>" + cell
                + "</row>")), SST);
    }

    static List<String[]> sheets(String[]... sheets) {
        return Arrays.asList(sheets);
    }

    static String[] sheet(String name, String rows) {
        return new String[] {name, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS
                + "\"><sheetData>" + rows + "</sheetData></worksheet>"};
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A workbook package written part by part, as no spreadsheet program would write it.
     *
     * @param sheets        name and XML of each sheet
     * @param sharedStrings the shared strings part's XML
     * @return the package's bytes
     */
    public static byte[] workbook(List<String[]> sheets, String sharedStrings) {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension="
                + "\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName="
                + "\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sharedStrings+xml\"/>");
        StringBuilder list = new StringBuilder();
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\">");
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        for (int i = 1; i <= sheets.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            list.append("<sheet name=\"").append(sheets.get(i - 1)[0]).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(rel)
                    .append("worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        types.append("</Types>");
        rels.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(rel)
                .append("sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", types.toString());
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + rel + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + NS
                + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + list + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", rels.toString());
        parts.put("xl/sharedStrings.xml", sharedStrings);
        for (int i = 1; i <= sheets.size(); i++) {
            parts.put("xl/worksheets/sheet" + i + ".xml", sheets.get(i - 1)[1]);
        }
        return zip(parts, StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, String> parts, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(charset));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
