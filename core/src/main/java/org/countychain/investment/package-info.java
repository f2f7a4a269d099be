/**
 * Public API: S&amp;T investment-attraction needs and their deadline (科技招商需求, R14).
 */
@NullMarked
package org.countychain.investment;

import org.jspecify.annotations.NullMarked;
