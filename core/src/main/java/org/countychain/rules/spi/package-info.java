/**
 * SPI for plug-in authors, <strong>experimental</strong>: policy rules ({@link org.countychain.rules.spi.PolicyRule})
 * and what they read ({@link org.countychain.rules.spi.RuleContext}). It may change until a second implementation
 * outside the library proves it.
 */
package org.countychain.rules.spi;
