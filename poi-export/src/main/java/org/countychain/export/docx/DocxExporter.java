package org.countychain.export.docx;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.countychain.export.model.ExportErrorCode;
import org.countychain.CountyChainVersion;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.countychain.export.docx.internal.DocxPackageWriter;
import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.export.spi.ReportExporter;
import org.jspecify.annotations.Nullable;

/**
 * The Word exporter (Word 导出): writes the research report as a .docx in the template's structure and the national
 * document format GB/T 9704 by default — title, subtitle, chapters {@code 一、}, items {@code 1.}, the item blocks,
 * the 三.3 table, the chain map and R&amp;D intensity chart, the appendices; page numbers {@code — 1 —} on the outer
 * side. The document is streamed into the zip, never built in memory, so large appendices need little heap; the
 * same request gives the same bytes.
 *
 * <pre>{@code
 * DocxExporter docx = DocxExporter.builder()
 *         .styleSheet(StyleSheet.gbt9704())
 *         .referenceDocument(ReferenceDocument.read(Path.of("letterhead.docx")))   // optional
 *         .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("report.docx"))) {
 *     ExportResult result = docx.write(ExportRequest.of(county, report), out);
 * }
 * }</pre>
 *
 * <p>Found through {@link java.util.ServiceLoader} as a {@link ReportExporter} (format id {@value #FORMAT_ID}) with
 * the defaults. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocxExporter implements ReportExporter {
    /** The format id. */
    public static final String FORMAT_ID = "docx";
    /** The media type of a .docx. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final StyleSheet styleSheet;
    private final List<DocxContributor> contributors;
    private final @Nullable ReferenceDocument reference;
    private final List<String> problems;

    /**
     * The exporter with the defaults: GB/T 9704, no contributor, no reference document. For
     * {@link java.util.ServiceLoader}.
     */
    public DocxExporter() {
        this(builder());
    }

    private DocxExporter(Builder b) {
        this.contributors = List.copyOf(b.contributors);
        StyleSheet sheet = b.styleSheet;
        for (DocxContributor c : contributors) {
            sheet = Objects.requireNonNull(c.styleSheet(sheet), () -> "style sheet of contributor " + c.id());
        }
        this.styleSheet = sheet;
        this.reference = b.reference;
        this.problems = List.copyOf(b.problems);
    }

    /**
     * The contributor providers that {@link Builder#discoverContributors(ClassLoader)} could not load, each with
     * its code ({@code CC-…}) and the class named; empty when every one loaded.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * A builder.
     *
     * @return a new builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    /**
     * The style sheet in effect, after the contributors' changes.
     *
     * @return the style sheet
     */
    public StyleSheet styleSheet() {
        return styleSheet;
    }

    @Override
    public ExportResult write(ExportRequest request, OutputStream out) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(out, "out");
        request.checkSubmittable();
        return new DocxPackageWriter(styleSheet, contributors, reference == null ? null : reference.parts())
                .write(request, out);
    }

    /**
     * Builds a {@link DocxExporter}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private StyleSheet styleSheet = StyleSheet.gbt9704();
        private final List<DocxContributor> contributors = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private @Nullable ReferenceDocument reference;

        private Builder() {
        }

        /**
         * Sets the style sheet, {@link StyleSheet#gbt9704()} by default.
         *
         * @param v the style sheet
         * @return this builder
         */
        public Builder styleSheet(StyleSheet v) {
            styleSheet = Objects.requireNonNull(v, "styleSheet");
            return this;
        }

        /**
         * Takes styles, page setup, headers and footers from a reference document (an integrator's letterhead), the
         * way pandoc's {@code --reference-doc} does. Style ids the reference does not define keep the style sheet's
         * definitions; runs then carry no direct fonts, so the reference's styles rule.
         *
         * @param v the reference document, or {@code null} for none
         * @return this builder
         */
        public Builder referenceDocument(@Nullable ReferenceDocument v) {
            reference = v;
            return this;
        }

        /**
         * Adds a contributor; contributors run in the order added.
         *
         * @param v the contributor
         * @return this builder
         * @throws ReferenceDataException {@link ExportErrorCode#EXPORT_PLUGIN} when the contributor was built against
         *                                a CountyChain version this library cannot run ({@link CountyChainVersion})
         */
        public Builder contributor(DocxContributor v) {
            contributors.add(checkVersion(Objects.requireNonNull(v, "contributor")));
            return this;
        }

        private static DocxContributor checkVersion(DocxContributor c) {
            String builtAgainst;
            try {
                builtAgainst = c.builtAgainst();
            } catch (RuntimeException | LinkageError e) {
                throw new ReferenceDataException(ExportErrorCode.EXPORT_PLUGIN, Location.NOWHERE,
                        List.of("contributor " + c.getClass().getName() + " cannot say its version: " + e), e);
            }
            CountyChainVersion.incompatibility(builtAgainst).ifPresent(why -> {
                throw new ReferenceDataException(ExportErrorCode.EXPORT_PLUGIN, Location.NOWHERE,
                        List.of("contributor " + c.getClass().getName() + " is left out: " + why), null);
            });
            return c;
        }

        /**
         * Adds every contributor the class loader's
         * {@code META-INF/services/org.countychain.export.docx.spi.DocxContributor} files name, ordered by id. A
         * provider that cannot be loaded, or that was built against a CountyChain version this library cannot run
         * ({@link CountyChainVersion}), is left out and reported in {@link DocxExporter#problems()}, as the rule
         * engine reports a rule plug-in that fails to load: one broken jar does not stop every export.
         *
         * @param loader the class loader to search
         * @return this builder
         */
        public Builder discoverContributors(ClassLoader loader) {
            List<DocxContributor> found = new ArrayList<>();
            Iterator<DocxContributor> it = ServiceLoader.load(DocxContributor.class, loader).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    found.add(it.next());
                } catch (ServiceConfigurationError e) {
                    problems.add(new ReferenceDataException(ExportErrorCode.EXPORT_PLUGIN, Location.NOWHERE,
                            List.of(String.valueOf(e.getMessage())), e).getMessage());
                }
            }
            found.sort(java.util.Comparator.comparing(DocxContributor::id));
            for (DocxContributor c : found) {
                try {
                    contributors.add(checkVersion(c));
                } catch (ReferenceDataException misfit) {
                    problems.add(misfit.getMessage());
                }
            }
            return this;
        }

        /**
         * Builds the exporter.
         *
         * @return the exporter
         */
        public DocxExporter build() {
            return new DocxExporter(this);
        }
    }
}
