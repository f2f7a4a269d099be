/**
 * Public API: industrial chains, their innovation maps with bottlenecks, and the two lists of R4
 * (产业链、创新链图谱、技术需求与科技成果两张清单).
 */
@NullMarked
package org.countychain.chain;

import org.jspecify.annotations.NullMarked;
