package org.countychain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;

/** Small, explicit test data for the rules. */
final class Fixtures {
    static final DivisionCode JINJIANG = DivisionCode.of("350582");
    static final int YEAR = 2024;

    private Fixtures() {
    }

    /** A valid credit code registered in a county, with a running number. */
    static CreditCode code(String county, int n) {
        String first17 = "91" + county + String.format(Locale.ROOT, "%09d", n);
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    static CreditCode code(int n) {
        return code("350582", n);
    }

    static BigDecimal yuan(String v) {
        return new BigDecimal(v);
    }

    /** An above-scale manufacturer on chain "textile" with the given figures. */
    static Enterprise.Builder enterprise(int n, AnnualRdFigures... years) {
        // The builder defaults every scope flag to false, as JSON does; these tests start from 规上制造业.
        Enterprise.Builder b = Enterprise.builder(code(n), "企业" + n, JINJIANG).chainIds(List.of("textile"))
                .aboveScale(true).manufacturing(true)
                .registeredOn(LocalDate.of(2010, 1, 1));
        for (AnnualRdFigures f : years) {
            b.year(f);
        }
        return b;
    }

    /** Figures with every R5 gap closed: R&amp;D, an institution, a patent; revenue 100,000,000. */
    static AnnualRdFigures.Builder healthy(int year) {
        return AnnualRdFigures.builder(year).operatingRevenue(yuan("100000000.00")).rdExpense(yuan("3000000.00"))
                .inventionPatents(2)
                .rdInstitutions(List.of(new org.countychain.enterprise.RdInstitution("研发中心", "企业技术中心",
                        org.countychain.enterprise.InstitutionLevel.PROVINCIAL)));
    }

    static HighTechCertificate certificate(String number, String issued, String until) {
        return new HighTechCertificate(number, LocalDate.parse(issued), LocalDate.parse(until));
    }

    static IndustryChain chain(String id, String name) {
        return new IndustryChain(id, name, JINJIANG, null, List.of(), null);
    }

    static CountyDataset county(Enterprise... enterprises) {
        return CountyDataset.builder("350582", "晋江市", YEAR).chains(List.of(chain("textile", "纺织鞋服")))
                .enterprises(List.of(enterprises)).build();
    }

    /** Screens one county with one rule. */
    static ScreeningResult screen(org.countychain.rules.spi.PolicyRule rule, CountyDataset county) {
        return RuleEngine.builder().rule(rule).build().screen(county);
    }
}
