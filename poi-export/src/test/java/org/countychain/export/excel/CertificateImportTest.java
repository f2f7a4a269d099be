package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.countychain.division.DivisionCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enterprise list's certificate columns: a blank valid-until cell is a certificate whose last valid day is
 * derived from its issue date (three years less a day); a blank issue date makes the certificate unusable and the
 * row is refused, naming the certificate columns.
 */
class CertificateImportTest {
    @TempDir
    Path dir;

    private static String code(int n) {
        String first17 = "9135058200000000" + n;
        return first17 + CreditCode.checkCharacter(first17);
    }

    @Test
    void aBlankValidUntilIsDerivedAndABlankIssueDateIsRefused() throws Exception {
        Path csv = dir.resolve("企业名单.csv");
        Files.writeString(csv, String.join("\n",
                "统一社会信用代码,企业名称,所在县（市、区）,高新技术企业证书编号,高企证书发证日期,高企证书有效期至",
                code(1) + ",晋江甲有限公司,晋江市,GR202135000001,2021-12-31,",
                code(2) + ",晋江乙有限公司,晋江市,GR202135000002,2021-01-01,2024-01-01",
                code(3) + ",晋江丙有限公司,晋江市,GR202135000003,,2024-12-30",
                code(4) + ",晋江丁有限公司,晋江市,GR202135000004,2021-12-31,不详") + "\n", StandardCharsets.UTF_8);
        ImportResult r = EnterpriseImporter.defaults().importFile(csv);
        assertThat(r.enterprises()).extracting(Enterprise::name).containsExactly("晋江甲有限公司", "晋江乙有限公司");
        HighTechCertificate derived = r.enterprises().get(0).highTechCertificates().get(0);
        assertThat(derived.validUntil()).isNull();
        assertThat(derived.effectiveValidUntil()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(r.enterprises().get(0).isHighTechDuring(2024)).isTrue();
        // A stated day wins, also one day past the derived day.
        assertThat(r.enterprises().get(1).highTechCertificates().get(0).effectiveValidUntil())
                .isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(r.errors()).hasSize(2);
        assertThat(r.errors().get(0).row()).isEqualTo(4);
        assertThat(r.errors().get(0).reason(Locale.SIMPLIFIED_CHINESE)).contains("发证日期");
        // Not a date at all is an error of its own, not a blank.
        assertThat(r.errors().get(1).row()).isEqualTo(5);
        assertThat(r.errors().get(1).rawValue()).isEqualTo("不详");
    }

    /**
     * The list holds what the data set states: a certificate whose last valid day is derived is written with an
     * empty 有效期至 cell, so importing the written list gives the same certificate back (a written derived day
     * would come back as a stated one).
     */
    @Test
    void aDerivedLastValidDayIsNotWrittenSoTheListReadsBackTheSame() throws Exception {
        DivisionCode jinjiang = DivisionCode.of("350582");
        List<Enterprise> enterprises = List.of(
                Enterprise.builder(CreditCode.parse(code(5)), "晋江戊有限公司", jinjiang)
                        .highTechCertificate(new HighTechCertificate("GR202135000005", LocalDate.of(2021, 12, 31)))
                        .build(),
                Enterprise.builder(CreditCode.parse(code(6)), "晋江己有限公司", jinjiang)
                        .highTechCertificate(new HighTechCertificate("GR202135000006", LocalDate.of(2021, 1, 1),
                                LocalDate.of(2023, 12, 31)))
                        .build());
        for (String name : List.of("certificates.xlsx", "certificates.csv")) {
            Path file = dir.resolve(name);
            if (name.endsWith(".xlsx")) {
                EnterpriseListWriter.writeXlsx(enterprises, file);
            } else {
                EnterpriseListWriter.writeCsv(enterprises, file);
            }
            ImportResult r = EnterpriseImporter.defaults().importFile(file);
            assertThat(r.errors()).as(name).isEmpty();
            assertThat(r.enterprises()).as(name).containsExactlyElementsOf(Projection.of(enterprises));
            assertThat(r.enterprises().get(0).highTechCertificates().get(0).validUntilDerived()).as(name).isTrue();
        }
        int validUntil = EnterpriseColumn.HIGH_TECH_CERTIFICATE_VALID_UNTIL.ordinal();
        assertThat(EnterpriseListWriter.rows(enterprises.get(0)).get(0).get(validUntil)).isNull();
        assertThat(EnterpriseListWriter.rows(enterprises.get(1)).get(0).get(validUntil))
                .isEqualTo(LocalDate.of(2023, 12, 31));
    }
}
