/**
 * Public API: the values the rule engine and its plug-ins share (规则的数据类型) — a
 * {@link org.countychain.rules.model.Finding} with its {@link org.countychain.rules.model.FindingType} and
 * {@link org.countychain.rules.model.Subject}, the thresholds ({@link org.countychain.rules.model.RuleSettings})
 * and the pilot registry ({@link org.countychain.rules.model.PilotRegistry}).
 *
 * <p>A package of its own so that the SPI ({@code org.countychain.rules.spi}) and the engine
 * ({@code org.countychain.rules}) both build on it without a package cycle.
 */
@NullMarked
package org.countychain.rules.model;

import org.jspecify.annotations.NullMarked;
