/**
 * Internal: the name normalisation and the merging behind {@link org.countychain.consolidation.Consolidator}.
 * Not part of the API; may change at any time.
 */
@NullMarked
package org.countychain.consolidation.internal;

import org.jspecify.annotations.NullMarked;
