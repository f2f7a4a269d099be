package org.countychain.consolidation;

import org.countychain.internal.Checks;

/**
 * Why a chain joined a group, or why it stayed out (合并理由): the decision of the {@link ChainIdentityRule} between
 * it and a chain already in the group.
 *
 * @param member      the chain the decision is about
 * @param matchedWith the chain of the group it was compared with
 * @param decision    the rule's decision
 * @since 0.1.0
 */
public record GroupReason(ChainMember member, ChainMember matchedWith, IdentityDecision decision) {
    /**
     * Checks the invariants.
     */
    public GroupReason {
        Checks.required(member, "member");
        Checks.required(matchedWith, "matchedWith");
        Checks.required(decision, "decision");
    }

    /**
     * A one-line explanation in Chinese, for example
     * {@code 石狮市 纺织服装鞋帽 ← 晋江市 纺织鞋服：名称与别名相同：纺织服装 = 纺织服装}.
     *
     * @return the explanation
     */
    public String explain() {
        return member.unitName() + " " + member.chainName() + " ← " + matchedWith.unitName() + " "
                + matchedWith.chainName() + "：" + decision.explain();
    }
}
