package org.countychain.dataset;

import java.util.List;

import org.countychain.Term;
import org.countychain.internal.Checks;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.investment.InvestmentNeed;
import org.jspecify.annotations.Nullable;

/**
 * The data of a whole province for one year (全省数据集): every county's data set, the intermediary watch list
 * and the cities' investment-attraction needs. What the synthetic generator produces at province scale.
 *
 * @param year            the reporting year
 * @param counties        the county data sets, one per county-level reporting unit
 * @param watchList       the intermediary watch list, or {@code null}
 * @param investmentNeeds the cities' investment-attraction needs
 * @since 0.1.0
 */
public record ProvinceDataset(int year, List<CountyDataset> counties, @Nullable IntermediaryWatchList watchList,
                              List<InvestmentNeed> investmentNeeds) {
    /**
     * Checks the invariants.
     */
    public ProvinceDataset {
        Checks.year(year, "year");
        counties = Checks.uniqueList(counties, "counties", CountyDataset::unitId, Term.UNIT_ID);
        investmentNeeds = Checks.uniqueList(investmentNeeds, "investmentNeeds", InvestmentNeed::id, Term.NEED_ID);
    }

    /**
     * The number of enterprises over all counties.
     *
     * @return the count
     */
    public int enterpriseCount() {
        return counties.stream().mapToInt(c -> c.enterprises().size()).sum();
    }

    /**
     * The number of chains over all counties.
     *
     * @return the count
     */
    public int chainCount() {
        return counties.stream().mapToInt(c -> c.chains().size()).sum();
    }
}
