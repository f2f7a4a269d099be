package org.countychain.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainScale;
import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.platform.InnovationPlatform;
import org.countychain.platform.PlatformType;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;

/**
 * The figures of a county data set that fit on one screen (县域数据集概要), and their rendering. Everything is
 * counted in the data set's own order or in enum declaration order, so the same data always prints the same.
 *
 * @param unitId                  the reporting unit's id
 * @param unitName                its name
 * @param year                    the reporting year
 * @param note                    the data set's note, or {@code null}
 * @param chainNames              the key chains' names, in data set order
 * @param enterprises             how many enterprises
 * @param aboveScaleManufacturing how many of them are above-scale manufacturing enterprises (规上制造业)
 * @param highTech                how many held a valid high-tech certificate during the year
 * @param teams                   how many S&amp;T commissioner teams
 * @param platformsByType         platforms per type, types with none left out, in declaration order
 * @param demands                 how many technology demands
 * @param achievements            how many achievements
 * @param bottlenecksByKind       bottlenecks on all chain maps per kind, every kind present
 * @param reports                 each report's filled and required item counts, in data set order
 * @param chains                  each chain's full name, pilot flag and scale of the year, in data set order
 */
record DatasetSummary(String unitId, String unitName, int year, String note, List<String> chainNames,
                      int enterprises, int aboveScaleManufacturing, int highTech, int teams,
                      Map<PlatformType, Integer> platformsByType, int demands, int achievements,
                      Map<BottleneckKind, Integer> bottlenecksByKind, List<ReportStatus> reports,
                      List<ChainDetail> chains) {

    DatasetSummary {
        chainNames = List.copyOf(chainNames);
        platformsByType = Collections.unmodifiableMap(new EnumMap<>(platformsByType));
        bottlenecksByKind = Collections.unmodifiableMap(new EnumMap<>(bottlenecksByKind));
        reports = List.copyOf(reports);
        chains = List.copyOf(chains);
    }

    /**
     * A chain as the county describes it.
     *
     * @param fullName its full name (陶瓷产业链)
     * @param pilot    whether it is a pilot chain
     * @param scale    its scale of the data set's year, else of the latest year before it, else {@code null}
     */
    record ChainDetail(String fullName, boolean pilot, ChainScale scale) {
        static ChainDetail of(IndustryChain chain, int year) {
            ChainScale best = null;
            for (ChainScale s : chain.scale()) {
                if (s.year() <= year && (best == null || s.year() > best.year())) {
                    best = s;
                }
            }
            return new ChainDetail(chain.displayFullName(), chain.markedPilot(), best);
        }
    }

    /**
     * How far a report fills its template's required items.
     *
     * @param chainName the chain it covers
     * @param edition   its template edition
     * @param filled    required items with content, or -1 when the edition is unknown
     * @param required  required items of the edition, or -1 when the edition is unknown
     */
    record ReportStatus(String chainName, String edition, int filled, int required) {
        boolean editionKnown() {
            return required >= 0;
        }
    }

    /**
     * Counts a data set.
     *
     * @param dataset   the data set
     * @param templates the template editions its reports may follow
     * @return the summary
     */
    static DatasetSummary of(CountyDataset dataset, ReportTemplates templates) {
        int aboveScaleManufacturing = 0;
        int highTech = 0;
        for (Enterprise e : dataset.enterprises()) {
            if (e.aboveScale() && e.manufacturing()) {
                aboveScaleManufacturing++;
            }
            if (e.isHighTechDuring(dataset.year())) {
                highTech++;
            }
        }
        Map<PlatformType, Integer> platforms = new EnumMap<>(PlatformType.class);
        for (InnovationPlatform p : dataset.platforms()) {
            platforms.merge(p.type(), 1, Integer::sum);
        }
        Map<BottleneckKind, Integer> bottlenecks = new EnumMap<>(BottleneckKind.class);
        for (BottleneckKind kind : BottleneckKind.values()) {
            bottlenecks.put(kind, 0);
        }
        for (IndustryChain chain : dataset.chains()) {
            if (chain.map() != null) {
                for (Bottleneck b : chain.map().bottlenecks()) {
                    bottlenecks.merge(b.kind(), 1, Integer::sum);
                }
            }
        }
        List<ReportStatus> reports = new ArrayList<>();
        for (ResearchReport r : dataset.reports()) {
            ReportTemplate template = templates.edition(r.templateEdition()).orElse(null);
            if (template == null) {
                reports.add(new ReportStatus(r.chainName(), r.templateEdition(), -1, -1));
            } else {
                int required = template.requiredItemIds().size();
                reports.add(new ReportStatus(r.chainName(), r.templateEdition(),
                        required - r.missingRequiredItems(template).size(), required));
            }
        }
        return new DatasetSummary(dataset.unitId(), dataset.unitName(), dataset.year(), dataset.note(),
                dataset.chains().stream().map(IndustryChain::name).toList(), dataset.enterprises().size(),
                aboveScaleManufacturing, highTech, dataset.teams().size(), platforms, dataset.demands().size(),
                dataset.achievements().size(), bottlenecks, reports,
                dataset.chains().stream().map(c -> ChainDetail.of(c, dataset.year())).toList());
    }

    /**
     * The summary as lines of text in the messages' language.
     *
     * @param m the messages
     * @return the lines, without line ends
     */
    List<String> lines(CliMessages m) {
        List<String> lines = new ArrayList<>();
        String separator = m.text("summary.separator");
        lines.add(m.text("summary.unit", unitName, unitId));
        lines.add(m.text("summary.year", Integer.toString(year)));
        if (note != null) {
            lines.add(m.text("summary.note", note));
        }
        lines.add(m.text("summary.chains", CliMessages.count(chainNames.size()),
                chainNames.isEmpty() ? m.text("summary.none") : String.join(separator, chainNames)));
        for (ChainDetail c : chains) {
            lines.add(m.text("summary.chain", c.fullName(), c.pilot() ? m.text("summary.chain.pilot") : "",
                    c.scale() == null ? m.text("summary.chain.noScale") : c.scale().describe(m.locale())));
        }
        lines.add(m.text("summary.enterprises", CliMessages.count(enterprises),
                CliMessages.count(aboveScaleManufacturing), CliMessages.count(highTech)));
        lines.add(m.text("summary.teams", CliMessages.count(teams)));
        int platformCount = platformsByType.values().stream().mapToInt(Integer::intValue).sum();
        lines.add(platformCount == 0
                ? m.text("summary.platforms.none")
                : m.text("summary.platforms", CliMessages.count(platformCount), breakdown(platformsByType, m)));
        lines.add(m.text("summary.demands", CliMessages.count(demands)));
        lines.add(m.text("summary.achievements", CliMessages.count(achievements)));
        int bottleneckCount = bottlenecksByKind.values().stream().mapToInt(Integer::intValue).sum();
        lines.add(m.text("summary.bottlenecks", CliMessages.count(bottleneckCount),
                breakdown(bottlenecksByKind, m)));
        lines.add(m.text("summary.reports", CliMessages.count(reports.size())));
        for (ReportStatus r : reports) {
            lines.add(r.editionKnown()
                    ? m.text("summary.report", r.chainName(), r.edition(), CliMessages.count(r.filled()),
                            CliMessages.count(r.required()))
                    : m.text("summary.report.unknownEdition", r.chainName(), r.edition()));
        }
        return lines;
    }

    private static String breakdown(Map<? extends Enum<?>, Integer> counts, CliMessages m) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(m.text("summary.countOf", m.name(kind), CliMessages.count(n))));
        return String.join(m.text("summary.separator"), parts);
    }
}
