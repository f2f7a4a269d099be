package org.countychain.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.countychain.test.CountyChainAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.countychain.test.docx.DocxInspector;
import org.countychain.test.docx.InspectedDocument;

/** The document assertions and the inspector's page headers and footers, on a .docx written here by hand. */
class DocxAssertTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "word/styles.xml", "<w:styles " + W + "><w:style w:type=\"paragraph\" w:styleId=\"Title\">"
                    + "<w:name w:val=\"Title\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Heading1\">"
                    + "<w:name w:val=\"heading 1\"/></w:style></w:styles>");
            put(zip, "word/document.xml", "<w:document " + W + "><w:body>"
                    + para("Title", "晋江市县域重点产业创新链调研报告") + para("Heading1", "一、发展现状")
                    + para(null, "正文，联系电话 138****5678") + para("Heading1", "二、技术瓶颈") + "</w:body></w:document>");
            put(zip, "word/header1.xml", "<w:hdr " + W + ">" + para(null, "晋江市科学技术局") + "</w:hdr>");
            put(zip, "word/footer1.xml", "<w:ftr " + W + "><w:p><w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
                    + "<w:fldSimple w:instr=\"PAGE\"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                    + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>");
        }
        return bytes.toByteArray();
    }

    private static String para(String style, String text) {
        return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>")
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void readsHeadersAndFootersAndAssertsTheOutline() throws IOException {
        InspectedDocument doc = DocxInspector.inspect(docx());
        org.assertj.core.api.Assertions.assertThat(doc.headers()).containsExactly("晋江市科学技术局");
        org.assertj.core.api.Assertions.assertThat(doc.footers()).containsExactly("— 1 —");
        assertThat(doc).hasHeadingsInOrder("晋江市县域重点产业创新链调研报告", "二、技术瓶颈")
                .hasHeaderContaining("科学技术局").hasFooterContaining("— 1 —").doesNotContainText("13812345678");
    }

    @Test
    void assertionsThatDoNotHoldFail() throws IOException {
        InspectedDocument doc = DocxInspector.inspect(docx());
        assertThatThrownBy(() -> assertThat(doc).hasHeadingsInOrder("二、技术瓶颈", "一、发展现状"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("一、发展现状");
        assertThatThrownBy(() -> assertThat(doc).hasHeaderContaining("县政府")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(doc).hasFooterContaining("第 1 页")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(doc).doesNotContainText("138****5678"))
                .isInstanceOf(AssertionError.class);
    }
}
