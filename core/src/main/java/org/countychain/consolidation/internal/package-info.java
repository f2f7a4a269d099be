/**
 * Internal: the name normalisation and the merging behind {@link org.countychain.consolidation.Consolidator}.
 * Not part of the API; may change at any time.
 */
package org.countychain.consolidation.internal;
