package org.countychain.export.submission;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.countychain.fixtures.PlantedGaps;
import org.countychain.dataset.CountyDataset;
import org.countychain.rules.model.PilotRegistry;

/** 泉州市's package of the planted-gaps province, made once for every test class, on time (31 October 2024). */
final class QuanzhouPackage {
    static final String ROOT = "350500-泉州市-2024/";
    static final List<CountyDataset> DATASETS = PlantedGaps.province().counties();
    static final PackageResult RESULT;
    static final byte[] ZIP;

    static {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RESULT = builder(DATASETS).asOf(LocalDate.of(2024, 10, 31)).build().write(out);
        ZIP = out.toByteArray();
    }

    private QuanzhouPackage() {
    }

    static SubmissionPackage.Builder builder(List<CountyDataset> input) {
        return SubmissionPackage.builder("350500", 2024).datasets(input).pilotRegistry(PilotRegistry.example());
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
