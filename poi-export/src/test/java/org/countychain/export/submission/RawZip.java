package org.countychain.export.submission;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a zip's central directory and local headers from the raw bytes (APPNOTE 4.3.7, 4.3.12, 4.3.16), so tests
 * see exactly what an unzipper sees: flags, times, names and extra fields as written, not as java.util.zip
 * interprets them.
 */
final class RawZip {
    /** One entry's headers. */
    record Entry(String name, byte[] nameBytes, int flags, int method, int dosTime, int dosDate, long crc, long size,
                 Map<Integer, byte[]> centralExtra, Map<Integer, byte[]> localExtra, int localFlags,
                 byte[] localNameBytes) {
    }

    private RawZip() {
    }

    static List<Entry> entries(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = -1;
        for (int i = zip.length - 22; i >= 0; i--) {
            if (b.getInt(i) == 0x06054b50) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new IllegalArgumentException("no end of central directory record");
        }
        int count = Short.toUnsignedInt(b.getShort(eocd + 10));
        int at = b.getInt(eocd + 16);
        List<Entry> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            if (b.getInt(at) != 0x02014b50) {
                throw new IllegalArgumentException("no central header at " + at);
            }
            int flags = Short.toUnsignedInt(b.getShort(at + 8));
            int method = Short.toUnsignedInt(b.getShort(at + 10));
            int time = Short.toUnsignedInt(b.getShort(at + 12));
            int date = Short.toUnsignedInt(b.getShort(at + 14));
            long crc = Integer.toUnsignedLong(b.getInt(at + 16));
            long size = Integer.toUnsignedLong(b.getInt(at + 24));
            int nlen = Short.toUnsignedInt(b.getShort(at + 28));
            int elen = Short.toUnsignedInt(b.getShort(at + 30));
            int clen = Short.toUnsignedInt(b.getShort(at + 32));
            int local = b.getInt(at + 42);
            byte[] name = slice(zip, at + 46, nlen);
            Map<Integer, byte[]> extra = extras(zip, at + 46 + nlen, elen);
            if (b.getInt(local) != 0x04034b50) {
                throw new IllegalArgumentException("no local header at " + local);
            }
            int localFlags = Short.toUnsignedInt(b.getShort(local + 6));
            int lnlen = Short.toUnsignedInt(b.getShort(local + 26));
            int lelen = Short.toUnsignedInt(b.getShort(local + 28));
            out.add(new Entry(new String(name, StandardCharsets.UTF_8), name, flags, method, time, date, crc, size,
                    extra, extras(zip, local + 30 + lnlen, lelen), localFlags, slice(zip, local + 30, lnlen)));
            at += 46 + nlen + elen + clen;
        }
        return out;
    }

    private static Map<Integer, byte[]> extras(byte[] zip, int start, int length) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        Map<Integer, byte[]> out = new LinkedHashMap<>();
        int at = start;
        while (at + 4 <= start + length) {
            int id = Short.toUnsignedInt(b.getShort(at));
            int size = Short.toUnsignedInt(b.getShort(at + 2));
            out.put(id, slice(zip, at + 4, size));
            at += 4 + size;
        }
        return out;
    }

    private static byte[] slice(byte[] a, int from, int length) {
        byte[] s = new byte[length];
        System.arraycopy(a, from, s, 0, length);
        return s;
    }
}
