/**
 * Public API: sample and synthetic data for demos, documentation, integrators' tests and benchmarks
 * (样例数据与合成数据).
 *
 * <p>{@link org.countychain.sample.SampleCounty#jinjiang()} is one complete, fictional county (晋江市, 纺织鞋服)
 * whose enterprises hit every case of rules R5–R12, documented enterprise by enterprise.
 * {@link org.countychain.sample.SyntheticProvince} generates province-scale and national-scale data sets from a
 * seed, deterministically.
 */
@NullMarked
package org.countychain.sample;

import org.jspecify.annotations.NullMarked;
