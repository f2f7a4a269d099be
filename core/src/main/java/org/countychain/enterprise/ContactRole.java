package org.countychain.enterprise;

import org.countychain.Labelled;

/**
 * Who a one-on-one service contact is (服务联系人身份, R5): the notice has the S&amp;T bureau's staff and the S&amp;T
 * commissioners (科技特派员) serve the enterprises.
 *
 * @since 0.2.0
 */
public enum ContactRole implements Labelled {
    /** 科技部门工作人员: staff of the county's S&amp;T bureau. */
    BUREAU_STAFF("科技部门工作人员"),
    /** 科技特派员: an S&amp;T commissioner. */
    COMMISSIONER("科技特派员"),
    /** 其他: anyone else the county assigns (an industrial-park officer, an intermediary). */
    OTHER("其他");

    private final String label;

    ContactRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
