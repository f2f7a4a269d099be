package org.countychain.examples;

import org.countychain.dataset.CountyDataset;

/** Stand-in for org.countychain.sample.SampleCounty until it is on main; then this file goes. */
final class SampleCounty {
    private SampleCounty() {
    }

    static CountyDataset jinjiang() {
        return org.countychain.examples.cli.TestCounty.jinjiang();
    }
}
