package org.countychain.export.batch.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes bytes on while counting them and computing their SHA-256. Internal.
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
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
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
