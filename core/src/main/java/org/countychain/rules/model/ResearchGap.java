package org.countychain.rules.model;

import org.countychain.BilingualLabelled;
import org.countychain.BilingualText;

/**
 * What an above-scale manufacturing enterprise lacks (R5, “三无”): the reasons it gets one-on-one service.
 *
 * @since 0.1.0
 */
public enum ResearchGap implements BilingualLabelled {
    /** 无研发投入: R&amp;D expense zero or not reported. */
    NO_RD_INVESTMENT("无研发投入", "no R&D investment"),
    /** 无研发机构: no R&amp;D institution listed. */
    NO_RD_INSTITUTION("无研发机构", "no R&D institution"),
    /** 无发明专利: no valid invention patent, or not reported. */
    NO_INVENTION_PATENT("无发明专利", "no invention patent");

    private final BilingualText text;

    ResearchGap(String label, String english) {
        this.text = new BilingualText(label, english);
    }

    @Override
    public BilingualText text() {
        return text;
    }
}
