/**
 * Public API: S&amp;T intermediaries and the province's watch list of those with serious errors (R12).
 */
@NullMarked
package org.countychain.intermediary;

import org.jspecify.annotations.NullMarked;
