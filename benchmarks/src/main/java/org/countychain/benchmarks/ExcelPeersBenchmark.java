package org.countychain.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.countychain.enterprise.Enterprise;
import org.countychain.export.excel.EnterpriseColumn;
import org.countychain.export.excel.EnterpriseImporter;
import org.countychain.export.excel.EnterpriseListWriter;
import org.countychain.export.excel.ImportListener;
import org.countychain.export.excel.ImportResult;
import org.countychain.export.excel.ImportSummary;
import org.countychain.export.excel.ImportedRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
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
 * The library's enterprise-list import and export side by side with the tools Chinese Java teams use for large
 * workbooks, on the same file (the library's own list, Chinese headers, 27 columns) in one run:
 * <ul>
 * <li>Alibaba's EasyExcel 4.0.3 and its successor line {@code cn.idev.excel:fastexcel} 1.3.0, each reading into
 * an annotated row class bound by header name ({@link EasyExcelRow}, {@link FastExcelRow}) and writing from it;</li>
 * <li>{@code org.dhatim:fastexcel-reader} 0.19.0 reading cells, converted to the same typed values, and
 * {@code org.dhatim:fastexcel} 0.19.0 writing them;</li>
 * <li>a floor: the sheet's and shared strings' XML inflated and every byte looked at, nothing converted.</li>
 * </ul>
 * Every reader turns each row into the same typed values (amounts as exact decimals, dates, integer counts,
 * yes/no as booleans); the library does more: it checks every credit code's check character and division, the
 * county, the years and amounts, and merges the rows of one enterprise into one {@code Enterprise}. The peers
 * check only that a cell converts to its field's type. All forks get the same 1 GB heap; after each iteration the
 * peak heap (sum of the heap pools' peaks) is printed as {@code peak-heap-mb}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ExcelPeersBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExcelPeersBenchmark {
    /** Rows per batch handed to the EasyExcel and FastExcel writers, which write a list at a time. */
    private static final int WRITE_BATCH = 10_000;

    @Param({"20000", "500000"})
    int rows;

    private Path file;
    private Path out;
    /** The data rows the file holds: at least {@link #rows}, as the last enterprise's rows are written whole. */
    private long dataRows;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        file = ExcelData.xlsx(rows);
        out = Files.createTempFile("countychain-bench-out", ".xlsx");
        dataRows = 0;
        for (Enterprise e : ExcelData.enterprises(rows)) {
            dataRows += EnterpriseListWriter.rows(e).size();
        }
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

    // ---------------------------------------------------------------- import

    /**
     * The library: every row checked, the rows of one enterprise merged. With more than one processor the library
     * inflates the sheet and scans it on two threads of its own while this thread checks the rows and builds the
     * model; the peers read on this thread alone, and so does the floor.
     */
    @Benchmark
    public int importLibrary() {
        ImportResult r = EnterpriseImporter.defaults().importFile(file);
        if (r.rowsAccepted() != dataRows) {
            throw new IllegalStateException("library read " + r.rowsAccepted() + " of " + dataRows + " rows");
        }
        return r.enterprises().size();
    }

    /**
     * The library's streaming import: every row checked as above and handed to a listener, nothing kept (the rows
     * of one enterprise are not merged), so memory stays flat at any size.
     */
    @Benchmark
    public long importLibraryStreaming() {
        long[] sum = new long[2];
        ImportSummary s = EnterpriseImporter.defaults().importFile(file, new ImportListener() {
            @Override
            public void accepted(ImportedRow row) {
                sum[0] += row.enterprise().years().size();
                sum[1]++;
            }

            @Override
            public void rejected(ImportResult.RejectedRow row) {
                throw new IllegalStateException("row " + row.row() + " rejected: " + row.errors());
            }
        });
        if (s.rowsAccepted() != dataRows) {
            throw new IllegalStateException("library streamed " + s.rowsAccepted() + " of " + dataRows + " rows");
        }
        return checked(sum);
    }

    /** EasyExcel 4.0.3 into {@link EasyExcelRow}, bound by header name. */
    @Benchmark
    public long importEasyExcel() {
        long[] sum = new long[2];
        com.alibaba.excel.EasyExcel.read(file.toFile(), EasyExcelRow.class,
                new com.alibaba.excel.read.listener.ReadListener<EasyExcelRow>() {
                    @Override
                    public void invoke(EasyExcelRow row, com.alibaba.excel.context.AnalysisContext context) {
                        sum[0] += row.checksum();
                        sum[1]++;
                    }

                    @Override
                    public void doAfterAllAnalysed(com.alibaba.excel.context.AnalysisContext context) {
                    }
                }).sheet(0).doRead();
        return checked(sum);
    }

    /** {@code cn.idev.excel:fastexcel} 1.3.0 into {@link FastExcelRow}, bound by header name. */
    @Benchmark
    public long importFastExcel() {
        long[] sum = new long[2];
        cn.idev.excel.FastExcel.read(file.toFile(), FastExcelRow.class,
                new cn.idev.excel.read.listener.ReadListener<FastExcelRow>() {
                    @Override
                    public void invoke(FastExcelRow row, cn.idev.excel.context.AnalysisContext context) {
                        sum[0] += row.checksum();
                        sum[1]++;
                    }

                    @Override
                    public void doAfterAllAnalysed(cn.idev.excel.context.AnalysisContext context) {
                    }
                }).sheet(0).doRead();
        return checked(sum);
    }

    /** {@code org.dhatim:fastexcel-reader} 0.19.0: cells converted to the same typed values. */
    @Benchmark
    public long importDhatimReader() throws IOException {
        long[] sum = new long[2];
        EnterpriseColumn[] columns = EnterpriseColumn.values();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            Sheet sheet = wb.getFirstSheet();
            try (Stream<Row> stream = sheet.openStream()) {
                Iterator<Row> it = stream.iterator();
                Row header = it.next();
                Map<String, Integer> byHeader = new HashMap<>();
                for (int i = 0; i < header.getCellCount(); i++) {
                    header.getCellAsString(i).ifPresent(byHeaderPut(byHeader, i));
                }
                int[] index = new int[columns.length];
                for (int c = 0; c < columns.length; c++) {
                    index[c] = byHeader.getOrDefault(EnterpriseListWriter.headerOf(columns[c]), -1);
                }
                while (it.hasNext()) {
                    Row row = it.next();
                    long h = 0;
                    for (int c = 0; c < columns.length; c++) {
                        h = 31 * h + hash(typed(columns[c].kind(), row, index[c]));
                    }
                    sum[0] += h;
                    sum[1]++;
                }
            }
        }
        return checked(sum);
    }

    private static java.util.function.Consumer<String> byHeaderPut(Map<String, Integer> map, int i) {
        return s -> map.put(s, i);
    }

    private static Object typed(EnterpriseColumn.Kind kind, Row row, int i) {
        if (i < 0 || i >= row.getCellCount()) {
            return null;
        }
        Cell cell = row.getCell(i);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        return switch (kind) {
            case MONEY -> cell.asNumber();
            case COUNT, YEAR -> cell.asNumber().intValueExact();
            case DATE -> {
                Optional<LocalDateTime> d = row.getCellAsDate(i);
                yield d.map(LocalDateTime::toLocalDate).orElse(null);
            }
            case YES_NO -> "是".equals(cell.asString());
            default -> cell.getType() == CellType.NUMBER ? cell.asNumber().toPlainString() : cell.asString();
        };
    }

    private static int hash(Object o) {
        return o == null ? 0 : o.hashCode();
    }

    /** The floor: the sheet's and shared strings' XML inflated and every byte looked at; nothing converted. */
    @Benchmark
    public long importFloor() throws IOException {
        long tags = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String name : List.of("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml")) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        for (int i = 0; i < n; i++) {
                            if (buffer[i] == '<') {
                                tags++;
                            }
                        }
                    }
                }
            }
        }
        if (tags < rows) {
            throw new IllegalStateException("the floor saw " + tags + " tags");
        }
        return tags;
    }

    private long checked(long[] sum) {
        if (sum[1] != dataRows) {
            throw new IllegalStateException("read " + sum[1] + " of " + dataRows + " rows");
        }
        return sum[0];
    }

    // ---------------------------------------------------------------- export

    /** The library's writer: header styles, number and date formats, column widths, an auto-filter. */
    @Benchmark
    public long exportLibrary() throws IOException {
        EnterpriseListWriter.writeXlsx(ExcelData.enterprises(rows), out);
        return Files.size(out);
    }

    /** EasyExcel 4.0.3 writing {@link EasyExcelRow}s, a batch at a time, to one sheet. */
    @Benchmark
    public long exportEasyExcel() throws IOException {
        try (com.alibaba.excel.ExcelWriter writer = com.alibaba.excel.EasyExcel.write(out.toFile(), EasyExcelRow.class)
                .build()) {
            com.alibaba.excel.write.metadata.WriteSheet sheet = com.alibaba.excel.EasyExcel
                    .writerSheet(EnterpriseListWriter.SHEET_NAME).build();
            List<EasyExcelRow> batch = new ArrayList<>(WRITE_BATCH);
            for (Enterprise e : ExcelData.enterprises(rows)) {
                for (List<Object> values : EnterpriseListWriter.rows(e)) {
                    batch.add(EasyExcelRow.of(values));
                }
                if (batch.size() >= WRITE_BATCH) {
                    writer.write(batch, sheet);
                    batch.clear();
                }
            }
            writer.write(batch, sheet);
        }
        return Files.size(out);
    }

    /** {@code cn.idev.excel:fastexcel} 1.3.0 writing {@link FastExcelRow}s, a batch at a time, to one sheet. */
    @Benchmark
    public long exportFastExcel() throws IOException {
        try (cn.idev.excel.ExcelWriter writer = cn.idev.excel.FastExcel.write(out.toFile(), FastExcelRow.class)
                .build()) {
            cn.idev.excel.write.metadata.WriteSheet sheet = cn.idev.excel.FastExcel
                    .writerSheet(EnterpriseListWriter.SHEET_NAME).build();
            List<FastExcelRow> batch = new ArrayList<>(WRITE_BATCH);
            for (Enterprise e : ExcelData.enterprises(rows)) {
                for (List<Object> values : EnterpriseListWriter.rows(e)) {
                    batch.add(FastExcelRow.of(values));
                }
                if (batch.size() >= WRITE_BATCH) {
                    writer.write(batch, sheet);
                    batch.clear();
                }
            }
            writer.write(batch, sheet);
        }
        return Files.size(out);
    }

    /** {@code org.dhatim:fastexcel} 0.19.0: the same values, a date format on date cells, flushed as it goes. */
    @Benchmark
    public long exportDhatim() throws IOException {
        EnterpriseColumn[] columns = EnterpriseColumn.values();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
            Workbook wb = new Workbook(os, "CountyChain benchmark", "1.0");
            Worksheet ws = wb.newWorksheet(EnterpriseListWriter.SHEET_NAME);
            for (int c = 0; c < columns.length; c++) {
                ws.value(0, c, EnterpriseListWriter.headerOf(columns[c]));
            }
            int r = 1;
            for (Enterprise e : ExcelData.enterprises(rows)) {
                for (List<Object> values : EnterpriseListWriter.rows(e)) {
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof BigDecimal d) {
                            ws.value(r, c, d);
                        } else if (v instanceof Integer n) {
                            ws.value(r, c, n);
                        } else if (v instanceof LocalDate d) {
                            ws.value(r, c, d);
                            ws.style(r, c).format("yyyy-mm-dd").set();
                        } else if (v != null) {
                            ws.value(r, c, v.toString());
                        }
                    }
                    r++;
                    if (r % 1_000 == 0) {
                        ws.flush();
                    }
                }
            }
            wb.finish();
        }
        return Files.size(out);
    }
}
