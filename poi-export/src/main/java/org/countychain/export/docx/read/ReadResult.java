package org.countychain.export.docx.read;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.countychain.report.ReportTemplate;
import org.countychain.report.ResearchReport;

/**
 * What a {@link ReportReader} read from one Word document (读取结果): the report, the content it could not place,
 * the findings, and the pictures the report's image figures name.
 *
 * @param source     the document's name, as given to the reader
 * @param report     the report, in the structure of its template edition
 * @param template   the template edition it was read against
 * @param recognised the ids of the template items whose headings were found, in template order
 * @param unplaced   content that belongs to no template item, in document order
 * @param findings   what the reader noticed, in document order (items not found last)
 * @param images     the pictures of the report's {@code IMAGE} figures, by the name the figure carries
 * @since 0.1.0
 */
public record ReadResult(String source, ResearchReport report, ReportTemplate template, List<String> recognised,
                         List<UnplacedBlock> unplaced, List<ReadFinding> findings, Map<String, byte[]> images) {
    /**
     * Checks the invariants.
     */
    public ReadResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(template, "template");
        recognised = List.copyOf(recognised);
        unplaced = List.copyOf(unplaced);
        findings = List.copyOf(findings);
        images = Map.copyOf(images);
    }

    /**
     * The required template items the report leaves empty, as {@link ResearchReport#missingRequiredItems} says.
     *
     * @return the item ids, in template order
     */
    public List<String> missingRequiredItems() {
        return report.missingRequiredItems(template);
    }

    /**
     * The findings with a given code.
     *
     * @param code a code
     * @return those findings, in order
     */
    public List<ReadFinding> findings(WordErrorCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    /**
     * Whether everything in the document was placed under a template item and every heading was found as written.
     *
     * @return true when there are no findings and no unplaced content
     */
    public boolean isClean() {
        return findings.isEmpty() && unplaced.isEmpty();
    }
}
