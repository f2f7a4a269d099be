/**
 * JMH benchmarks (not a library module: never a dependency of the others).
 */
package org.countychain.benchmarks;
