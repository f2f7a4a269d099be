/**
 * Internal: the province batch's file naming and output streams. Not API; may change in any release.
 */
package org.countychain.export.batch.internal;
