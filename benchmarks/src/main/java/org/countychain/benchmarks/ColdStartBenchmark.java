package org.countychain.benchmarks;

import java.util.concurrent.TimeUnit;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.sample.SyntheticProvince;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fresh JVM's first validation of the 20,000 enterprises, Hibernate Validator's bootstrap included: one shot per
 * fork, each fork a new JVM. The data set is generated in the setup (reading it is not validation's cost), so
 * the model classes are loaded; nothing of the validator is.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ColdStartBenchmark -f 10
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ColdStartBenchmark {
    ProvinceDataset province;

    @Setup
    public void setUp() {
        province = SyntheticProvince.generate(2024, 20_000);
    }

    @Benchmark
    public ValidationResult bootstrapAndValidate() {
        try (CountyChainValidator validator = CountyChainValidator.create()) {
            return validator.validate(province);
        }
    }
}
