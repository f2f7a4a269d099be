package org.countychain.export.spi;

import java.io.OutputStream;

import org.countychain.Experimental;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.jspecify.annotations.Nullable;

/**
 * SPI: a format the research report can be exported to (报告导出格式). The Word exporter
 * ({@code org.countychain.export.docx.DocxExporter}) is one implementation; a plug-in adds another (Markdown, HTML,
 * PDF) by implementing this interface and listing the class in
 * {@code META-INF/services/org.countychain.export.spi.ReportExporter} (and {@code provides} in a module-info), or an
 * application registers it by hand with {@code ReportExporters.builder().add(...)}.
 *
 * <p>The interface carries no POI or other library types. Implementations are stateless or thread-safe, have a
 * public no-argument constructor when found through {@link java.util.ServiceLoader}, and never close the stream
 * they write to.
 *
 * <p>Experimental: may change until a second release has proved it.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public interface ReportExporter {
    /**
     * The format's stable id, unique among the registered exporters, for example {@code docx} or {@code markdown}.
     *
     * @return the id, lower case
     */
    String formatId();

    /**
     * The media type of what {@link #write} writes, for example
     * {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document}.
     *
     * @return the media type
     */
    String mediaType();

    /**
     * The file extension without the dot, for example {@code docx}.
     *
     * @return the extension
     */
    String fileExtension();

    /**
     * Writes the report. Called through {@link org.countychain.export.ReportExporters#write}, the registry has
     * already refused a report unfit for submission in {@link org.countychain.export.model.ExportMode#SUBMISSION};
     * an implementation that may also be called directly calls {@link ExportRequest#checkSubmittable()} before
     * writing anything, as the library's exporters do.
     *
     * @param request what to export
     * @param out     where to write; not closed
     * @return what was written
     * @throws org.countychain.export.model.IncompleteReportException when submitting an incomplete report
     * @throws org.countychain.CountyChainIOException                  when writing fails
     */
    ExportResult write(ExportRequest request, OutputStream out);

    /**
     * The CountyChain version this plug-in was compiled against, so that a plug-in built for another version is
     * reported when it is registered rather than failing with a {@code NoSuchMethodError} while it runs. Implement
     * it as {@code return CountyChainVersion.SPI;}: the compiler copies that constant into the plug-in's class.
     *
     * @return {@code major.minor}, or {@code null} (the default) when the plug-in does not say
     * @see org.countychain.CountyChainVersion#incompatibility(String)
     */
    default @Nullable String builtAgainst() {
        return null;
    }
}
