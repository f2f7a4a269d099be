package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for bugs of the JSON reader, each named after the bug it pins.
 */
class JsonReaderRegressionTest {
    private final CountyChainJson json = CountyChainJson.defaults();

    private static final String HEAD = "{\"unitId\":\"350582\",\"unitName\":\"晋江市\",\"year\":2024,";
    private static final String ENTERPRISE_HEAD = HEAD + "\"enterprises\":[{\"creditCode\":\"91350582MA2YYYYYYY\","
            + "\"name\":\"y\",\"county\":\"350582\",";

    private InvalidInputException readBad(String text) {
        Throwable t = catchThrowable(() -> json.read(text, CountyDataset.class));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) t;
    }

    private static String year(String figures) {
        return ENTERPRISE_HEAD + "\"years\":[{\"year\":2024," + figures + "}]}]}";
    }

    // Bug: enterprise years were sorted before the duplicate check, so the index in the message was the
    // sorted position, not the one in the document.
    @Test
    void duplicateYearIsReportedAtItsIndexInTheDocument() {
        InvalidInputException e = readBad(ENTERPRISE_HEAD
                + "\"years\":[{\"year\":2024},{\"year\":2024},{\"year\":2023}]}]}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(e.location().path()).isEqualTo("enterprises[0].years[1]");
    }

    @Test
    void yearsAreStillSortedAfterTheDuplicateCheck() {
        CountyDataset d = json.read(ENTERPRISE_HEAD + "\"years\":[{\"year\":2024},{\"year\":2022}]}]}",
                CountyDataset.class);
        assertThat(d.enterprises().get(0).years()).extracting(AnnualRdFigures::year).containsExactly(2022, 2024);
    }
}
