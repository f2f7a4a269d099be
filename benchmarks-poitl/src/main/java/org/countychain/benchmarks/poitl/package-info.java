/**
 * JMH benchmarks of the Word export against poi-tl 1.12.2 and a ZipOutputStream floor; not part of the library.
 */
package org.countychain.benchmarks.poitl;
