package org.countychain.examples.cli;

import org.countychain.dataset.CountyDataset;

/** Stand-in until org.countychain.sample.SampleCounty is on main; then demo uses SampleCounty::jinjiang. */
final class BuiltInSample {
    private BuiltInSample() {
    }

    static CountyDataset county() {
        throw new IllegalStateException("the built-in sample county is not available in this build yet");
    }
}
