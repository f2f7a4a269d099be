/**
 * Internal: JMH benchmarks and the plain-Java baselines they compare against; never a dependency of the library.
 * Run with {@code java -jar benchmarks/target/benchmarks.jar}; figures are recorded in {@code docs/PERFORMANCE.md}.
 */
package org.countychain.benchmarks;
