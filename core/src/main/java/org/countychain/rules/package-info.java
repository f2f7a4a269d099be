/**
 * Public API: the rule engine of 闽科高〔2024〕135号 (规则引擎) — {@link org.countychain.rules.RuleEngine}, what it
 * screens ({@link org.countychain.rules.ScreeningInput}) and what it returns
 * ({@link org.countychain.rules.ScreeningResult}: the findings, a summary per rule, problems with plug-ins, and the
 * notice's lists as {@link org.countychain.rules.NoticeList} views).
 *
 * <p>Findings, settings and the pilot registry are in {@code org.countychain.rules.model}; the built-in rules in
 * {@code org.countychain.rules.notice}; the plug-in SPI in {@code org.countychain.rules.spi}. Rule ids
 * ({@code R1} … {@code R16}) and finding codes ({@code R7-PRIORITY}) are stable and documented in
 * {@code docs/rules.md}.
 */
@NullMarked
package org.countychain.rules;

import org.jspecify.annotations.NullMarked;
