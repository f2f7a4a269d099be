package org.countychain.export.submission;

import java.util.regex.Pattern;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.internal.Checks;

/**
 * A file in a submission package as the manifest lists it (清单中的文件).
 *
 * @param name   its path in the zip
 * @param size   its size in bytes
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
 * @since 0.1.0
 */
public record PackagedFile(String name, long size, String sha256) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the invariants.
     */
    public PackagedFile {
        name = Checks.requiredText(name, "name");
        if (size < 0) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "size", size, ">= 0");
        }
        sha256 = Checks.requiredText(sha256, "sha256");
        if (!HEX.matcher(sha256).matches()) {
            throw new InvalidInputException(ErrorCode.MALFORMED, "sha256", sha256, "64 lower-case hex digits");
        }
    }
}
