/**
 * Public API: files in and out (文件读写) — {@link org.countychain.io.OutputFiles} writes every file the library and
 * its command line write, whole or not at all, without ever replacing a symbolic link or a device;
 * {@link org.countychain.io.FileKind} tells what a file is from its first bytes, so that a workbook handed to a JSON
 * reader is named as a workbook.
 */
@NullMarked
package org.countychain.io;

import org.jspecify.annotations.NullMarked;
