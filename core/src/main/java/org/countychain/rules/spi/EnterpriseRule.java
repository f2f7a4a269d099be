package org.countychain.rules.spi;

import java.util.List;

import org.countychain.Experimental;
import org.countychain.rules.model.Finding;

/**
 * A policy rule that screens enterprise by enterprise (逐企业规则). <strong>Experimental SPI</strong>, like
 * {@link PolicyRule}.
 *
 * <p>The engine screens every enterprise rule of a screening in <em>one</em> pass over
 * {@link RuleContext#enterprises()}, block by block: each rule's {@link EnterpriseScreening} sees a block of a few
 * hundred enterprises while their objects are still in the processor's cache, instead of each rule walking all of
 * them (about 300 bytes each, scattered over the heap) on its own. The built-in per-enterprise rules (R5–R9, R11,
 * R12 and FC) use this interface and nothing else; a plug-in implementing it runs in the same pass, at the same
 * cost. A rule that only implements {@link PolicyRule} is evaluated on its own, before the pass.
 *
 * <pre>{@code
 * public final class NoInventionPatentRule implements EnterpriseRule {
 *     static final FindingType NONE = FindingType.builder("QZ-PATENT-NONE", "QZ-PATENT")…build();
 *     // id(), noticeSection(), title(Locale), findingTypes() as for any PolicyRule
 *     public EnterpriseScreening start(RuleContext context) {
 *         List<@Nullable AnnualRdFigures> figures = context.reportingYearFigures();
 *         FindingRows rows = FindingRows.of(findingTypes(), context,
 *                 (type, enterprise, payload) -> new Object[] {figures.get(enterprise).inventionPatents()});
 *         return new EnterpriseScreening() {
 *             public void screen(int county, int from, int to) {
 *                 for (int i = from; i < to; i++) {
 *                     AnnualRdFigures f = figures.get(i);
 *                     if (f != null && !f.hasInventionPatent()) {
 *                         rows.add(0, i);
 *                     }
 *                 }
 *             }
 *             public List<Finding> finish() {
 *                 return rows.build();
 *             }
 *         };
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public interface EnterpriseRule extends PolicyRule {
    /**
     * Starts screening a context: reads what the rule needs from it once and returns the screening the engine
     * feeds blocks of enterprises. Called once per screening, on the screening's thread.
     *
     * @param context what to screen and with which settings
     * @return the screening; never {@code null}
     */
    EnterpriseScreening start(RuleContext context);

    /**
     * Screens a context on its own: {@link #start}, then every county data set's enterprises as one block, then
     * {@link EnterpriseScreening#finish()}. The engine calls this instead of its blocked pass when it runs rules in
     * parallel; the findings are the same either way.
     *
     * @param context what to screen and with which settings
     * @return what the rule found
     */
    @Override
    default List<Finding> evaluate(RuleContext context) {
        EnterpriseScreening screening = start(context);
        if (screening == null) {
            throw new IllegalStateException("start returned null");
        }
        int offset = 0;
        List<org.countychain.dataset.CountyDataset> counties = context.counties();
        for (int c = 0; c < counties.size(); c++) {
            int end = offset + counties.get(c).enterprises().size();
            screening.screen(c, offset, end);
            offset = end;
        }
        return screening.finish();
    }
}
