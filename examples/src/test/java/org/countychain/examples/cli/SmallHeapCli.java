package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.countychain.export.excel.HostileInputs;

/**
 * The command line in a child JVM of 64 MB heap, with its own temporary directory: what the bounded-memory tests of
 * the spooled import run, how they see that no spool directory is left, and the large workbooks they feed it.
 */
final class SmallHeapCli {
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private SmallHeapCli() {
    }

    /** Writes a sheet's data rows after its header row. */
    interface SheetRows {
        /**
         * Writes the rows.
         *
         * @param sheetData the sheet's XML, inside {@code <sheetData>}
         * @throws IOException when writing fails
         */
        void write(Writer sheetData) throws IOException;
    }

    /**
     * Writes a workbook of one sheet, 企业, whose shared string 0 is 晋江市, streaming its rows so that a workbook of
     * hundreds of thousands of rows needs no memory of its size.
     *
     * @param file    the .xlsx to write
     * @param headers the header row's cells, from column A
     * @param rows    writes the data rows, from row 2
     * @throws IOException when writing fails
     */
    static void writeWorkbook(Path file, List<String> headers, SheetRows rows) throws IOException {
        byte[] skeleton = HostileInputs.workbook(List.<String[]>of(new String[] {"企业", "<worksheet/>"}),
                "<sst xmlns=\"" + NS + "\"><si><t>晋江市</t></si></sst>");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os);
             ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().endsWith("sheet1.xml")) {
                    Writer w = new BufferedWriter(new OutputStreamWriter(z, StandardCharsets.UTF_8), 1 << 16);
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>"
                            + "<row r=\"1\">");
                    for (int c = 0; c < headers.size(); c++) {
                        w.write(inline((char) ('A' + c) + "1", headers.get(c)));
                    }
                    w.write("</row>");
                    rows.write(w);
                    w.write("</sheetData></worksheet>");
                    w.flush();
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
    }

    /**
     * An inline-string cell.
     *
     * @param ref  its reference, {@code B7}
     * @param text its text
     * @return the cell's XML
     */
    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /**
     * Starts the command line.
     *
     * @param temporary the child's {@code java.io.tmpdir}, where the import spools
     * @param console   where its standard output and standard error go, together
     * @param args      the command and its options
     * @return the process, started
     * @throws IOException when it cannot be started
     */
    static Process start(Path temporary, Path console, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-Djava.io.tmpdir=" + temporary, "-cp",
                System.getProperty("java.class.path"), CountyChainCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
    }

    /** How a run of the command line ended: its exit code and what it printed. */
    record Finished(int exit, String console) {
    }

    /**
     * Runs the command line to its end ({@link #start}), within ten minutes.
     *
     * @param temporary the child's {@code java.io.tmpdir}, where the import spools
     * @param console   where its standard output and standard error go, together
     * @param args      the command and its options
     * @return its exit code and what it printed
     * @throws Exception when it cannot be started or waited for
     */
    static Finished run(Path temporary, Path console, String... args) throws Exception {
        Process p = start(temporary, console, args);
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("the command ended within ten minutes").isTrue();
        return new Finished(p.exitValue(), Files.readString(console, StandardCharsets.UTF_8));
    }

    /**
     * The spool directories in {@code d} (POI's error workbook writer leaves its own {@code poifiles} there).
     *
     * @param d a temporary directory
     * @return the import's spool directories in it
     * @throws IOException when it cannot be listed
     */
    static List<Path> spoolDirectories(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(f -> f.getFileName().toString().startsWith("countychain-import-")).toList();
        }
    }
}
