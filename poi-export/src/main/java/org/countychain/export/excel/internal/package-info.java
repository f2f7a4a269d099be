/**
 * Internal: the implementation of the Excel and CSV import and export; not an API, may change without notice.
 */
@NullMarked
package org.countychain.export.excel.internal;

import org.jspecify.annotations.NullMarked;
