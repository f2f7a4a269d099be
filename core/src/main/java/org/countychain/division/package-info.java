/**
 * Public API: administrative divisions (GB/T 2260 codes) and the notice's reporting units (行政区划与报送单位).
 *
 * <p>{@link org.countychain.division.Divisions#fujian()} holds Fujian's 9 cities and 84 county-level units,
 * 平潭综合实验区 as a city-level reporting unit covering 350128, 金门 listed but not counted, and retired codes
 * mapped to their successors.
 */
@NullMarked
package org.countychain.division;

import org.jspecify.annotations.NullMarked;
