/**
 * Internal implementation details shared by the export packages (内部实现): the one safe-file-name convention of
 * the province batch, the city submission package and the command-line tool, and the SHA-256 of what they write.
 * Not API: may change in any release; do not depend on it.
 */
package org.countychain.export.internal;
