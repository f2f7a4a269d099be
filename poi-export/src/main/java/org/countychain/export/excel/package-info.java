/**
 * Public API: Excel (.xlsx) and CSV import and export of enterprise lists (企业名单导入导出).
 *
 * <p>{@link org.countychain.export.excel.EnterpriseImporter} reads a list with Chinese headers, streaming, and
 * returns an {@link org.countychain.export.excel.ImportResult}: the enterprises of the valid rows and one
 * {@link org.countychain.export.excel.RowError} per rejected row. {@link org.countychain.export.excel.EnterpriseListWriter}
 * writes enterprises back in the same layout (.xlsx with SXSSF, or CSV with formula injection neutralised).
 * The columns and their header synonyms are {@link org.countychain.export.excel.EnterpriseColumn}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.countychain.export.excel;

import org.jspecify.annotations.NullMarked;
