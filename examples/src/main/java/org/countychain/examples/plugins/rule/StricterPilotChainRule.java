package org.countychain.examples.plugins.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.countychain.CountyChainVersion;
import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Share;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.FindingRows;
import org.countychain.rules.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * An example plug-in rule (示例插件): a city's stricter threshold for its pilot chain. 泉州市 (350500) asks more of
 * the enterprises on its pilot chain 纺织鞋服 than R7 does: for the city's own priority list the R&amp;D expense must
 * be strictly above 6% of operating revenue, not 5%. The rule lists the chain's enterprises that R7's ratio test
 * recommends (above 5%) but the city's does not (not above 6%), so the city sees whom its stricter bar leaves out.
 *
 * <p>An {@link EnterpriseRule}: the engine screens it enterprise by enterprise in the same single pass as the
 * built-in per-enterprise rules, and its findings are {@link FindingRows}, kept as rows like theirs, so it costs
 * what a built-in rule costs.
 *
 * <p>Found through {@link java.util.ServiceLoader} ({@code META-INF/services/org.countychain.rules.spi.PolicyRule} in
 * this module), with the defaults of the no-argument constructor; or registered by hand with other values:
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder().builtInRules()
 *         .rule(new StricterPilotChainRule("350500", "纺织鞋服", new BigDecimal("6")))
 *         .build();
 * }</pre>
 */
public final class StricterPilotChainRule implements EnterpriseRule {
    /** The rule's id. */
    public static final String ID = "QZ-PILOT";

    /** An enterprise R7 recommends by its ratio but the city's bar does not. */
    public static final FindingType BELOW_CITY_BAR = FindingType.builder("QZ-PILOT-BELOW-CITY-BAR", ID)
            .severity(Severity.INFO)
            .title("未达本市试点产业链研发强度要求", "below the city's R&D-intensity bar for its pilot chain")
            .message("{0}：{1}产业链企业，研发费用占营业收入比重 {2}%，高于全省 {3}% 但未高于本市要求的 {4}%，不列入本市优先推荐",
                    "{0}: on the {1} chain, R&D is {2}% of revenue: above the province''s {3}% but not above the "
                            + "city''s {4}%, so not on the city''s priority list")
            .evidence("chain", "rdRatioPercent", "provincePercent", "cityPercent", "rdExpense", "operatingRevenue")
            .build();

    private final String cityId;
    private final String chainName;
    private final BigDecimal cityPercent;

    /**
     * 泉州市, 纺织鞋服, 6%: the values ServiceLoader uses.
     */
    public StricterPilotChainRule() {
        this("350500", "纺织鞋服", new BigDecimal("6"));
    }

    /**
     * A city's bar for one of its chains.
     *
     * @param cityId      the city-level unit ({@code 350500})
     * @param chainName   the chain's name or alias ({@code 纺织鞋服})
     * @param cityPercent the city's threshold, strictly above, in percent
     */
    public StricterPilotChainRule(String cityId, String chainName, BigDecimal cityPercent) {
        this.cityId = Objects.requireNonNull(cityId, "cityId");
        this.chainName = Objects.requireNonNull(chainName, "chainName");
        this.cityPercent = Objects.requireNonNull(cityPercent, "cityPercent");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String noticeSection() {
        return "二.1";
    }

    @Override
    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "泉州市试点产业链研发强度要求（示例插件）"
                : "Quanzhou's pilot-chain R&D bar (example plug-in)";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(BELOW_CITY_BAR);
    }

    /**
     * Starts screening: finds, county by county, whether the county belongs to the city and which of its chains is
     * the pilot chain, then lets the engine feed the enterprises in blocks (in the same pass as the built-in rules).
     * Findings are rows; their evidence is read from the figures when a finding is read.
     */
    @Override
    public EnterpriseScreening start(RuleContext context) {
        BigDecimal provincePercent = context.settings().priorityRdRatioPercent();
        List<Enterprise> enterprises = context.enterprises();
        List<@Nullable AnnualRdFigures> figures = context.reportingYearFigures();
        List<CountyDataset> counties = context.counties();
        List<Set<String>> pilotChains = new ArrayList<>(counties.size());
        for (CountyDataset county : counties) {
            boolean inCity = context.divisions().reportingUnit(county.unitId())
                    .map(u -> cityId.equals(u.parentId())).orElse(false);
            Set<String> chains = new HashSet<>();
            for (IndustryChain c : county.chains()) {
                if (inCity && (c.name().equals(chainName) || c.aliases().contains(chainName))) {
                    chains.add(c.id());
                }
            }
            pilotChains.add(chains);
        }
        FindingRows rows = FindingRows.of(findingTypes(), context, (type, i, payload) -> {
            AnnualRdFigures f = figures.get(i);
            return new Object[] {chainName, Share.of(f.rdExpense(), f.operatingRevenue()), provincePercent,
                cityPercent, f.rdExpense(), f.operatingRevenue()};
        });
        return new EnterpriseScreening() {
            @Override
            public void screen(int county, int from, int to) {
                Set<String> chains = pilotChains.get(county);
                if (chains.isEmpty()) {
                    return;
                }
                for (int i = from; i < to; i++) {
                    Enterprise e = enterprises.get(i);
                    AnnualRdFigures f = figures.get(i);
                    if (f == null || f.rdExpense() == null || f.operatingRevenue() == null
                            || f.operatingRevenue().signum() <= 0 || e.chainIds().stream().noneMatch(chains::contains)) {
                        continue;
                    }
                    BigDecimal rd100 = f.rdExpense().scaleByPowerOfTen(2);
                    boolean province = rd100.compareTo(f.operatingRevenue().multiply(provincePercent)) > 0;
                    boolean city = rd100.compareTo(f.operatingRevenue().multiply(cityPercent)) > 0;
                    if (province && !city) {
                        rows.add(0, i);
                    }
                }
            }

            @Override
            public List<Finding> finish() {
                return rows.build();
            }
        };
    }

    /** The version this plug-in was compiled against: the compiler copies the constant into this class. */
    @Override
    public String builtAgainst() {
        return CountyChainVersion.SPI;
    }
}
