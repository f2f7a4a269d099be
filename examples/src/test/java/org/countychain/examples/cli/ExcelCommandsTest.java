package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.countychain.export.excel.EnterpriseListWriter;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelCommandsTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CountyChainCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void templateWritesTheWorkbook() {
        Path file = tmp.resolve("企业导入模板.xlsx");
        String[] r = run("template", "--out", file.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("已写出导入模板");
        assertThat(r[2]).isEmpty();
        assertThat(file).isNotEmptyFile();
    }

    @Test
    void importWritesJsonAndExitsZeroWhenClean() throws Exception {
        Path list = tmp.resolve("list.xlsx");
        EnterpriseListWriter.writeXlsx(SampleCounty.jinjiang().enterprises(), list);
        String[] r = run("--lang", "en", "import", list.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r[2]).isEmpty();
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("accepted").contains("enterprises: 48");
        assertThat(tmp.resolve("out/list-enterprises.json")).isNotEmptyFile();
    }

    @Test
    void importWithBadRowsWritesTheErrorWorkbookAndExitsOne() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "统一社会信用代码,企业名称,所在县（市、区）\n91350582MA2XYK001X,甲,晋江市\n123,乙,晋江市\n");
        String[] r = run("import", csv.toString(), "--out", tmp.toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("[CC-1101] bad.csv!A3").contains("读取2行，接受1行，拒绝1行；企业1家");
        assertThat(tmp.resolve("bad-errors.xlsx")).isNotEmptyFile();
    }

    @Test
    void importPrintsEveryUnusedColumnAfterTheCountsAndCanRefuseThem() throws Exception {
        Path csv = tmp.resolve("k.csv");
        Files.writeString(csv, "统一社会信用代码,企业名称,所在县（市、区）,年度,研究开发费用合计（千元）,研发费用总额（千元）\n"
                + "91350582MA2XYK001X,甲,晋江市,2024,12,12\n");
        String[] r = run("import", csv.toString(), "--out", tmp.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("读取1行，接受1行，拒绝0行；企业1家\n"
                + "未识别的列 F「研发费用总额（千元）」（工作表“k.csv”），未导入；是否指「研发费用」？");
        assertThat(Files.readString(tmp.resolve("k-enterprises.json"))).contains("12000");
        String[] strict = run("import", csv.toString(), "--out", tmp.toString(), "--refuse-unknown-columns");
        assertThat(strict[0]).isEqualTo("2");
        assertThat(strict[2]).contains("[CC-7004] k.csv").contains("F「研发费用总额（千元）」");
    }

    @Test
    void aRefusedFileExitsTwoWithItsCode() throws Exception {
        Path fake = tmp.resolve("fake.xlsx");
        Files.writeString(fake, "not a workbook");
        String[] r = run("import", fake.toString(), "--out", tmp.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("[CC-1004] fake.xlsx").contains("不是 .xlsx 工作簿");
    }

    @Test
    void screenAnXlsxListWritesTheListsWorkbook() throws Exception {
        Path list = tmp.resolve("list.xlsx");
        EnterpriseListWriter.writeXlsx(SampleCounty.jinjiang().enterprises(), list);
        Path out = tmp.resolve("screen");
        String[] r = run("screen", list.toString(), "--out", out.toString());
        assertThat(r[2]).isEmpty();
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("已写出名单工作簿");
        assertThat(out.resolve("lists.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("screening.json")).isNotEmptyFile();
    }
}
