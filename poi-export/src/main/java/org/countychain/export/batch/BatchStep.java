package org.countychain.export.batch;

import org.countychain.CountyChainException;
import org.countychain.dataset.CountyDataset;
import org.countychain.export.spi.ReportExporter;
import org.countychain.report.ResearchReport;

/**
 * One planned step: an export with what it needs (the report, its data set, the exporter and the file's path), a
 * city's consolidation done while planning, or a step that failed while planning.
 */
sealed interface BatchStep {
    /**
     * What the step stands for in the batch's result.
     *
     * @return the item
     */
    BatchItem item();

    /** A report written by an exporter to a path. */
    record Export(BatchItem item, CountyDataset dataset, ResearchReport report, ReportExporter exporter, String path)
            implements BatchStep {
    }

    /** A city's consolidation, done while planning. */
    record Consolidation(BatchItem item) implements BatchStep {
    }

    /** A step that failed while planning (a city's consolidation). */
    record Failed(BatchItem item, CountyChainException failure) implements BatchStep {
    }

    static BatchStep export(BatchItem item, CountyDataset dataset, ResearchReport report, ReportExporter exporter,
                            String path) {
        return new Export(item, dataset, report, exporter, path);
    }

    static BatchStep consolidated(BatchItem item) {
        return new Consolidation(item);
    }

    static BatchStep failed(BatchItem item, CountyChainException failure) {
        return new Failed(item, failure);
    }
}
