/**
 * Public API: S&amp;T intermediaries and the province's watch list of those with serious errors (R12).
 */
package org.countychain.intermediary;
