/**
 * Internal implementation details of the two-list matcher (内部实现): tokeniser, inverted index, scoring and
 * explanations. Not API: may change in any release; do not depend on it.
 */
@NullMarked
package org.countychain.matching.internal;

import org.jspecify.annotations.NullMarked;
