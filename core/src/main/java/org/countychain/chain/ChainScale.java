package org.countychain.chain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A chain's scale in one year (产业链规模): its output value and how many enterprises it has, as the county states
 * them. Money is yuan, as everywhere in the model; {@code outputValueUnit} is the unit the county shows it in
 * (亿元 when not said).
 *
 * @param year                  the year
 * @param outputValue           产值, yuan, or {@code null} when not stated
 * @param enterprises           企业数: enterprises on the chain, or {@code null}
 * @param aboveScaleEnterprises 规上企业数: of them above scale, or {@code null}; never more than {@code enterprises}
 * @param outputValueUnit       the unit the county states the output value in (元, 万元, 亿元), or {@code null} for
 *                              亿元; the value itself is yuan whatever the unit
 * @since 0.2.0
 */
public record ChainScale(int year, @Nullable BigDecimal outputValue, @Nullable Integer enterprises,
                         @Nullable Integer aboveScaleEnterprises, @Nullable MoneyUnit outputValueUnit) {
    /**
     * Checks the invariants: a plausible year, no negative figure.
     */
    public ChainScale {
        Checks.year(year, "year");
        Checks.nonNegative(outputValue, "outputValue");
        Checks.nonNegative(enterprises, "enterprises");
        Checks.nonNegative(aboveScaleEnterprises, "aboveScaleEnterprises");
        if (enterprises != null && aboveScaleEnterprises != null && aboveScaleEnterprises > enterprises) {
            throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "aboveScaleEnterprises",
                    aboveScaleEnterprises.toString(), "<= enterprises (" + enterprises + ")");
        }
    }

    /**
     * A year's scale stated in 亿元.
     *
     * @param year                  the year
     * @param outputValue           产值, yuan, or {@code null}
     * @param enterprises           企业数, or {@code null}
     * @param aboveScaleEnterprises 规上企业数, or {@code null}
     */
    public ChainScale(int year, BigDecimal outputValue, Integer enterprises, Integer aboveScaleEnterprises) {
        this(year, outputValue, enterprises, aboveScaleEnterprises, null);
    }

    /**
     * The unit to show the output value in: {@link #outputValueUnit()}, or 亿元.
     *
     * @return the unit
     */
    @JsonIgnore
    public MoneyUnit displayUnit() {
        return outputValueUnit != null ? outputValueUnit : MoneyUnit.HUNDRED_MILLION_YUAN;
    }

    /**
     * The year's scale as one line for people, in Chinese: {@code 2024年：产值 120.50亿元，企业 86 家（规上 52 家）}.
     *
     * @return the line, naming only what is stated
     */
    @JsonIgnore
    public String describe() {
        return describe(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * The year's scale as one line for people: in Chinese for {@code zh*}
     * ({@code 2024年：产值 120.50亿元，企业 86 家（规上 52 家）}), in English otherwise
     * ({@code 2024: output value 120.50 100M yuan, 86 enterprises (52 above scale)}).
     *
     * @param locale the reader's locale
     * @return the line, naming only what is stated
     */
    public String describe(Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        List<String> parts = new ArrayList<>();
        if (outputValue != null) {
            MoneyUnit unit = displayUnit();
            parts.add(zh ? "产值 " + unit.format(outputValue)
                    : "output value " + unit.fromYuan(outputValue).toPlainString() + " " + unit.displayName(locale));
        }
        if (enterprises != null) {
            String above = aboveScaleEnterprises == null ? ""
                    : zh ? "（规上 " + aboveScaleEnterprises + " 家）" : " (" + aboveScaleEnterprises + " above scale)";
            parts.add((zh ? "企业 " + enterprises + " 家" : enterprises + " enterprises") + above);
        } else if (aboveScaleEnterprises != null) {
            parts.add(zh ? "规上企业 " + aboveScaleEnterprises + " 家" : aboveScaleEnterprises + " above-scale enterprises");
        }
        if (parts.isEmpty()) {
            parts.add(zh ? "未填报" : "not stated");
        }
        return (zh ? year + "年：" : year + ": ") + String.join(zh ? "，" : ", ", parts);
    }
}
