package org.countychain.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.report.ReportItem;
import org.countychain.sample.SampleCounty;
import org.countychain.talent.Commissioner;

/**
 * One error of a kind, planted in the sample county by {@link SampleData#withError(PlantedError)} (植入的错误):
 * each variant has exactly this one error, besides the sample's three warnings, with the code and path given here.
 * Errors marked {@link #submissionOnly()} are reported only when validating with the {@code Submission} group.
 *
 * @since 0.1.0
 */
public enum PlantedError {
    /** A credit code whose check character is wrong ({@code M} → {@code N}). */
    CREDIT_CODE_CHECK_CHARACTER("CV-0104", "enterprises[0].creditCode", false,
            d -> Models.with(d, "enterprises[0].creditCode", CreditCode.parseLenient("91350500155801216N"))),
    /** An enterprise located in a retired division (350427 沙县). */
    RETIRED_COUNTY("CV-0114", "enterprises[2].county", false,
            d -> Models.with(d, "enterprises[2].county", DivisionCode.of("350427"))),
    /** A landline two digits short, which is personal data: the violation's value is masked. */
    MALFORMED_PHONE("CV-0121", "enterprises[9].serviceContact.phone", false,
            d -> Models.with(d, "enterprises[9].serviceContact.phone", "0595-855501")),
    /** An amount with three decimals (yuan have two). */
    AMOUNT_WITH_THREE_DECIMALS("CV-0203", "enterprises[4].years[2].operatingRevenue", false,
            d -> Models.with(d, "enterprises[4].years[2].operatingRevenue", new BigDecimal("90000000.005"))),
    /** Self-funded R&amp;D above the year's total R&amp;D. */
    SELF_FUNDED_ABOVE_TOTAL("CV-0302", "enterprises[3].years[2].selfFundedRdExpense", false,
            d -> Models.with(d, "enterprises[3].years[2].selfFundedRdExpense",
                    Models.<BigDecimal>get(d, "enterprises[3].years[2].rdExpense").add(new BigDecimal("0.01")))),
    /** An enterprise on a chain the data set does not have. */
    UNKNOWN_CHAIN("CV-0702", "enterprises[6].chainIds[1]", false,
            d -> Models.with(d, "enterprises[6].chainIds", List.of(SampleCounty.CHAIN_ID, "350582-no-such-chain"))),
    /** A commissioner listed twice in a team. */
    DUPLICATE_TEAM_MEMBER("CV-0602", "teams[0].members[5]", false,
            d -> Models.update(d, "teams[0].members", (List<Commissioner> members) -> {
                List<Commissioner> twice = new ArrayList<>(members);
                twice.add(members.get(1));
                return twice;
            })),
    /** A team with no leader (a submission needs one). */
    TEAM_WITHOUT_LEADER("CV-0612", "teams[0].leader", true,
            d -> Models.with(d, "teams[0].leader", null)),
    /** A required report item left empty (a submission needs it). */
    EMPTY_REQUIRED_ITEM("CV-0812", "reports[0].items[1]", true,
            d -> Models.with(d, "reports[0].items[1]", ReportItem.ofParagraphs("1.2", " "))),
    /** A report with no advantage unit (a submission needs one). */
    NO_ADVANTAGE_UNIT("CV-0813", "reports[0].advantageUnits", true,
            d -> Models.with(d, "reports[0].advantageUnits", List.of()));

    private final String code;
    private final String path;
    private final boolean submissionOnly;
    private final UnaryOperator<CountyDataset> plant;

    PlantedError(String code, String path, boolean submissionOnly, UnaryOperator<CountyDataset> plant) {
        this.code = code;
        this.path = path;
        this.submissionOnly = submissionOnly;
        this.plant = plant;
    }

    /**
     * The violation code it causes.
     *
     * @return for example {@code CV-0104}
     */
    public String code() {
        return code;
    }

    /**
     * Where the violation is reported.
     *
     * @return for example {@code enterprises[0].creditCode}
     */
    public String path() {
        return path;
    }

    /**
     * Whether only a validation with the {@code Submission} group reports it.
     *
     * @return true for the checks of a submission
     */
    public boolean submissionOnly() {
        return submissionOnly;
    }

    /**
     * Plants the error in a data set shaped like the sample county.
     *
     * @param county the data set
     * @return a copy with the error
     */
    public CountyDataset plantIn(CountyDataset county) {
        return plant.apply(county);
    }
}
