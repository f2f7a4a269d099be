package org.countychain.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.countychain.validation.constraints.ValidCreditCode;
import org.countychain.validation.internal.CreditCodeValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code @ValidCreditCode} validator alone, on 1,024 valid codes, beside a hand-written check of the same rules
 * (length, GB 32100 character set, check character): nanoseconds per code. Run with {@code -prof gc} to see the
 * allocation per code on the valid path (0 B expected).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CreditCodeBenchmark -f 1 -wi 5 -i 5 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CreditCodeBenchmark {
    static final int CODES = 1024;
    private static final String SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    String[] codes;
    CreditCodeValidator validator;

    /** Where the annotation instance comes from. */
    static final class Holder {
        @ValidCreditCode
        String code;
    }

    @Setup
    public void setUp() throws NoSuchFieldException {
        SplittableRandom random = new SplittableRandom(42);
        codes = new String[CODES];
        for (int i = 0; i < CODES; i++) {
            StringBuilder sb = new StringBuilder(18).append("91");
            for (int j = 2; j < 17; j++) {
                sb.append(SET.charAt(random.nextInt(SET.length())));
            }
            codes[i] = sb.append(org.countychain.enterprise.CreditCode.checkCharacter(sb)).toString();
        }
        validator = new CreditCodeValidator();
        validator.initialize(Holder.class.getDeclaredField("code").getAnnotation(ValidCreditCode.class));
    }

    @Benchmark
    @OperationsPerInvocation(CODES)
    public int validator() {
        int valid = 0;
        for (String code : codes) {
            if (validator.isValid(code, null)) {
                valid++;
            }
        }
        return valid;
    }

    @Benchmark
    @OperationsPerInvocation(CODES)
    public int handWritten() {
        int valid = 0;
        for (String code : codes) {
            if (plainIsValid(code)) {
                valid++;
            }
        }
        return valid;
    }

    /**
     * The same rules written directly, as a competent hand-written check would be: 18 characters, each looked up
     * in a table of the GB 32100 set, the weighted sum, the check character.
     */
    static boolean plainIsValid(String s) {
        if (s.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            int v = c < 128 ? VALUES[c] : -1;
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        char last = s.charAt(17);
        int check = last < 128 ? VALUES[last] : -1;
        return check >= 0 && check == (31 - sum % 31) % 31;
    }

    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < SET.length(); i++) {
            VALUES[SET.charAt(i)] = i;
        }
    }
}
