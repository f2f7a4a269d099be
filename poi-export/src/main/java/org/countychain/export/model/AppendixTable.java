package org.countychain.export.model;

import java.util.List;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.internal.Checks;

/**
 * A table printed as an appendix after the report's chapters (附件表格): a title, a caption above the table, the
 * column headings and the rows. Exporters print the header row again on every page and never split a row.
 *
 * @param title   the appendix title, for example {@code 附件1 “一对一”“点对点”服务企业清单}
 * @param caption the table caption printed above the table, or {@code null}
 * @param header  the column headings
 * @param rows    the rows, each as wide as the header
 * @param note    a note printed under the table (source, data year), or {@code null}
 * @since 0.1.0
 */
public record AppendixTable(String title, String caption, List<String> header, List<List<String>> rows,
                            String note) {
    /**
     * Checks the invariants: a title, a header, every row as wide as the header.
     */
    public AppendixTable {
        title = Checks.requiredText(title, "title");
        caption = Checks.optionalText(caption);
        note = Checks.optionalText(note);
        header = Checks.list(header, "header");
        if (header.isEmpty()) {
            throw new InvalidInputException(ErrorCode.REQUIRED, "header");
        }
        List<List<String>> copy = Checks.list(rows, "rows").stream().map(r -> Checks.list(r, "rows[]")).toList();
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).size() != header.size()) {
                throw new InvalidInputException(ErrorCode.OUT_OF_RANGE, "rows[" + i + "]",
                        copy.get(i).size() + " cells", header.size() + " cells, as the header");
            }
        }
        rows = copy;
    }
}
