/**
 * Internal implementation details of the submission package (内部实现): the zip writer with Unicode file names and
 * the file-name rules. Not API: may change in any release; do not depend on it.
 */
package org.countychain.export.submission.internal;
