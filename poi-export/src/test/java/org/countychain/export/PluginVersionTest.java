package org.countychain.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Locale;

import org.countychain.CountyChainVersion;
import org.countychain.ReferenceDataException;
import org.countychain.dataset.CountyDataset;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.docx.spi.BodyWriter;
import org.countychain.export.docx.spi.ContributionContext;
import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.export.model.ExportErrorCode;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.export.spi.ReportExporter;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * A plug-in built against another version of the plug-in interfaces is reported with both versions when it is
 * registered, and one that calls what this version lacks is reported as a plug-in problem (CC-5003), never as a
 * bare {@link LinkageError}.
 */
class PluginVersionTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();

    record Exporter(String builtAgainst) implements ReportExporter {
        @Override
        public String formatId() {
            return "plain";
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
            throw new UnsupportedOperationException();
        }
    }

    record Contributor(String builtAgainst) implements DocxContributor {
        @Override
        public String id() {
            return "test";
        }
    }

    @Test
    void anExporterBuiltAgainstAnotherMinorVersionIsRefusedNamingBothVersions() {
        assertThatThrownBy(() -> ReportExporters.builder().add(new Exporter("0.2")))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ExportErrorCode.EXPORT_PLUGIN);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains(Exporter.class.getName(), "0.2",
                            CountyChainVersion.SPI);
                });
        assertThat(ReportExporters.builder().add(new Exporter(CountyChainVersion.SPI)).build().find("plain"))
                .isPresent();
        assertThat(ReportExporters.builder().add(new Exporter(null)).build().find("plain")).isPresent();
    }

    @Test
    void aContributorBuiltAgainstAnotherVersionIsRefused() {
        assertThatThrownBy(() -> DocxExporter.builder().contributor(new Contributor("9.0")))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ExportErrorCode.EXPORT_PLUGIN);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("9.0", CountyChainVersion.SPI);
                });
        assertThat(DocxExporter.builder().contributor(new Contributor(CountyChainVersion.SPI)).build()).isNotNull();
    }

    @Test
    void aContributorCallingWhatThisVersionLacksIsAPluginProblemNotALinkageError() {
        DocxContributor stale = new DocxContributor() {
            @Override
            public String id() {
                return "stale";
            }

            @Override
            public void beforeTitle(ContributionContext context, BodyWriter body) {
                throw new NoSuchMethodError("org.countychain.export.docx.spi.BodyWriter.seal()V");
            }
        };
        DocxExporter exporter = DocxExporter.builder().contributor(stale).build();
        assertThatThrownBy(() -> exporter.write(ExportRequest.of(COUNTY, COUNTY.reports().get(0)),
                new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ExportErrorCode.EXPORT_PLUGIN);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("stale", "does not fit", "BodyWriter.seal");
                    assertThat(e.getCause()).isInstanceOf(NoSuchMethodError.class);
                });
    }
}
