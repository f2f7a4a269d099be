package org.countychain.export.model;

import org.countychain.ProblemCode;

/**
 * The stable codes of the problems an export reports (导出问题代码), {@code CC-5xxx}. They are thrown as
 * {@link org.countychain.CountyChainException}s like every other code; they live here, beside the exporters, so
 * that the core does not list the problems of a module it does not contain.
 *
 * @since 0.1.0
 */
public enum ExportErrorCode implements ProblemCode {
    /** A report handed in for submission is incomplete: required template items are empty. */
    EXPORT_INCOMPLETE("CC-5001"),
    /** A reference document (an integrator's letterhead .docx) is unusable, too large or unsafe. */
    EXPORT_REFERENCE_DOCUMENT("CC-5002"),
    /** No exporter is registered for a format, or a plug-in (exporter, contributor) failed. */
    EXPORT_PLUGIN("CC-5003"),
    /**
     * The export request is inconsistent: it hands in another unit's data set than the report's, so the chain map,
     * the R&amp;D chart and the notice's appendices would be drawn from the wrong county or city.
     */
    EXPORT_REQUEST("CC-5004");

    private final String code;

    ExportErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageBundle() {
        return "org.countychain.export.messages";
    }
}
