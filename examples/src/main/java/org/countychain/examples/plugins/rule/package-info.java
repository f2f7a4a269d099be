/**
 * Example plug-in of the policy-rule SPI ({@link org.countychain.rules.spi.PolicyRule}): a city's local rule,
 * found through {@link java.util.ServiceLoader}.
 */
package org.countychain.examples.plugins.rule;
