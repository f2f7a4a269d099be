package org.countychain.enterprise;

import org.countychain.Labelled;

/**
 * The style of an R&amp;D auxiliary ledger (研发支出辅助账样式), as the CIT annual return asks (line 224).
 *
 * @since 0.1.0
 */
public enum AuxiliaryLedgerStyle implements Labelled {
    /** 2015版 (国家税务总局公告2015年第97号). */
    STYLE_2015("2015版"),
    /** 2021版 (国家税务总局公告2021年第28号). */
    STYLE_2021("2021版"),
    /** 自行设计. */
    SELF_DESIGNED("自行设计");

    private final String label;

    AuxiliaryLedgerStyle(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
