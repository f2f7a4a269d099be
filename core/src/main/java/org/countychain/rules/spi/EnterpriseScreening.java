package org.countychain.rules.spi;

import java.util.List;

import org.countychain.Experimental;
import org.countychain.rules.model.Finding;

/**
 * One screening of one {@link EnterpriseRule}: blocks of enterprises, then the findings. <strong>Experimental
 * SPI</strong>. Used by one thread at a time; may keep state between blocks.
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public interface EnterpriseScreening {
    /**
     * Screens a block of enterprises. Blocks come in index order, cover every enterprise once and never span two
     * county data sets; every data set has at least one block, an empty one when it has no enterprises. A block's
     * size is the engine's choice (a few hundred enterprises, or a whole county).
     *
     * @param county the data set's position in {@link RuleContext#counties()}
     * @param from   the first enterprise's index in {@link RuleContext#enterprises()} (and in the figures lists)
     * @param to     the index after the last
     */
    void screen(int county, int from, int to);

    /**
     * The findings, once every block has been screened. In any order, as for {@link PolicyRule#evaluate}; findings
     * from {@link FindingRows} in enterprise order are taken as they are, without sorting or making objects.
     *
     * @return the findings; never {@code null}
     */
    List<Finding> finish();
}
