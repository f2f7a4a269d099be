package org.countychain.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.division.DivisionCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Severity;
import org.countychain.rules.model.Subject;
import org.junit.jupiter.api.Test;

class EnterpriseFindingsTest {
    private static final FindingType A = FindingType.builder("XT-A", "XT").severity(Severity.ACTION).title("甲", "a")
            .message("{0}：第 {1} 号，{2}", "{0}: number {1}, {2}").evidence("number", "payload").build();
    private static final FindingType B = FindingType.builder("XT-B", "XT").title("乙", "b")
            .message("{0}：{1}", "{0}: {1}").evidence("number").build();
    private static final FindingType C = FindingType.builder("XT-C", "XT").title("丙", "c")
            .message("{0}", "{0}").build();
    private static final List<FindingType> TYPES = List.of(A, B, C);

    private static List<Enterprise> enterprises(int n) {
        List<Enterprise> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String first17 = "91350582" + String.format(Locale.ROOT, "%09d", i);
            out.add(Enterprise.builder(CreditCode.parse(first17 + CreditCode.checkCharacter(first17)), "企业" + i,
                    DivisionCode.of("350582")).registeredOn(LocalDate.of(2010, 1, 1)).build());
        }
        return List.copyOf(out);
    }

    /** Evidence: A gets the index and the payload, B the index, C nothing. */
    private static EnterpriseFindings.Builder builder(List<Enterprise> es) {
        return EnterpriseFindings.builder(TYPES, es, (type, i, payload) -> switch (type) {
            case 0 -> new Object[] {i, payload};
            case 1 -> new Object[] {i};
            default -> new Object[0];
        });
    }

    private static Finding eager(FindingType type, Enterprise e, Object... values) {
        return Finding.of(type, Subject.enterprise(e), values);
    }

    @Test
    void emptyHasNoFindingsAndEveryGroupIsIncreasing() {
        EnterpriseFindings f = builder(enterprises(0)).build();
        assertThat(f).isEmpty();
        assertThat(f.typeCount()).isEqualTo(3);
        for (int t = 0; t < 3; t++) {
            assertThat(f.group(t)).isEmpty();
            assertThat(f.group(t).increasing()).isTrue();
            assertThat(f.group(t).type()).isSameAs(TYPES.get(t));
        }
        assertThatThrownBy(() -> f.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void oneRowIsMadeIntoTheFindingAnEagerRuleWouldMake() {
        List<Enterprise> es = enterprises(3);
        EnterpriseFindings f = builder(es).add(0, 2, "证书").build();
        Finding expected = eager(A, es.get(2), 2, "证书");
        assertThat(f).containsExactly(expected);
        Finding made = f.get(0);
        assertThat(made.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(expected.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("企业2：第 2 号，证书");
        assertThat(made.message(Locale.ENGLISH)).isEqualTo(expected.message(Locale.ENGLISH));
        assertThat(made.evidence()).isEqualTo(expected.evidence());
        assertThat(made.hashCode()).isEqualTo(expected.hashCode());
        // Read twice: equal, not the same object.
        assertThat(f.get(0)).isEqualTo(made).isNotSameAs(made);
    }

    @Test
    void findingsAreListedTypeByTypeInTheOrderOfTheTypes() {
        List<Enterprise> es = enterprises(5);
        Finding coverage = Finding.of(C, Subject.total());
        EnterpriseFindings f = builder(es).add(2, 0).add(1, 4).add(0, 1, null).add(1, 3).add(coverage).add(0, 3, "x")
                .build();
        assertThat(f).containsExactly(eager(A, es.get(1), 1, null), eager(A, es.get(3), 3, "x"),
                eager(B, es.get(4), 4), eager(B, es.get(3), 3), eager(C, es.get(0)), coverage);
        assertThat(f.group(0).increasing()).isTrue();
        assertThat(f.group(1).increasing()).as("4 then 3").isFalse();
        assertThat(f.group(2).increasing()).as("holds a finding object").isFalse();
        assertThat(f.group(2).get(1)).isSameAs(coverage);
        assertThat(f.size()).isEqualTo(6);
        assertThatThrownBy(() -> f.get(6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> f.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theSameEnterpriseTwiceIsNotIncreasing() {
        EnterpriseFindings f = builder(enterprises(2)).add(1, 1).add(1, 1).build();
        assertThat(f.group(1).increasing()).isFalse();
        assertThat(f.get(0)).isEqualTo(f.get(1));
    }

    @Test
    void manyRowsWithPayloadsFromPartWayKeepEveryPayload() {
        List<Enterprise> es = enterprises(1000);
        EnterpriseFindings.Builder b = builder(es);
        for (int i = 0; i < 1000; i++) {
            b.add(0, i, i < 500 ? null : "p" + i);
        }
        EnterpriseFindings f = b.build();
        assertThat(f).hasSize(1000);
        assertThat(f.group(0).increasing()).isTrue();
        for (int i = 0; i < 1000; i++) {
            assertThat(f.get(i)).isEqualTo(eager(A, es.get(i), i, i < 500 ? null : "p" + i));
        }
    }

    @Test
    void misuseIsRefused() {
        EnterpriseFindings.Builder b = builder(enterprises(2));
        FindingType other = FindingType.builder("XT-D", "XT").title("丁", "d").message("{0}", "{0}").build();
        assertThatThrownBy(() -> b.add(Finding.of(other, Subject.total()))).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> b.add(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> b.add(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> b.build().add(Finding.of(C, Subject.total())))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
