package org.countychain.rules.model;

import java.math.BigDecimal;

import org.countychain.BilingualLabelled;
import org.countychain.BilingualText;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;

/**
 * Which enterprises R11 counts as S&amp;T SMEs (科技型中小企业的认定口径) when it draws up the cultivation list. The
 * notice asks for the chain's above-scale 科技型企业 to be cultivated into high-tech enterprises without saying how
 * a system knows one; the national scheme (科技型中小企业评价办法, 国科发政〔2017〕115号) registers them year by year,
 * each with a registration number (入库登记编号), and {@link Enterprise#scienceTechSme()} records that. A system
 * without the register's data can use the R&amp;D figures instead. R11's other conditions — above-scale in the
 * year, on a chain, no high-tech certificate valid in the year — apply under every definition.
 *
 * @since 0.1.0
 */
public enum ScienceTechSmeDefinition implements BilingualLabelled {
    /**
     * Registered: the enterprise's {@code scienceTechSme} flag (入库登记的科技型中小企业), as the S&amp;T department's
     * register gives it. The default.
     */
    REGISTERED("已入库科技型中小企业", "registered S&T SME"),
    /**
     * R&amp;D active: R&amp;D expense above zero in the reporting year (当年研发费用大于零), whatever the flag.
     */
    RD_ACTIVE("当年有研发费用", "R&D expense in the year"),
    /** Either of the two (已入库或当年有研发费用). */
    REGISTERED_OR_RD_ACTIVE("已入库或当年有研发费用", "registered S&T SME or R&D expense in the year");

    private final BilingualText text;

    ScienceTechSmeDefinition(String label, String english) {
        this.text = new BilingualText(label, english);
    }

    @Override
    public BilingualText text() {
        return text;
    }

    /**
     * Whether an enterprise is an S&amp;T SME in the reporting year under this definition.
     *
     * @param enterprise the enterprise
     * @param year       its figures for the reporting year, or {@code null} when not reported
     * @return true when it counts
     */
    public boolean test(Enterprise enterprise, AnnualRdFigures year) {
        return switch (this) {
            case REGISTERED -> enterprise.scienceTechSme();
            case RD_ACTIVE -> hasRd(year);
            case REGISTERED_OR_RD_ACTIVE -> enterprise.scienceTechSme() || hasRd(year);
        };
    }

    private static boolean hasRd(AnnualRdFigures year) {
        BigDecimal rd = year == null ? null : year.rdExpense();
        return rd != null && rd.signum() > 0;
    }
}
