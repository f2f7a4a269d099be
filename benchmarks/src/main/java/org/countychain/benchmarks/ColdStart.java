package org.countychain.benchmarks;

import java.io.PrintStream;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.sample.SyntheticProvince;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.ValidationResult;

/**
 * A plain main for the fresh-JVM figure without JMH in the process: generates the 20,000 enterprises, then
 * times the bootstrap and the first validation, and prints one line of milliseconds. Run it several times:
 *
 * <pre>{@code
 * for i in 1 2 3 4 5; do java -cp benchmarks/target/benchmarks.jar org.countychain.benchmarks.ColdStart; done
 * }</pre>
 */
public final class ColdStart {
    private ColdStart() {
    }

    /**
     * Runs the measurement.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        ProvinceDataset province = SyntheticProvince.generate(2024, 20_000);
        long t1 = System.nanoTime();
        CountyChainValidator validator = CountyChainValidator.create();
        long t2 = System.nanoTime();
        ValidationResult result = validator.validate(province);
        long t3 = System.nanoTime();
        validator.validate(province);
        long t4 = System.nanoTime();
        PrintStream out = System.out;
        out.printf("enterprises=%d violations=%d generate=%.0fms bootstrap=%.0fms firstValidation=%.0fms "
                        + "bootstrap+first=%.0fms secondValidation=%.0fms%n",
                province.enterpriseCount(), result.violations().size(),
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t1), ms(t4 - t3));
        validator.close();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
