package org.countychain.export.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.countychain.CountyChainIOException;
import org.countychain.export.model.ExportErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.countychain.export.docx.internal.ReferenceParts;
import org.countychain.export.docx.internal.ReferenceReader;

/**
 * A reference .docx (参考文档): an integrator's letterhead or house template whose styles, page setup, headers and
 * footers the Word export takes over, the way pandoc's {@code --reference-doc} does. The file is read once,
 * defensively — at most 20 MiB, zip entries and inflated size limited, POI's zip-bomb check on, XML parsed without
 * DTDs or external entities — and nothing in it is executed: macros, embedded objects and field results are left
 * behind. Immutable.
 *
 * @since 0.1.0
 */
public final class ReferenceDocument {
    private final String source;
    private final ReferenceParts parts;

    private ReferenceDocument(String source, ReferenceParts parts) {
        this.source = source;
        this.parts = parts;
    }

    /**
     * Reads a reference document from a file.
     *
     * @param file the .docx
     * @return the reference document
     * @throws InvalidInputException   {@link ExportErrorCode#EXPORT_REFERENCE_DOCUMENT} when it is not a usable .docx
     * @throws CountyChainIOException when it cannot be read
     */
    public static ReferenceDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new CountyChainIOException(file.toString(), e);
        }
    }

    /**
     * Reads a reference document from a stream.
     *
     * @param in     the .docx; not closed
     * @param source a name for messages
     * @return the reference document
     * @throws InvalidInputException   {@link ExportErrorCode#EXPORT_REFERENCE_DOCUMENT} when it is not a usable .docx
     * @throws CountyChainIOException when it cannot be read
     */
    public static ReferenceDocument read(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes(ReferenceReader.MAX_BYTES + 1);
            return new ReferenceDocument(source, ReferenceReader.read(bytes));
        } catch (IOException e) {
            throw new CountyChainIOException(source, e);
        } catch (ReferenceReader.Unusable e) {
            throw new InvalidInputException(ExportErrorCode.EXPORT_REFERENCE_DOCUMENT, new Location(source, 0, 0, ""),
                    List.of(source, e.reason()), e);
        }
    }

    /**
     * Where it was read from.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    ReferenceParts parts() {
        return parts;
    }
}
