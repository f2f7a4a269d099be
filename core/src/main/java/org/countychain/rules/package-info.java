/**
 * Public API: the rule engine of 闽科高〔2024〕135号 (规则引擎) — {@link org.countychain.rules.RuleEngine}, what it
 * screens ({@link org.countychain.rules.ScreeningInput}), what it finds ({@link org.countychain.rules.Finding},
 * {@link org.countychain.rules.ScreeningResult} with the notice's lists), and its settings
 * ({@link org.countychain.rules.RuleSettings}, {@link org.countychain.rules.PilotRegistry}).
 *
 * <p>Rule ids ({@code R1} … {@code R16}) and finding codes ({@code R7-PRIORITY}) are stable and documented in
 * {@code docs/rules.md}. Plug-in rules implement {@link org.countychain.rules.spi.PolicyRule}.
 */
package org.countychain.rules;
