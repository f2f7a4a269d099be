package org.countychain.rules.notice;

import java.util.List;

import org.countychain.rules.internal.EnterprisePass;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.spi.RuleContext;

/**
 * A test rule in the built-in rules' package, so that the engine runs it in its combined pass: it throws on the
 * block it is told to.
 */
public final class FailingPassRule extends NoticeRule {
    /** Never reported. */
    public static final FindingType SEEN = FindingType.builder("XT-PASS-SEEN", "XT-PASS").title("见", "seen")
            .message("{0}", "{0}").build();

    private final int failingBlock;

    /**
     * A rule failing on one block.
     *
     * @param failingBlock the block, counted from 1
     */
    public FailingPassRule(int failingBlock) {
        super("XT-PASS", "二", SEEN);
        this.failingBlock = failingBlock;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        return EnterprisePass.run(new EnterprisePass.Visit() {
            private int blocks;

            @Override
            public void visit(int county, int from, int to) {
                if (++blocks == failingBlock) {
                    throw new IllegalStateException("block " + failingBlock);
                }
            }

            @Override
            public List<Finding> finish() {
                return List.of();
            }
        }, context);
    }
}
