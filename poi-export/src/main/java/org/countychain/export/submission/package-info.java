/**
 * Public API: the city submission package (设区市报送包, R16 of 闽科高〔2024〕135号): every research report of a
 * city-level unit's counties and its own consolidated reports as Word documents, an index workbook with the
 * coverage (R1, R2, R13) and a manifest with the SHA-256 of every file, in one zip whose Chinese file names unpack
 * correctly on Windows, macOS and Linux; the deadline (31 October) checked against a given date. See
 * {@link org.countychain.export.submission.SubmissionPackage}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.countychain.export.submission;

import org.jspecify.annotations.NullMarked;
