package org.countychain.rules;

import java.util.List;
import java.util.Locale;

import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.spi.EnterpriseRule;
import org.countychain.rules.spi.EnterpriseScreening;
import org.countychain.rules.spi.RuleContext;

/**
 * A plug-in enterprise rule (outside the built-in rules' package) that throws on the block it is told to, so the
 * engine's single pass must drop it and go on with the others.
 */
final class FailingPassRule implements EnterpriseRule {
    /** Never reported. */
    static final FindingType SEEN = FindingType.builder("XT-PASS-SEEN", "XT-PASS").title("见", "seen")
            .message("{0}", "{0}").build();

    private final int failingBlock;

    /**
     * A rule failing on one block.
     *
     * @param failingBlock the block, counted from 1
     */
    FailingPassRule(int failingBlock) {
        this.failingBlock = failingBlock;
    }

    @Override
    public String id() {
        return "XT-PASS";
    }

    @Override
    public String noticeSection() {
        return "二";
    }

    @Override
    public String title(Locale locale) {
        return "XT-PASS";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(SEEN);
    }

    @Override
    public EnterpriseScreening start(RuleContext context) {
        return new EnterpriseScreening() {
            private int blocks;

            @Override
            public void screen(int county, int from, int to) {
                if (++blocks == failingBlock) {
                    throw new IllegalStateException("block " + failingBlock);
                }
            }

            @Override
            public List<Finding> finish() {
                return List.of();
            }
        };
    }
}
