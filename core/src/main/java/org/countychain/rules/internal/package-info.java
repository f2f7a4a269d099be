/**
 * Internal implementation details of the rule engine (内部实现). Not API: may change in any release; do not
 * depend on it.
 */
@NullMarked
package org.countychain.rules.internal;

import org.jspecify.annotations.NullMarked;
