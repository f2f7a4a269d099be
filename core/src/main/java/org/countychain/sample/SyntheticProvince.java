package org.countychain.sample;

import java.util.Objects;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.ProvinceDataset;

/**
 * A seeded generator of synthetic province-scale data (合成全省数据), for benchmarks, load tests and the report,
 * consolidation and screening pipelines. The same seed always gives an equal {@link ProvinceDataset}; nothing is
 * read from outside the jar.
 *
 * <pre>{@code
 * ProvinceDataset fujian = SyntheticProvince.generate(42L, SyntheticProvince.Scale.PROVINCE);
 * fujian.counties().size();     // 83
 * fujian.enterpriseCount();     // 20167
 * ProvinceDataset bench = SyntheticProvince.generate(42L, 100_000);
 * }</pre>
 *
 * <h2>What is generated</h2>
 * <ul>
 *   <li>Counties: the 83 counted county-level units of {@link org.countychain.division.Divisions#fujian()}, each a
 *       {@link org.countychain.dataset.CountyDataset} for reporting year 2024.</li>
 *   <li>Chains: at least two per county (at least 166 in all). Counties with a known key industry in the project's
 *       reference list get it (晋江 纺织鞋服 and 集成电路, 德化 陶瓷, 安溪 茶 …); every other county of a city shares
 *       the city's theme chain, so chain names repeat inside each city and R3 consolidation has work; the rest
 *       come from a fixed list of plausible generic chains. Each chain has a small three-stage map with one
 *       bottleneck of each kind. <b>Chains do not depend on the seed</b>: only the figures do.</li>
 *   <li>Enterprises: spread over the counties by seeded weights (晋江 heaviest); each has a unique, valid credit
 *       code (a few with a prefecture, retired or other-province division part), up to three years of figures
 *       (2022–2024; about 3 % miss 2022, about 1 % registered in 2024 have 2024 only), about a third with R&amp;D,
 *       about a tenth with an R&amp;D institution, about a quarter high-tech (about one certificate in ten without its last valid day, which is then
 *       derived), planted R8 anomalies, reserve funds,
 *       intermediaries (two on the watch list) and contacts for some enterprises with R5 gaps. Names end with
 *       （合成）.</li>
 *   <li>Per chain: a talent team for about eleven chains in twelve (the rest have none, for R13), two demands, two
 *       achievements and a short research report in the {@code fujian-2024} edition with every item filled. Per
 *       county: two or three platforms. Per city-level unit: one or two investment-attraction needs for 2025.</li>
 * </ul>
 *
 * <p>{@link Scale#NATIONAL} reuses the same 83 counties with about six thousand enterprises each: the point is
 * volume for the per-enterprise rules and exporters, and every county still resolves against the built-in
 * divisions (synthetic division codes would not). Generation is single-threaded and allocation-lean (equal
 * amounts, statistics reports, institution lists, dates and boxed integers are shared): 500,000 enterprises take a
 * few seconds and about 300 MB of heap.
 *
 * @since 0.1.0
 */
public final class SyntheticProvince {
    /** The most enterprises one call generates. */
    public static final int MAX_ENTERPRISES = 10_000_000;

    private SyntheticProvince() {
    }

    /**
     * Preset sizes.
     *
     * @since 0.1.0
     */
    public enum Scale {
        /** Fujian's 20,167 above-scale industrial enterprises (福建统计年鉴2022, year 2021). */
        PROVINCE(20_167),
        /** 500,000 enterprises over the same 83 counties, for load tests. */
        NATIONAL(500_000);

        private final int enterpriseCount;

        Scale(int enterpriseCount) {
            this.enterpriseCount = enterpriseCount;
        }

        /**
         * The number of enterprises this scale generates.
         *
         * @return the count
         */
        public int enterpriseCount() {
            return enterpriseCount;
        }
    }

    /**
     * Generates a data set of a preset size.
     *
     * @param seed  the seed; equal seeds give equal data sets
     * @param scale the size
     * @return the data set
     * @throws NullPointerException when {@code scale} is {@code null}
     */
    public static ProvinceDataset generate(long seed, Scale scale) {
        return generate(seed, Objects.requireNonNull(scale, "scale").enterpriseCount());
    }

    /**
     * Generates a data set with a given number of enterprises (benchmarks use 10,000, 100,000 and 500,000).
     *
     * @param seed            the seed; equal seeds give equal data sets
     * @param enterpriseCount the number of enterprises, from 0 to {@value #MAX_ENTERPRISES}
     * @return the data set
     * @throws InvalidInputException {@link ErrorCode#OUT_OF_RANGE} when the count is out of range
     */
    public static ProvinceDataset generate(long seed, int enterpriseCount) {
        if (enterpriseCount < 0 || enterpriseCount > MAX_ENTERPRISES) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "enterpriseCount",
                    Integer.toString(enterpriseCount), "0.." + MAX_ENTERPRISES);
        }
        return new SyntheticGenerator(seed, enterpriseCount).generate();
    }
}
