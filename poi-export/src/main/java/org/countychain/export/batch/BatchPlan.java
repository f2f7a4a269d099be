package org.countychain.export.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.countychain.CountyChainException;
import org.countychain.consolidation.Consolidator;

import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.export.FileNames;
import org.countychain.export.spi.ReportExporter;
import org.countychain.report.ResearchReport;

/**
 * Plans a batch before anything runs: which reports, in which order, to which paths. Single-threaded, so the same
 * province gives the same plan whatever the number of threads.
 */
final class BatchPlan {
    /** The directory of counties whose city-level unit the divisions do not know. */
    static final String UNASSIGNED = "未归属设区市";

    private final List<ReportExporter> exporters;
    private final Divisions divisions;
    private final FileNames.Unique names = new FileNames.Unique();
    private final List<BatchStep> steps = new ArrayList<>();

    BatchPlan(List<ReportExporter> exporters, Divisions divisions) {
        this.exporters = exporters;
        this.divisions = divisions;
    }

    List<BatchStep> steps() {
        return steps;
    }

    /** Every county's own reports, counties in id order, each county's reports in id order. */
    void counties(ProvinceDataset province) {
        List<CountyDataset> counties = new ArrayList<>(province.counties());
        counties.sort(Comparator.comparing(CountyDataset::unitId));
        for (CountyDataset county : counties) {
            String dir = cityDirectory(county.unitId()) + "/" + FileNames.safe(county.unitId() + "-"
                    + county.unitName(), null);
            unit(BatchPhase.COUNTY_REPORTS, county, dir);
        }
    }

    /**
     * Per city-level unit (cities in code order, then 平潭综合实验区) that has counties in the province: consolidates
     * its counties (R3), plans a consolidation step standing for it and then the consolidated reports in the city's
     * directory. A consolidation that fails is one failed consolidation step for the city; the other cities go on.
     */
    void cities(ProvinceDataset province, Consolidator consolidator) {
        Map<String, List<CountyDataset>> byCity = new HashMap<>();
        for (CountyDataset county : province.counties()) {
            cityOf(county.unitId()).ifPresent(c -> byCity.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(county));
        }
        for (ReportingUnit city : divisions.cityLevelUnits()) {
            List<CountyDataset> counties = byCity.get(city.id());
            if (counties == null) {
                continue;
            }
            CountyDataset merged;
            try {
                merged = consolidator.consolidate(city.id(), province.year(), counties).cityDataset();
            } catch (CountyChainException e) {
                steps.add(BatchStep.failed(consolidation(city), e));
                continue;
            } catch (RuntimeException e) {
                steps.add(BatchStep.failed(consolidation(city), new BatchException(BatchErrorCode.BATCH_STEP,
                        directory(city), List.of(city.name(), String.valueOf(e)), e)));
                continue;
            }
            steps.add(BatchStep.consolidated(consolidation(city)));
            unit(BatchPhase.CITY_REPORTS, merged, directory(city));
        }
    }

    /**
     * A unit's reports in id order, each in every format, in {@code directory}.
     *
     * @param phase     the phase
     * @param dataset   the unit's data set
     * @param directory the directory, already safe
     */
    void unit(BatchPhase phase, CountyDataset dataset, String directory) {
        List<ResearchReport> reports = new ArrayList<>(dataset.reports());
        reports.sort(Comparator.comparing(ResearchReport::id));
        for (ResearchReport report : reports) {
            String stem = dataset.unitId() + "-" + dataset.unitName() + "-" + report.chainName();
            for (ReportExporter exporter : exporters) {
                String path = names.claim(directory, stem, exporter.fileExtension());
                BatchItem item = new BatchItem(phase, dataset.unitId(), dataset.unitName(), report.id(),
                        report.chainName(), exporter.formatId(), path);
                steps.add(BatchStep.export(item, dataset, report, exporter, path));
            }
        }
    }

    /**
     * The directory of a city-level unit: {@code 350500-泉州市}.
     *
     * @param unit the unit
     * @return the safe directory name
     */
    static String directory(ReportingUnit unit) {
        return FileNames.safe(unit.id() + "-" + unit.name(), null);
    }

    private String cityDirectory(String countyId) {
        return cityOf(countyId).map(BatchPlan::directory).orElse(UNASSIGNED);
    }

    private Optional<ReportingUnit> cityOf(String countyId) {
        return divisions.cityLevelUnitOf(countyId);
    }

    /** The step that stands for a city's consolidation. */
    private static BatchItem consolidation(ReportingUnit city) {
        return new BatchItem(BatchPhase.CONSOLIDATION, city.id(), city.name(), null, null, null, null);
    }
}
