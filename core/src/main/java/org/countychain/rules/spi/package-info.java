/**
 * SPI for plug-in authors, <strong>experimental</strong>: policy rules ({@link org.countychain.rules.spi.PolicyRule}),
 * rules screened enterprise by enterprise in the engine's single pass ({@link org.countychain.rules.spi.EnterpriseRule},
 * {@link org.countychain.rules.spi.EnterpriseScreening}, with findings kept as
 * {@link org.countychain.rules.spi.FindingRows}) and what they read ({@link org.countychain.rules.spi.RuleContext}). It may change until a second implementation
 * outside the library proves it.
 */
@NullMarked
package org.countychain.rules.spi;

import org.jspecify.annotations.NullMarked;
