/**
 * Internal implementation details of the submission package (内部实现): the zip writer with Unicode file names (the
 * file-name rules are in {@code org.countychain.export.internal}). Not API: may change in any release; do not depend on
 * it.
 */
@NullMarked
package org.countychain.export.submission.internal;

import org.jspecify.annotations.NullMarked;
