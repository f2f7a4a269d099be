package org.countychain.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.sample.SampleCounty;

/**
 * The sample county for tests (测试样例数据): valid, with three planted warnings (a pilot-era credit code check and
 * two enterprises registered in another county), and variants with one planted error each.
 *
 * <pre>{@code
 * CountyDataset county = SampleData.county();
 * CountyDataset broken = SampleData.withError(PlantedError.MALFORMED_PHONE);
 * assertThat(validator.validate(broken)).hasViolation("CV-0121").at("enterprises[9].serviceContact.phone");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SampleData {
    /** The codes of the sample's three warnings, in path order. */
    public static final List<String> WARNINGS = List.of("CV-0105", "CV-0912", "CV-0912");

    private SampleData() {
    }

    /**
     * The sample county (晋江市, fictional).
     *
     * @return the data set
     */
    public static CountyDataset county() {
        return SampleCounty.jinjiang();
    }

    /**
     * The sample county as the library writes it: UTF-8 JSON with English constants.
     *
     * @return the JSON text
     */
    public static String json() {
        try (InputStream in = SampleCounty.jinjiangJson()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sample county with one planted error.
     *
     * @param error the error
     * @return the data set
     */
    public static CountyDataset withError(PlantedError error) {
        return error.plantIn(county());
    }

    /**
     * The sample county as JSON with one planted error.
     *
     * @param error the error
     * @return the JSON text
     */
    public static String jsonWithError(PlantedError error) {
        return org.countychain.json.CountyChainJson.defaults().writeToString(withError(error));
    }
}
