package org.countychain.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.countychain.CountyChainException;
import org.countychain.CountyChainVersion;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.model.ExportErrorCode;
import org.countychain.export.spi.ReportExporter;

/**
 * The report exporters an application uses (导出格式注册表), by format id. Register exporters by hand with
 * {@link #builder()}, or discover every {@link ReportExporter} on a class path with {@link #discover(ClassLoader)}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportExporters exporters = ReportExporters.discover(getClass().getClassLoader());
 * ReportExporter docx = exporters.require("docx");
 * try (OutputStream out = Files.newOutputStream(Path.of("report.docx"))) {
 *     docx.write(ExportRequest.of(county, county.reports().get(0)), out);
 * }
 * }</pre>
 *
 * <p>Discovery is deterministic: exporters are ordered by format id. A provider that cannot be loaded is reported in
 * {@link #problems()} and skipped, never fatal; when two providers claim one format id, the first the
 * {@link ServiceLoader} finds is kept and the other reported.
 *
 * @since 0.1.0
 */
public final class ReportExporters {
    private final Map<String, ReportExporter> exporters;
    private final List<String> problems;

    private ReportExporters(Map<String, ReportExporter> exporters, List<String> problems) {
        this.exporters = Collections.unmodifiableMap(new LinkedHashMap<>(exporters));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every exporter the class loader's {@code META-INF/services/org.countychain.export.spi.ReportExporter} files
     * name (the library's own docx exporter among them). The library's Word exporter gets the
     * {@link org.countychain.export.docx.spi.DocxContributor}s the same class loader names; providers that fail to
     * load, of either kind, are listed in {@link #problems()}.
     *
     * @param loader the class loader to search
     * @return the registry
     */
    public static ReportExporters discover(ClassLoader loader) {
        Map<String, ReportExporter> found = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Iterator<ReportExporter> it = ServiceLoader.load(ReportExporter.class, loader).iterator();
        while (true) {
            ReportExporter e;
            try {
                if (!it.hasNext()) {
                    break;
                }
                e = it.next();
            } catch (ServiceConfigurationError error) {
                problems.add(String.valueOf(error.getMessage()));
                continue;
            }
            java.util.Optional<String> misfit = versionProblem(e);
            if (misfit.isPresent()) {
                problems.add(misfit.get());
                continue;
            }
            if (e instanceof DocxExporter) {
                DocxExporter withContributors = DocxExporter.builder().discoverContributors(loader).build();
                problems.addAll(withContributors.problems());
                e = withContributors;
            }
            String id = normalise(e.formatId());
            ReportExporter earlier = found.putIfAbsent(id, e);
            if (earlier != null) {
                problems.add("format " + id + " is provided by " + earlier.getClass().getName() + " and "
                        + e.getClass().getName() + "; the first is used");
            }
        }
        return new ReportExporters(found, problems);
    }

    /**
     * A builder for a registry of explicitly registered exporters (no class-path scanning).
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these exporters.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exporters.putAll(exporters);
        return b;
    }

    /**
     * An exporter by format id (case-insensitive).
     *
     * @param formatId for example {@code docx}
     * @return the exporter, or empty
     */
    public Optional<ReportExporter> find(String formatId) {
        return Optional.ofNullable(formatId == null ? null : exporters.get(normalise(formatId)));
    }

    /**
     * An exporter by format id, failing when none is registered.
     *
     * @param formatId for example {@code docx}
     * @return the exporter
     * @throws CountyChainException {@link ExportErrorCode#EXPORT_PLUGIN}, naming the known formats
     */
    public ReportExporter require(String formatId) {
        return find(formatId).orElseThrow(() -> new ReferenceDataException(ExportErrorCode.EXPORT_PLUGIN,
                Location.NOWHERE,
                List.of("no exporter for format " + formatId + " (known: " + exporters.keySet() + ")"), null));
    }

    /**
     * Every registered exporter.
     *
     * @return the exporters, in registration order (by format id when discovered)
     */
    public Collection<ReportExporter> all() {
        return exporters.values();
    }

    /**
     * Writes a report in a format through the registry (按格式导出), which enforces the export mode for every
     * exporter, the library's and plug-ins' alike: in {@link org.countychain.export.model.ExportMode#SUBMISSION}
     * a report that is not fit for submission is refused before the exporter writes anything, whether or not the
     * exporter checks it itself.
     *
     * @param formatId the format, such as {@code docx} (case-insensitive)
     * @param request  what to export
     * @param out      where to write; not closed
     * @return what was written
     * @throws CountyChainException {@link ExportErrorCode#EXPORT_PLUGIN} when no exporter has the format
     * @throws org.countychain.export.model.IncompleteReportException when submitting a report with errors or
     *                                                                 empty required items
     */
    public org.countychain.export.model.ExportResult write(String formatId,
                                                           org.countychain.export.model.ExportRequest request,
                                                           java.io.OutputStream out) {
        ReportExporter exporter = require(formatId);
        java.util.Objects.requireNonNull(request, "request").checkSubmittable();
        return exporter.write(request, java.util.Objects.requireNonNull(out, "out"));
    }

    /**
     * Problems met while discovering: providers that could not be loaded, duplicate format ids.
     *
     * @return the problems in words, empty when there were none
     */
    public List<String> problems() {
        return problems;
    }

    /** A plug-in built against another SPI version, named with both versions; read before any other call. */
    private static java.util.Optional<String> versionProblem(ReportExporter e) {
        String builtAgainst;
        try {
            builtAgainst = e.builtAgainst();
        } catch (RuntimeException | LinkageError error) {
            return java.util.Optional.of("exporter " + e.getClass().getName() + " cannot say its version: " + error);
        }
        return CountyChainVersion.incompatibility(builtAgainst)
                .map(why -> "exporter " + e.getClass().getName() + " is left out: " + why);
    }

    private static String normalise(String formatId) {
        return formatId.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Builds a {@link ReportExporters} registry.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Map<String, ReportExporter> exporters = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Registers an exporter, replacing one with the same format id.
         *
         * @param exporter the exporter
         * @return this builder
         * @throws ReferenceDataException {@link ExportErrorCode#EXPORT_PLUGIN} when the exporter was built against a
         *                                CountyChain version this library cannot run ({@link CountyChainVersion})
         */
        public Builder add(ReportExporter exporter) {
            Objects.requireNonNull(exporter, "exporter");
            java.util.Optional<String> misfit = versionProblem(exporter);
            if (misfit.isPresent()) {
                throw new ReferenceDataException(ExportErrorCode.EXPORT_PLUGIN, Location.NOWHERE,
                        List.of(misfit.get()), null);
            }
            exporters.put(normalise(exporter.formatId()), exporter);
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return the registry
         */
        public ReportExporters build() {
            return new ReportExporters(exporters, List.of());
        }
    }
}
