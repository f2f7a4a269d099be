/**
 * Public API: enterprises, their credit codes and their yearly R&amp;D figures (企业与年度研发数据).
 *
 * <p>{@link org.countychain.enterprise.CreditCode} implements GB 32100-2015 (check character) and GB 11714
 * (organisation code, reported separately). {@link org.countychain.enterprise.AnnualRdFigures} holds what rules
 * R5–R12 of the notice look at; money is {@link java.math.BigDecimal} yuan.
 */
@NullMarked
package org.countychain.enterprise;

import org.jspecify.annotations.NullMarked;
