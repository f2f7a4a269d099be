/**
 * Internal implementation details shared by the export packages (内部实现): the SHA-256 of what the province
 * batch and the city submission package write.
 * Not API: may change in any release; do not depend on it.
 */
@NullMarked
package org.countychain.export.internal;

import org.jspecify.annotations.NullMarked;
