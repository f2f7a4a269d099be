package org.countychain.export.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes bytes on while counting them and computing their SHA-256 (the province batch's files), and the SHA-256 of
 * bytes at hand (the submission package's manifest). Internal.
 */
public final class HashingOutputStream extends FilterOutputStream {
    private final MessageDigest digest;
    private long count;

    /**
     * Wraps a stream.
     *
     * @param out the stream written to
     */
    public HashingOutputStream(OutputStream out) {
        super(out);
        digest = newDigest();
    }

    /**
     * The SHA-256 of some bytes.
     *
     * @param bytes the bytes
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        count += len;
    }

    /**
     * The number of bytes written.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * The SHA-256 of the bytes written; call once, at the end.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
