package org.countychain.export.model;

import java.util.List;

/**
 * What an export did (导出结果): the format, how many bytes it wrote, how many characters of the input it had to
 * remove because the format cannot hold them (characters XML 1.0 forbids, such as control characters pasted from
 * other programs), and warnings (a missing image, an empty figure) that did not stop it.
 *
 * @param formatId          the exporter's format, for example {@code docx}
 * @param bytesWritten      the number of bytes written to the stream
 * @param removedCharacters characters of user text left out because the format forbids them
 * @param warnings          what the reader of the document should know, in the report's language
 * @since 0.1.0
 */
public record ExportResult(String formatId, long bytesWritten, long removedCharacters, List<String> warnings) {
    /**
     * Copies the warnings.
     */
    public ExportResult {
        warnings = List.copyOf(warnings);
    }
}
