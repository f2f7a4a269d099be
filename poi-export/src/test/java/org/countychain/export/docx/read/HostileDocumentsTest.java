package org.countychain.export.docx.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.countychain.CountyChainException;
import org.countychain.export.model.ExportRequest;

/**
 * A corpus of hostile and wrong files, each refused with its own code and a message that names the problem; none
 * reaches the caller as a raw POI, zip or XML exception.
 */
class HostileDocumentsTest {
    static final byte[] SAMPLE = RoundTripTest.export(ExportRequest.of(RoundTripTest.COUNTY,
            RoundTripTest.COUNTY.reports().get(0)));

    static CountyChainException refused(byte[] bytes) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> ReportReader.defaults().read(bytes, "hostile.docx"));
        assertThat(t).isInstanceOf(CountyChainException.class);
        CountyChainException e = (CountyChainException) t;
        assertThat(e.getMessage(Locale.CHINA)).startsWith("[" + e.errorCode().code() + "] hostile.docx")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("Exception");
        return e;
    }

    @Test
    void anEmptyFileIsNotADocx() {
        CountyChainException e = refused(new byte[0]);
        assertThat(e.errorCode()).isEqualTo(WordErrorCode.WORD_NOT_DOCX);
        assertThat(e.getMessage(Locale.CHINA)).contains("不是可读取的 Word .docx 文件").contains("空文件");
    }

    @Test
    void aTruncatedDocumentIsNotADocx() {
        for (int cut : new int[] {10, 200, SAMPLE.length / 2}) {
            CountyChainException e = refused(Arrays.copyOf(SAMPLE, cut));
            assertThat(e.errorCode()).as("cut at " + cut).isEqualTo(WordErrorCode.WORD_NOT_DOCX);
        }
    }

    @Test
    void aDocumentCutOffInItsZipDirectoryIsReadAsFarAsItGoes() {
        ReadResult r = ReportReader.defaults().read(Arrays.copyOf(SAMPLE, SAMPLE.length - 30), "cut.docx");
        assertThat(r.report()).isEqualTo(ReportReader.defaults().read(SAMPLE, "whole.docx").report());
    }

    @Test
    void otherKindsOfFileAreNamed() {
        assertThat(refused("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)).getMessage(Locale.ENGLISH))
                .contains("a PDF file");
        assertThat(refused("{\"unitId\":\"350582\"}".getBytes(StandardCharsets.UTF_8)).getMessage(Locale.ENGLISH))
                .contains("a JSON file");
        assertThat(refused("<html><body>报告</body></html>".getBytes(StandardCharsets.UTF_8)).errorCode())
                .isEqualTo(WordErrorCode.WORD_NOT_DOCX);
        assertThat(refused(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}).errorCode()).isEqualTo(WordErrorCode.WORD_NOT_DOCX);
        assertThat(refused("{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.US_ASCII)).errorCode())
                .isEqualTo(WordErrorCode.WORD_LEGACY_FORMAT);
        assertThat(refused(zip(Map.of("readme.txt", "not a document"))).getMessage(Locale.ENGLISH))
                .contains("[Content_Types].xml");
    }

    @Test
    void anExcelWorkbookIsNotAWordDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("企业名单").createRow(0).createCell(0).setCellValue("企业名称");
            wb.write(out);
        }
        CountyChainException e = refused(out.toByteArray());
        assertThat(e.errorCode()).isEqualTo(WordErrorCode.WORD_NOT_DOCX);
        assertThat(e.getMessage(Locale.CHINA)).contains("Excel");
    }

    @Test
    void aLegacyDocIsRefusedWithItsOwnCode() throws IOException {
        CountyChainException e = refused(compoundFile("WordDocument"));
        assertThat(e.errorCode()).isEqualTo(WordErrorCode.WORD_LEGACY_FORMAT);
        assertThat(e.getMessage(Locale.CHINA)).contains("另存为“Word 文档（.docx）”");
    }

    /**
     * WPS Office's own .wps format is a compound (OLE2) file like .doc: with a Word stream or with streams of its
     * own, it is refused as a legacy format whose message says how to save it as .docx.
     */
    @Test
    void aWpsDocumentIsRefusedAsALegacyFormat() throws IOException {
        for (String stream : List.of("WordDocument", "WpsContent")) {
            byte[] wps = compoundFile(stream);
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                    () -> ReportReader.defaults().read(wps, "调研报告.wps"));
            assertThat(t).as(stream).isInstanceOf(CountyChainException.class);
            CountyChainException e = (CountyChainException) t;
            assertThat(e.errorCode()).as(stream).isEqualTo(WordErrorCode.WORD_LEGACY_FORMAT);
            assertThat(e.getMessage(Locale.CHINA)).as(stream).contains("调研报告.wps", "另存为“Word 文档（.docx）”");
        }
    }

    /** A compound (OLE2) file, the container of .doc and .wps, holding one stream of 512 zero bytes. */
    private static byte[] compoundFile(String stream) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), stream);
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    @Test
    void aPasswordProtectedDocumentIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("密码");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(SAMPLE);
            }
            fs.writeFilesystem(out);
        }
        CountyChainException e = refused(out.toByteArray());
        assertThat(e.errorCode()).isEqualTo(WordErrorCode.WORD_ENCRYPTED);
        assertThat(e.getMessage(Locale.CHINA)).contains("密码保护");
    }

    @Test
    void aMacroEnabledDocumentIsNotOpened() throws IOException {
        Map<String, byte[]> parts = unzip(SAMPLE);
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("wordprocessingml.document.main+xml", "")
                .replace("<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.\"/>", "<Override PartName=\"/word/document.xml\" ContentType=\""
                        + "application/vnd.ms-word.document.macroEnabled.main+xml\"/>");
        parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        parts.put("word/vbaProject.bin", new byte[64]);
        CountyChainException e = refused(rezip(parts));
        assertThat(e.errorCode()).isEqualTo(WordErrorCode.WORD_MACRO_ENABLED);
    }

    @Test
    void aZipBombIsStoppedBeforeItFillsMemory() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(unzip(SAMPLE).get("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
        }
        assertThat(out.size()).isLessThan(200_000);
        CountyChainException e = refused(out.toByteArray());
        assertThat(e.errorCode()).isEqualTo(WordErrorCode.WORD_TOO_LARGE);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("zip bomb");
    }

    @Test
    void entityExpansionAndExternalEntitiesAreRefused() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"哈哈哈哈哈哈哈哈哈哈\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                + "<w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                + "<w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        for (String xml : new String[] {laughs, external}) {
            Map<String, byte[]> parts = unzip(SAMPLE);
            parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
            CountyChainException e = refused(rezip(parts));
            assertThat(e.errorCode()).isEqualTo(WordErrorCode.WORD_UNSAFE_XML);
            assertThat(e.getMessage(Locale.ENGLISH)).contains("word/document.xml").doesNotContain("root:");
        }
        Map<String, byte[]> parts = unzip(SAMPLE);
        parts.put("word/styles.xml", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">&x;</w:styles>")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(refused(rezip(parts)).errorCode()).isEqualTo(WordErrorCode.WORD_UNSAFE_XML);
    }

    @Test
    void brokenXmlNamesThePart() throws IOException {
        Map<String, byte[]> parts = unzip(SAMPLE);
        byte[] doc = parts.get("word/document.xml");
        parts.put("word/document.xml", Arrays.copyOf(doc, doc.length / 2));
        CountyChainException e = refused(rezip(parts));
        assertThat(e.errorCode()).isEqualTo(WordErrorCode.WORD_NOT_DOCX);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("word/document.xml");
    }

    @Test
    void sizeLimitsApply() {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ReportReader.defaults()
                .withLimits(SAMPLE.length - 1, 1 << 26, 1 << 28, 10_000_000).read(SAMPLE, "big.docx"));
        assertThat(((CountyChainException) t).errorCode()).isEqualTo(WordErrorCode.WORD_TOO_LARGE);
        t = org.assertj.core.api.Assertions.catchThrowable(() -> ReportReader.defaults()
                .withLimits(1 << 26, 10_000, 1 << 28, 10_000_000).read(SAMPLE, "big.docx"));
        assertThat(((CountyChainException) t).errorCode()).isEqualTo(WordErrorCode.WORD_TOO_LARGE);
        assertThat(t.getMessage()).contains("word/document.xml");
        t = org.assertj.core.api.Assertions.catchThrowable(() -> ReportReader.defaults()
                .withLimits(1 << 26, 1 << 26, 1 << 28, 1_000).read(SAMPLE, "big.docx"));
        assertThat(((CountyChainException) t).errorCode()).isEqualTo(WordErrorCode.WORD_TOO_LARGE);
        assertThat(t.getMessage()).contains("characters");
        assertThatThrownBy(() -> ReportReader.defaults().withLimits(0, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWordDocumentThatIsNoReportIsSaidToBeNone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("关于召开年度工作会议的通知");
            doc.createParagraph().createRun().setText("各单位：定于下周一召开会议。");
            doc.write(out);
        }
        CountyChainException e = refused(out.toByteArray());
        assertThat(e.errorCode()).isEqualTo(WordErrorCode.WORD_NOT_A_REPORT);
        assertThat(e.getMessage(Locale.CHINA)).contains("不是调研报告").contains("fujian-2024");
    }

    static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    static byte[] rezip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
            }
        }
        return out.toByteArray();
    }

    static byte[] zip(Map<String, String> parts) {
        try {
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            parts.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
            return rezip(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
