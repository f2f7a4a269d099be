package org.countychain.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.enterprise.Enterprise;
import org.countychain.export.excel.EnterpriseColumn;
import org.countychain.export.excel.EnterpriseImporter;
import org.countychain.export.excel.EnterpriseListWriter;
import org.countychain.export.excel.ImportResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Enterprise-list import and export at 20,000 and 500,000 rows, beside POI's usermodel (XSSFWorkbook) reading
 * and writing the same file. The library runs in a 512 MB heap; the usermodel needs far more and gets 8 GB. After
 * each iteration the peak heap (sum of the heap pools' peaks) is printed as {@code peak-heap-mb}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ExcelBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ExcelBenchmark {
    @Param({"20000", "500000"})
    int rows;

    private Path file;
    private Path out;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        file = ExcelData.xlsx(rows);
        out = Files.createTempFile("countychain-bench-out", ".xlsx");
    }

    @Setup(Level.Iteration)
    public void resetPeak() {
        ExcelData.resetPeak();
    }

    @TearDown(Level.Iteration)
    public void printPeak() {
        System.out.println("peak-heap-mb " + ExcelData.peakHeapMb());
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        Files.deleteIfExists(out);
    }

    /** The library's streaming import (SAX), enterprises built. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
    public int libraryImport() {
        ImportResult r = EnterpriseImporter.defaults().importFile(file);
        if (r.rowsAccepted() != r.rowsRead()) {
            throw new IllegalStateException(r.errors().get(0).toString());
        }
        return r.enterprises().size();
    }

    /** The library's streaming export (SXSSF). */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
    public long libraryExport() throws IOException {
        EnterpriseListWriter.writeXlsx(ExcelData.enterprises(rows), out);
        return Files.size(out);
    }

    /** POI's usermodel: the whole workbook in memory, every cell formatted to text. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
    public long plainPoiRead() throws IOException {
        long cells = 0;
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            for (Row r : s) {
                for (Cell c : r) {
                    cells += f.formatCellValue(c).length();
                }
            }
        }
        return cells;
    }

    /** POI's usermodel: the same cells written with XSSFWorkbook, no styles. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
    public long plainPoiWrite() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            Sheet s = wb.createSheet("企业名单");
            Row h = s.createRow(0);
            EnterpriseColumn[] columns = EnterpriseColumn.values();
            for (int i = 0; i < columns.length; i++) {
                h.createCell(i).setCellValue(EnterpriseListWriter.headerOf(columns[i]));
            }
            int r = 1;
            for (Enterprise e : ExcelData.enterprises(rows)) {
                for (List<Object> values : EnterpriseListWriter.rows(e)) {
                    Row row = s.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v instanceof BigDecimal d) {
                            row.createCell(i).setCellValue(d.doubleValue());
                        } else if (v instanceof Integer n) {
                            row.createCell(i).setCellValue(n);
                        } else if (v instanceof LocalDate d) {
                            row.createCell(i).setCellValue(d);
                        } else if (v != null) {
                            row.createCell(i).setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(os);
        }
        return Files.size(out);
    }
}
