package org.countychain.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.export.excel.EnterpriseListWriter;
import org.countychain.sample.SyntheticProvince;

/**
 * Data for the Excel benchmarks: enterprise lists of a given number of rows, made on the fly from 2,000 generated
 * enterprises (each copy with its own credit code and name), so the input needs no memory of its own.
 */
public final class ExcelData {
    private static List<Enterprise> pool;

    private ExcelData() {
    }

    private static synchronized List<Enterprise> pool() {
        if (pool == null) {
            pool = SyntheticProvince.generate(2024, 2_000).counties().stream().map(CountyDataset::enterprises)
                    .flatMap(List::stream).toList();
        }
        return pool;
    }

    /**
     * Enterprises whose lists have at least {@code rows} rows (one per enterprise and year), made lazily.
     *
     * @param rows the rows wanted
     * @return an iterable that can be iterated several times
     */
    public static Iterable<Enterprise> enterprises(int rows) {
        List<Enterprise> base = pool();
        return () -> new Iterator<>() {
            private int made;
            private int i;

            @Override
            public boolean hasNext() {
                return made < rows;
            }

            @Override
            public Enterprise next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Enterprise e = variant(base.get(i % base.size()), i);
                i++;
                // as many rows as EnterpriseListWriter.rows(e) gives, without making them twice
                made += Math.max(Math.max(e.years().size(), e.highTechCertificates().size()), 1);
                return e;
            }
        };
    }

    private static Enterprise variant(Enterprise e, int serial) {
        String digits = Integer.toString(serial);
        String first17 = e.creditCode().value().substring(0, 8) + "000000000".substring(digits.length()) + digits;
        CreditCode code = CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
        Enterprise.Builder b = Enterprise.builder(code, e.name() + serial, e.county()).industryCode(e.industryCode())
                .chainIds(e.chainIds()).aboveScale(e.aboveScale()).manufacturing(e.manufacturing())
                .scienceTechSme(e.scienceTechSme()).registeredOn(e.registeredOn());
        e.years().forEach(b::year);
        e.highTechCertificates().forEach(b::highTechCertificate);
        return b.build();
    }

    /**
     * The list of {@code rows} rows as .xlsx, written once into the temporary directory and reused.
     *
     * @param rows the rows
     * @return the file
     * @throws IOException when writing fails
     */
    public static Path xlsx(int rows) throws IOException {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "countychain-bench-" + rows + ".xlsx");
        if (!Files.exists(file)) {
            Path tmp = Files.createTempFile("countychain-bench", ".xlsx");
            EnterpriseListWriter.writeXlsx(enterprises(rows), tmp);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return file;
    }

    /** Resets the heap pools' peak usage. */
    public static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /**
     * The sum of the heap pools' peak usage since the last reset: an upper bound of the peak heap in use.
     *
     * @return megabytes
     */
    public static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
