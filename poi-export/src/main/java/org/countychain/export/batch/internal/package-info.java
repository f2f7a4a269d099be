/**
 * Internal: the province batch's file naming and hashing output stream. Not API; may change in any release.
 */
package org.countychain.export.batch.internal;
