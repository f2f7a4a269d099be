package org.countychain.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.countychain.export.docx.DocxExporter;
import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.export.spi.ReportExporter;

class ReportExportersTest {
    @TempDir
    Path tmp;

    /** Claims the docx format a second time. */
    public static final class AnotherDocx implements ReportExporter {
        @Override
        public String formatId() {
            return "DOCX";
        }

        @Override
        public String mediaType() {
            return "application/octet-stream";
        }

        @Override
        public String fileExtension() {
            return "docx";
        }

        @Override
        public ExportResult write(ExportRequest request, OutputStream out) {
            return new ExportResult("docx", 0, 0, List.of());
        }
    }

    @Test
    @Tag("class-path") // the plug-ins are this test's classes: see the parent pom
    void brokenProvidersAndDuplicateFormatsAreReportedNotFatal() throws Exception {
        Path services = tmp.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ReportExporter.class.getName()),
                "org.example.DoesNotExist\n" + AnotherDocx.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()},
                getClass().getClassLoader())) {
            ReportExporters found = ReportExporters.discover(loader);
            assertThat(found.require("docx")).isInstanceOf(DocxExporter.class);
            assertThat(found.problems()).hasSize(2);
            assertThat(found.problems()).anyMatch(p -> p.contains("org.example.DoesNotExist"))
                    .anyMatch(p -> p.contains("AnotherDocx") && p.contains("first is used"));
        }
    }

    /** A contributor found through ServiceLoader: it sets the table text to 10.5 pt. */
    public static final class SmallerTables implements DocxContributor {
        /** For ServiceLoader. */
        public SmallerTables() {
        }

        @Override
        public String id() {
            return "smaller-tables";
        }

        @Override
        public StyleSheet styleSheet(StyleSheet base) {
            return base.toBuilder().table(base.table().withSize(10.5)).build();
        }
    }

    @Test
    @Tag("class-path") // the plug-ins are this test's classes: see the parent pom
    void theDiscoveredWordExporterHasTheDiscoveredContributorsAndABrokenOneIsAProblemNotAFailure() throws Exception {
        Path services = tmp.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(DocxContributor.class.getName()),
                "org.example.NoSuchContributor\n" + SmallerTables.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()},
                getClass().getClassLoader())) {
            ReportExporters found = ReportExporters.discover(loader);
            DocxExporter docx = (DocxExporter) found.require("docx");
            assertThat(docx.styleSheet()).isEqualTo(new SmallerTables().styleSheet(StyleSheet.gbt9704()))
                    .isNotEqualTo(StyleSheet.gbt9704());
            assertThat(found.problems()).singleElement().asString().contains("CC-").contains("org.example.NoSuchContributor");

            DocxExporter direct = DocxExporter.builder().discoverContributors(loader).build();
            assertThat(direct.styleSheet()).isEqualTo(docx.styleSheet());
            assertThat(direct.problems()).singleElement().asString().contains("org.example.NoSuchContributor");
        }
        assertThat(new DocxExporter().problems()).isEmpty();
    }

    /** A plug-in that forgets to check the export mode. */
    public static final class Careless implements ReportExporter {
        int writes;

        @Override
        public String formatId() {
            return "careless";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public ExportResult write(ExportRequest request, OutputStream out) {
            writes++;
            return new ExportResult("careless", 0, 0, List.of());
        }
    }

    @Test
    void theRegistryRefusesAnIncompleteReportInSubmissionModeForAnExporterThatDoesNotCheck() {
        org.countychain.dataset.CountyDataset county = org.countychain.sample.SampleCounty.jinjiang();
        org.countychain.report.ResearchReport report = county.reports().get(0);
        java.util.List<org.countychain.report.ReportItem> items = new java.util.ArrayList<>(report.items());
        items.set(1, org.countychain.report.ReportItem.ofParagraphs(items.get(1).itemId(), " "));
        org.countychain.report.ResearchReport incomplete = org.countychain.test.ResearchReportBuilder.from(report)
                .items(items).build();
        Careless careless = new Careless();
        ReportExporters registry = ReportExporters.builder().add(careless).build();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        ExportRequest submit = ExportRequest.builder(incomplete).dataset(county)
                .mode(org.countychain.export.model.ExportMode.SUBMISSION).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.write("CARELESS", submit, out))
                .isInstanceOf(org.countychain.export.model.IncompleteReportException.class);
        assertThat(careless.writes).isZero();

        registry.write("careless", ExportRequest.of(county, incomplete), out);
        registry.write("careless", ExportRequest.builder(report).dataset(county)
                .mode(org.countychain.export.model.ExportMode.SUBMISSION).build(), out);
        assertThat(careless.writes).isEqualTo(2);
    }

    @Test
    void explicitRegistrationNeedsNoClassPathScanning() {
        ReportExporters mine = ReportExporters.builder().add(new AnotherDocx()).build();
        assertThat(mine.require("docx")).isInstanceOf(AnotherDocx.class);
        assertThat(mine.toBuilder().add(new DocxExporter()).build().require("docx")).isInstanceOf(DocxExporter.class);
        assertThat(mine.problems()).isEmpty();
    }
}
