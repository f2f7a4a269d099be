package org.countychain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.json.CountyChainJson;
import org.junit.jupiter.api.Test;

/**
 * A chain's scale: figures never negative, above-scale enterprises never more than enterprises, a plausible year,
 * a known unit; the unit says how the output value is shown, the value staying in yuan.
 */
class ChainScaleTest {
    private static final CountyChainJson JSON = CountyChainJson.defaults();

    private static InvalidInputException read(String scale) {
        String text = String.format(Locale.ROOT, """
                {"unitId":"350582","unitName":"晋江市","year":2024,
                 "chains":[{"id":"c1","name":"陶瓷","county":"350582","scale":[%s]}]}""", scale);
        Throwable t = catchThrowable(() -> JSON.read(text, CountyDataset.class));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) t;
    }

    @Test
    void zeroIsAFigureANegativeOneIsNot() {
        assertThat(new ChainScale(2024, BigDecimal.ZERO, 0, 0).outputValue()).isZero();
        InvalidInputException e = read("{\"year\":2024,\"outputValue\":-0.01}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(e.location().path()).isEqualTo("chains[0].scale[0].outputValue");
        assertThat(read("{\"year\":2024,\"enterprises\":-1}").location().path())
                .isEqualTo("chains[0].scale[0].enterprises");
    }

    @Test
    void aboveScaleEnterprisesAtMostTheEnterprises() {
        assertThat(new ChainScale(2024, null, 10, 10).aboveScaleEnterprises()).isEqualTo(10);
        assertThat(new ChainScale(2024, null, null, 10).aboveScaleEnterprises()).isEqualTo(10);
        assertThatThrownBy(() -> new ChainScale(2024, null, 10, 11)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("aboveScaleEnterprises");
        InvalidInputException e = read("{\"year\":2024,\"enterprises\":10,\"aboveScaleEnterprises\":11}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(e.location().path()).isEqualTo("chains[0].scale[0].aboveScaleEnterprises");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("11").contains("10");
    }

    @Test
    void theYearIsBetween1949And2100() {
        assertThat(new ChainScale(1949, null, null, null).year()).isEqualTo(1949);
        assertThat(new ChainScale(2100, null, null, null).year()).isEqualTo(2100);
        assertThat(read("{\"year\":1948}").location().path()).isEqualTo("chains[0].scale[0].year");
        assertThat(read("{\"year\":2101}").errorCode()).isEqualTo(ErrorCode.OUT_OF_RANGE);
    }

    @Test
    void anUnknownUnitNamesTheKnownOnes() {
        InvalidInputException e = read("{\"year\":2024,\"outputValue\":1,\"outputValueUnit\":\"千元\"}");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.JSON_UNKNOWN_CONSTANT);
        assertThat(e.location().path()).isEqualTo("chains[0].scale[0].outputValueUnit");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("HUNDRED_MILLION_YUAN/亿元");
    }

    @Test
    void theUnitIsReadByLabelAndWrittenAsTheConstantTheValueStayingYuan() {
        String text = """
                {"unitId":"350582","unitName":"晋江市","year":2024,
                 "chains":[{"id":"c1","name":"陶瓷","county":"350582",
                   "scale":[{"year":2024,"outputValue":1234500000.00,"outputValueUnit":"万元"}]}]}""";
        CountyDataset d = JSON.read(text, CountyDataset.class);
        ChainScale s = d.chains().get(0).scale().get(0);
        assertThat(s.outputValueUnit()).isEqualTo(MoneyUnit.TEN_THOUSAND_YUAN);
        assertThat(s.outputValue()).isEqualByComparingTo("1234500000");
        String written = JSON.writeToString(d);
        assertThat(written).contains("\"outputValueUnit\" : \"TEN_THOUSAND_YUAN\"");
        assertThat(JSON.read(written, CountyDataset.class)).isEqualTo(d);
    }

    @Test
    void describedInTheCountysUnitOr100MillionYuan() {
        assertThat(new ChainScale(2024, new BigDecimal("28150000000.00"), 48, 46).describe())
                .isEqualTo("2024年：产值 281.50亿元，企业 48 家（规上 46 家）");
        assertThat(new ChainScale(2024, new BigDecimal("1234567"), null, null, MoneyUnit.TEN_THOUSAND_YUAN)
                .describe()).isEqualTo("2024年：产值 123.46万元");
        assertThat(new ChainScale(2024, new BigDecimal("99.995"), null, 3, MoneyUnit.YUAN).describe())
                .isEqualTo("2024年：产值 100.00元，规上企业 3 家");
        assertThat(new ChainScale(2024, null, null, null).describe()).isEqualTo("2024年：未填报");
        assertThat(new ChainScale(2024, new BigDecimal("28150000000.00"), 48, 46).describe(Locale.ENGLISH))
                .isEqualTo("2024: output value 281.50 100M yuan, 48 enterprises (46 above scale)");
        assertThat(new ChainScale(2024, null, null, null).describe(Locale.ENGLISH)).isEqualTo("2024: not stated");
    }
}
