package org.countychain.rules.internal;

import java.util.AbstractList;
import java.util.List;

import org.countychain.dataset.CountyDataset;
import org.countychain.rules.model.Finding;
import org.countychain.rules.spi.RuleContext;

/**
 * Per-enterprise rules screened in blocks, so that the engine can run several such rules over one block while the
 * block's enterprises and figures are still in the processor's cache, instead of each rule walking all of them
 * (about 300 bytes an enterprise, scattered over the heap) on its own. Internal: not part of the API.
 *
 * <p>A built-in rule's {@code evaluate} makes a {@link Visit} and returns {@link #run(Visit, RuleContext)}. Run by
 * itself, that screens every county data set as one block and returns the findings. When the engine's context
 * is a {@link Scheduler} that is collecting passes, {@code run} hands the visit over and returns a
 * {@link Deferred} placeholder instead; the engine then runs all collected visits block by block and takes each
 * one's findings from {@link Visit#finish()}. The public rule classes show nothing of this: their API is
 * {@code evaluate}.
 */
public final class EnterprisePass {
    private EnterprisePass() {
    }

    /**
     * One screening of one rule: blocks of enterprises, then the findings.
     */
    public interface Visit {
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
     * A context that can run passes itself (the engine's).
     */
    public interface Scheduler {
        /**
         * Takes a visit to run later with others.
         *
         * @param visit the visit
         * @return the placeholder the rule returns, or {@code null} when the visit is to run now
         */
        Deferred defer(Visit visit);
    }

    /**
     * What a rule returns when the engine runs its visit later: not a list of findings to read.
     */
    public static final class Deferred extends AbstractList<Finding> {
        private final Visit visit;

        /**
         * A placeholder.
         *
         * @param visit the visit the engine is to run
         */
        public Deferred(Visit visit) {
            this.visit = visit;
        }

        /**
         * The visit.
         *
         * @return the visit
         */
        public Visit visit() {
            return visit;
        }

        @Override
        public Finding get(int index) {
            throw new IllegalStateException("the engine runs this rule's pass later");
        }

        @Override
        public int size() {
            throw new IllegalStateException("the engine runs this rule's pass later");
        }
    }

    /**
     * Runs a visit: hands it to the context when the context is collecting passes, otherwise screens each county
     * data set as one block.
     *
     * @param visit   the visit
     * @param context what to screen
     * @return the findings, or a {@link Deferred} placeholder
     */
    public static List<Finding> run(Visit visit, RuleContext context) {
        if (context instanceof Scheduler s) {
            Deferred later = s.defer(visit);
            if (later != null) {
                return later;
            }
        }
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
    public static void forEachBlock(RuleContext context, int size, Block block) {
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
    public interface Block {
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
