/**
 * The test kit for integrators' tests (测试工具包): {@link org.countychain.test.SampleData} (the sample county and
 * variants with one planted error each), {@link org.countychain.test.Models} (withers for every model record, by
 * path), {@link org.countychain.test.ResearchReportBuilder}, and AssertJ assertions in
 * {@link org.countychain.test.CountyChainAssertions}. Use it with test scope.
 */
@NullMarked
package org.countychain.test;

import org.jspecify.annotations.NullMarked;
