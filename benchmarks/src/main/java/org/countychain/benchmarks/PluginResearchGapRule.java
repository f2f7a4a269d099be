package org.countychain.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.ResearchGap;
import org.countychain.rules.notice.R05ResearchGapRule;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.FindingRows;
import org.countychain.rules.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * R5 written as a plug-in would write it, for {@link PluginRuleBenchmark}: only the public SPI
 * ({@link EnterpriseRule}, {@link FindingRows}), outside the library, with R5's id and finding types so that it
 * can replace the built-in rule and give the same findings.
 */
public final class PluginResearchGapRule implements EnterpriseRule {
    private static final List<List<ResearchGap>> GAP_SETS = gapSets();

    @Override
    public String id() {
        return "R5";
    }

    @Override
    public String noticeSection() {
        return "二.1";
    }

    @Override
    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "规上制造业企业研发缺口（插件）" : "R&D gaps (plug-in)";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(R05ResearchGapRule.SERVICE, R05ResearchGapRule.NO_FIGURES);
    }

    @Override
    public EnterpriseScreening start(RuleContext context) {
        Integer year = context.reportingYear();
        List<Enterprise> enterprises = context.enterprises();
        List<@Nullable AnnualRdFigures> figures = context.reportingYearFigures();
        FindingRows rows = FindingRows.of(findingTypes(), context, (type, i, payload) -> {
            if (type == 1) {
                return new Object[] {year};
            }
            AnnualRdFigures f = figures.get(i);
            int mask = gaps(f);
            return new Object[] {GAP_SETS.get(mask), Integer.bitCount(mask), f.rdExpense(),
                f.rdInstitutions().size(), f.inventionPatents(), enterprises.get(i).serviceContact()};
        });
        return new EnterpriseScreening() {
            @Override
            public void screen(int county, int from, int to) {
                for (int i = from; i < to; i++) {
                    Enterprise e = enterprises.get(i);
                    if (!e.aboveScale() || !e.manufacturing()) {
                        continue;
                    }
                    AnnualRdFigures f = figures.get(i);
                    if (f == null) {
                        rows.add(1, i);
                    } else if (gaps(f) != 0) {
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

    private static int gaps(AnnualRdFigures f) {
        return (f.hasRdInvestment() ? 0 : 1) | (f.hasRdInstitution() ? 0 : 2) | (f.hasInventionPatent() ? 0 : 4);
    }

    private static List<List<ResearchGap>> gapSets() {
        List<List<ResearchGap>> sets = new ArrayList<>();
        ResearchGap[] all = ResearchGap.values();
        for (int mask = 0; mask < 8; mask++) {
            List<ResearchGap> set = new ArrayList<>();
            for (int bit = 0; bit < 3; bit++) {
                if ((mask & (1 << bit)) != 0) {
                    set.add(all[bit]);
                }
            }
            sets.add(List.copyOf(set));
        }
        return List.copyOf(sets);
    }
}
