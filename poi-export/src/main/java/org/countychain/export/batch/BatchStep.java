package org.countychain.export.batch;

import org.countychain.CountyChainException;
import org.countychain.dataset.CountyDataset;
import org.countychain.export.spi.ReportExporter;
import org.countychain.report.ResearchReport;

/**
 * One planned step with what it needs: the report, its data set and the exporter; or a city's consolidation, done
 * while planning, with its failure or none.
 */
record BatchStep(BatchItem item, CountyDataset dataset, ResearchReport report, ReportExporter exporter,
                 CountyChainException planFailure) {
    static BatchStep export(BatchItem item, CountyDataset dataset, ResearchReport report, ReportExporter exporter) {
        return new BatchStep(item, dataset, report, exporter, null);
    }

    static BatchStep consolidated(BatchItem item) {
        return new BatchStep(item, null, null, null, null);
    }

    boolean isConsolidation() {
        return item.phase() == BatchPhase.CONSOLIDATION;
    }

    static BatchStep failed(BatchItem item, CountyChainException failure) {
        return new BatchStep(item, null, null, null, failure);
    }
}
