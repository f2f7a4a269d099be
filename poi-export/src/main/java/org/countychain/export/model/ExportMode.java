package org.countychain.export.model;

/**
 * How strictly an export treats an incomplete report (导出模式).
 *
 * @since 0.1.0
 */
public enum ExportMode {
    /** 草稿: empty template items are printed with a visible placeholder, （待填写）. */
    DRAFT,
    /**
     * 报送: the report must be complete; an incomplete one is refused with an {@link IncompleteReportException}
     * that carries what is missing.
     */
    SUBMISSION
}
