/**
 * Internal implementation details of the core module (内部实现). Not API: may change in any release; do not
 * depend on it.
 */
@NullMarked
package org.countychain.internal;

import org.jspecify.annotations.NullMarked;
