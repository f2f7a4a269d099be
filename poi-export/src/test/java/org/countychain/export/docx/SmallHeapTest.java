package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.countychain.export.SuppressForbidden;
import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;

/**
 * The export streams: the sample report with a 5,000-row appendix is written in a fresh JVM limited to 48 MB of
 * heap (a document model of it, as XWPF builds, needs about 190 MB).
 */
class SmallHeapTest {
    static final int ROWS = 5_000;

    /** Runs in the child JVM. */
    @SuppressForbidden("the child JVM reports to the test through its standard output")
    public static void main(String[] args) {
        List<List<String>> rows = new ArrayList<>(ROWS);
        for (int i = 1; i <= ROWS; i++) {
            rows.add(List.of(Integer.toString(i), "福建省样例科技股份有限公司第" + i + "分公司", "91350582MA2Y" + String.format(Locale.ROOT, "%05d", i)
                    + "X", "无研发投入、无研发机构、无发明专利", "联系人" + i + " 0591-8" + String.format(Locale.ROOT, "%07d", i)));
        }
        AppendixTable table = new AppendixTable("附件1 服务企业清单", "表 服务企业清单",
                List.of("序号", "企业名称", "统一社会信用代码", "缺项", "服务联系人"), rows, null);
        ExportRequest request = ExportRequest.builder(DocxExporterTest.REPORT).dataset(DocxExporterTest.COUNTY)
                .appendices(List.of(table)).build();
        ExportResult result = new DocxExporter().write(request, OutputStream.nullOutputStream());
        System.out.println("bytes=" + result.bytesWritten());
    }

    @Test
    @Tag("class-path") // the child JVM runs this class from the class path (java.class.path)
    void aFiveThousandRowAppendixIsWrittenWith48MbOfHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                SmallHeapTest.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("bytes=");
    }
}
