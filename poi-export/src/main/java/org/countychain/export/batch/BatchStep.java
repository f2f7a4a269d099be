package org.countychain.export.batch;

import org.countychain.CountyChainException;
import org.countychain.dataset.CountyDataset;
import org.countychain.export.spi.ReportExporter;
import org.countychain.report.ResearchReport;

/**
 * One planned step with what it needs: the report, its data set and the exporter; or a failure known when
 * planning (a city's consolidation that failed).
 */
record BatchStep(BatchItem item, CountyDataset dataset, ResearchReport report, ReportExporter exporter,
                 CountyChainException planFailure) {
    static BatchStep export(BatchItem item, CountyDataset dataset, ResearchReport report, ReportExporter exporter) {
        return new BatchStep(item, dataset, report, exporter, null);
    }

    static BatchStep failed(BatchItem item, CountyChainException failure) {
        return new BatchStep(item, null, null, null, failure);
    }
}
