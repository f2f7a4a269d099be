package org.countychain.benchmarks.poitl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.countychain.export.model.ExportRequest;

/**
 * The floor: the same document's parts, already rendered as text, written straight into a {@link ZipOutputStream}
 * (UTF-8 encoding and deflate at the library's level, nothing else). No Word writer can do less work for the same
 * document.
 */
public final class Floor {
    private final List<String> names = new ArrayList<>();
    private final List<Object> contents = new ArrayList<>();

    /**
     * Renders the request once with the library and keeps its parts.
     *
     * @param request the document
     */
    public Floor(ExportRequest request) {
        try (ZipInputStream zip = new ZipInputStream(Documents.stream(Documents.libraryBytes(request)))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                byte[] b = zip.readAllBytes();
                names.add(e.getName());
                boolean xml = e.getName().endsWith(".xml") || e.getName().endsWith(".rels");
                contents.add(xml ? new String(b, StandardCharsets.UTF_8) : b);
            }
        } catch (IOException ex) {
            throw Documents.unchecked(ex);
        }
    }

    /**
     * Writes the parts.
     *
     * @param out where to write
     */
    public void write(OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.setLevel(6);
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                if (contents.get(i) instanceof String s) {
                    Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    w.write(s);
                    w.flush();
                } else {
                    zip.write((byte[]) contents.get(i));
                }
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw Documents.unchecked(e);
        }
    }
}
