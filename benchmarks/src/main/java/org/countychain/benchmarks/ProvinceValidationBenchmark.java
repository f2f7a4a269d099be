package org.countychain.benchmarks;

import java.util.concurrent.TimeUnit;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.sample.SyntheticProvince;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.Submission;
import org.countychain.validation.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating the province data set (20,000 enterprises with three years of figures each, chains, teams,
 * platforms, lists and reports of 83 counties) through the facade, beside the same rules hand-written in plain
 * Java ({@link PlainValidation}), warm, on one thread.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ProvinceValidationBenchmark -f 1 -wi 5 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ProvinceValidationBenchmark {
    @Param("20000")
    int enterprises;

    ProvinceDataset province;
    CountyChainValidator validator;
    PlainValidation plain;

    @Setup
    public void setUp() {
        province = SyntheticProvince.generate(2024, enterprises);
        validator = CountyChainValidator.create();
        plain = new PlainValidation();
    }

    @TearDown
    public void tearDown() {
        validator.close();
    }

    @Benchmark
    public ValidationResult facadeDraft() {
        return validator.validate(province);
    }

    @Benchmark
    public ValidationResult facadeSubmission() {
        return validator.validate(province, Submission.class);
    }

    @Benchmark
    public int handWritten() {
        return plain.validate(province);
    }
}
