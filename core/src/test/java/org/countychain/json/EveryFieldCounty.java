package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.ContactRole;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.ServiceContact;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.talent.TeamMode;

/**
 * A small county that uses every field the current format version added, kept as the fixture
 * {@code fixtures/valid/county-every-field.json}. {@link #NEW_FIELDS} names those fields; the test walks the county
 * and checks that each holds a value somewhere.
 */
final class EveryFieldCounty {
    /** The fields of format version 2, as {@code Type.component}. */
    static final List<String> NEW_FIELDS = List.of(
            "CountyDataset.formatVersion",
            "Enterprise.industryName", "Enterprise.industrial", "Enterprise.registeredAddress",
            "AnnualRdFigures.aboveScale",
            "ServiceContact.role", "ServiceContact.teamId");

    private static final DivisionCode COUNTY = DivisionCode.of("350582");

    private EveryFieldCounty() {
    }

    private static CreditCode code(int n) {
        String first17 = "91350582" + String.format("%09d", n);
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    static CountyDataset county() {
        IndustryChain chain = new IndustryChain("ceramics", "陶瓷", COUNTY, "C307", List.of("建筑陶瓷"), null);
        ServiceContact commissioner = new ServiceContact("王一（测试）", "县陶瓷产业链科技特派团（测试）", "13800000001",
                ContactRole.COMMISSIONER, "ceramics-team");
        ServiceContact staff = new ServiceContact("李二（测试）", "县科技局（测试）", null, ContactRole.BUREAU_STAFF, null);
        // Entered the above-scale statistics in the reporting year.
        Enterprise grew = Enterprise.builder(code(1), "测试陶瓷有限公司（测试）", COUNTY).industryCode("C3071")
                .industryName("建筑陶瓷制品制造").chainIds(List.of("ceramics")).aboveScale(true).manufacturing(true)
                .registeredOn(LocalDate.of(2015, 3, 2)).registeredAddress("福建省晋江市磁灶镇测试路1号")
                .serviceContact(commissioner)
                .year(AnnualRdFigures.builder(2023).aboveScale(false).operatingRevenue(new BigDecimal("19000000.00"))
                        .build())
                .year(AnnualRdFigures.builder(2024).aboveScale(true).operatingRevenue(new BigDecimal("26000000.00"))
                        .rdExpense(new BigDecimal("0.00")).build())
                .build();
        // A utility: industrial, not manufacturing.
        Enterprise utility = Enterprise.builder(code(2), "测试燃气有限公司（测试）", COUNTY).industryCode("D4511")
                .chainIds(List.of("ceramics")).aboveScale(true).industrial(true).manufacturing(false)
                .serviceContact(staff).year(AnnualRdFigures.builder(2024).build()).build();
        TalentTeam team = new TalentTeam("ceramics-team", "县陶瓷产业链科技特派团（测试）", COUNTY,
                TeamMode.ONE_CHAIN_ONE_TEAM, List.of("ceramics"),
                new Commissioner("王一（测试）", "测试大学", "教授", "13800000001"), List.of(), List.of(), List.of());
        return CountyDataset.builder("350582", "晋江市", 2024).note("测试数据：格式第2版的每个新字段")
                .chains(List.of(chain)).enterprises(List.of(grew, utility)).teams(List.of(team)).build();
    }

    /**
     * Checks that each of {@link #NEW_FIELDS} holds a value (not {@code null}, not an empty list) in some object of
     * the county.
     */
    static void assertEveryComponentSet(CountyDataset county) {
        Set<String> set = new LinkedHashSet<>();
        walk(county, set, new IdentityHashMap<>());
        assertThat(set).as("fields of format version 2 that hold a value in the fixture county")
                .containsAll(NEW_FIELDS);
    }

    private static void walk(Object value, Set<String> set, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(i -> walk(i, set, seen));
            return;
        }
        Class<?> type = value.getClass();
        if (!type.isRecord() || !type.getName().startsWith("org.countychain.")) {
            return;
        }
        String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        for (RecordComponent c : type.getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v != null && !(v instanceof Collection<?> col && col.isEmpty())) {
                set.add(name + "." + c.getName());
            }
            walk(v, set, seen);
        }
    }
}
