package org.countychain.rules.internal;

import java.util.List;

import org.countychain.dataset.CountyDataset;

/**
 * Cuts the enterprises of a screening into the blocks of the engine's single pass (see
 * {@code org.countychain.rules.spi.EnterpriseRule}). Internal: not part of the API.
 */
public final class EnterprisePass {
    private EnterprisePass() {
    }

    /**
     * Cuts the enterprises into blocks: county data set by county data set, at most {@code size} each, and one empty
     * block for a data set without enterprises.
     *
     * @param counties the context's county data sets, whose enterprises follow one another in the context's list
     * @param size     the largest block
     * @param block    called with the data set's position and the block's first index and the index after it
     */
    public static void forEachBlock(List<CountyDataset> counties, int size, Block block) {
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
         * @param county the data set's position in the list
         * @param from   the first enterprise's index
         * @param to     the index after the last
         */
        void accept(int county, int from, int to);
    }
}
