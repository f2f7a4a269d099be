package org.countychain.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/** A real Java serialization round trip, for the tests of exceptions that carry more than their message. */
public final class JavaSerialization {
    private JavaSerialization() {
    }

    /**
     * Writes a value with an {@link ObjectOutputStream} and reads it back.
     *
     * @param value the value
     * @param <T>   its type
     * @return the value read back
     * @throws IOException            when writing or reading fails
     * @throws ClassNotFoundException when a class read is unknown
     */
    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
