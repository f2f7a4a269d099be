package org.countychain.export.batch;

import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.internal.Checks;

/**
 * A file a province batch wrote (已写出的文件): what it holds, where it is, how large it is and its SHA-256.
 *
 * @param item     the step that wrote it; {@link BatchItem#path()} is the file's path relative to the output
 * @param size     its size in bytes
 * @param sha256   its SHA-256, 64 lower-case hexadecimal digits
 * @param warnings what the exporter said the reader should know (a missing image, …)
 * @since 0.1.0
 */
public record BatchFile(BatchItem item, long size, String sha256, List<String> warnings) {
    /**
     * Checks the values and copies the warnings.
     */
    public BatchFile {
        Checks.required(item, "item");
        Checks.required(item.path(), "item.path");
        if (size < 0) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "size", Long.toString(size), ">= 0");
        }
        sha256 = Checks.requiredText(sha256, "sha256");
        warnings = List.copyOf(warnings);
    }

    /**
     * The file's path relative to the output, with {@code /} between names.
     *
     * @return for example {@code 350500-泉州市/350582-晋江市/350582-晋江市-纺织鞋服.docx}
     */
    public String path() {
        // The constructor refused an item without a path.
        return Checks.required(item.path(), "item.path");
    }
}
