package org.countychain.benchmarks.poitl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.model.AppendixTable;
import org.countychain.export.model.ExportRequest;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;

/**
 * The documents every benchmark writes: the 晋江 sample report, and the same with a 5,000-row appendix whose rows
 * come from {@link SyntheticProvince} enterprises (name, credit code, gaps, contact: the shape of the R5 service
 * list). Built once, never timed.
 */
public final class Documents {
    /** Rows of the large appendix. */
    public static final int APPENDIX_ROWS = 5_000;

    private Documents() {
    }

    /**
     * The sample report's export request.
     *
     * @return the request
     */
    public static ExportRequest sample() {
        CountyDataset county = SampleCounty.jinjiang();
        return ExportRequest.of(county, county.reports().get(0));
    }

    /**
     * The sample report with an appendix of {@code rows} rows.
     *
     * @param rows the number of rows
     * @return the request
     */
    public static ExportRequest withAppendix(int rows) {
        return sample().toBuilder().appendices(List.of(appendix(rows))).build();
    }

    static AppendixTable appendix(int rows) {
        List<Enterprise> enterprises = SyntheticProvince.generate(2024, rows).counties().stream()
                .flatMap(c -> c.enterprises().stream()).limit(rows).toList();
        String[] gaps = {"无研发投入", "无研发机构", "无发明专利", "无研发投入、无研发机构", "无研发机构、无发明专利",
            "无研发投入、无研发机构、无发明专利"};
        List<List<String>> table = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            Enterprise e = enterprises.get(i % enterprises.size());
            table.add(List.of(Integer.toString(i + 1), e.name(), e.creditCode().toString(), gaps[i % gaps.length],
                    "联系人" + (i % 97) + " 0591-8" + String.format("%07d", i)));
        }
        return new AppendixTable("附件1 “一对一”“点对点”服务企业清单", "表 “一对一”“点对点”服务企业清单",
                List.of("序号", "企业名称", "统一社会信用代码", "缺项", "服务联系人"), table, "合成数据");
    }

    /**
     * Exports with the library.
     *
     * @param request the request
     * @param out     where to write
     */
    public static void library(ExportRequest request, OutputStream out) {
        new DocxExporter().write(request, out);
    }

    /**
     * The library's output, for the floor.
     *
     * @param request the request
     * @return the .docx bytes
     */
    static byte[] libraryBytes(ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        library(request, out);
        return out.toByteArray();
    }

    static ByteArrayInputStream stream(byte[] b) {
        return new ByteArrayInputStream(b);
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
