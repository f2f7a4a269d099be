package org.countychain.rules.internal;

import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.rules.model.Finding;
import org.countychain.rules.spi.RuleContext;

/**
 * A rule that screens the context's enterprises in blocks, in order, so that the engine can run several such rules
 * over one block while the block's enterprises and figures are still in the processor's cache, instead of each
 * rule walking all of them (about 300 bytes an enterprise, scattered over the heap) on its own. Internal: not part
 * of the API; the built-in per-enterprise rules implement it, and their {@code evaluate} is {@link #run}.
 */
public interface EnterprisePass {
    /**
     * Starts a screening.
     *
     * @param context what to screen
     * @return the screening's state
     */
    Visit start(RuleContext context);

    /**
     * One screening of one rule: blocks of enterprises, then the findings.
     */
    interface Visit {
        /**
         * Screens a block of enterprises. Blocks come in index order, cover every enterprise once, and never span
         * two county data sets; every data set has at least one block, an empty one when it has no enterprises.
         *
         * @param county the data set's position in {@link RuleContext#counties()}
         * @param from   the first enterprise's index in {@link RuleContext#enterprises()}
         * @param to     the index after the last
         */
        void visit(int county, int from, int to);

        /**
         * The findings, once every block has been visited.
         *
         * @return the findings
         */
        List<Finding> finish();
    }

    /**
     * Runs one pass alone, each county data set as one block.
     *
     * @param pass    the pass
     * @param context what to screen
     * @return the findings
     */
    static List<Finding> run(EnterprisePass pass, RuleContext context) {
        Visit visit = pass.start(context);
        forEachBlock(context, Integer.MAX_VALUE, visit::visit);
        return visit.finish();
    }

    /**
     * Cuts the context's enterprises into blocks: county data set by county data set, at most {@code size} each,
     * and one empty block for a data set without enterprises.
     *
     * @param context the context
     * @param size    the largest block
     * @param block   called with the data set's position and the block's first index and the index after it
     */
    static void forEachBlock(RuleContext context, int size, Block block) {
        List<CountyDataset> counties = context.counties();
        int offset = 0;
        for (int c = 0; c < counties.size(); c++) {
            int end = offset + counties.get(c).enterprises().size();
            int from = offset;
            do {
                int to = (int) Math.min(end, (long) from + size);
                block.accept(c, from, to);
                from = to;
            } while (from < end);
            offset = end;
        }
    }

    /**
     * Receives a block.
     */
    @FunctionalInterface
    interface Block {
        /**
         * One block.
         *
         * @param county the data set's position in {@link RuleContext#counties()}
         * @param from   the first enterprise's index
         * @param to     the index after the last
         */
        void accept(int county, int from, int to);
    }
}
