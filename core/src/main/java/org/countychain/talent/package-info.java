/**
 * Public API: S&amp;T commissioner teams (科技特派团) with their leaders, members, challenge tasks (揭榜挂帅) and
 * results (R13).
 */
@NullMarked
package org.countychain.talent;

import org.jspecify.annotations.NullMarked;
