package org.countychain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.countychain.rules.Fixtures.YEAR;
import static org.countychain.rules.Fixtures.certificate;
import static org.countychain.rules.Fixtures.county;
import static org.countychain.rules.Fixtures.enterprise;
import static org.countychain.rules.Fixtures.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.ContactRole;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.ServiceContact;
import org.countychain.json.CountyChainJson;
import org.countychain.json.LenientJsonReader;
import org.countychain.json.LenientRead;
import org.countychain.rules.model.CertificateValidity;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.model.Severity;
import org.countychain.rules.notice.R11HighTechRule;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;

/**
 * R11's high-tech visit list (高新技术企业入企普查服务清单, {@code R11-VISIT}): every enterprise with a certificate valid
 * in the year, at the edges of the year and of the certificate's validity.
 */
class HighTechVisitListTest {
    private static final ServiceContact COMMISSIONER = new ServiceContact("许志伟", "纺织鞋服科技特派团", "13800000103",
            ContactRole.COMMISSIONER, "team-1");
    private static final ServiceContact STAFF = new ServiceContact("林晓东", "晋江市科技局", null,
            ContactRole.BUREAU_STAFF, null);

    private static Enterprise holder(int n, String issued, String until) {
        return enterprise(n).highTechCertificate(certificate("GR" + n, issued, until)).build();
    }

    private static List<String> listed(ScreeningResult r) {
        return r.highTechVisitList().stream().map(e -> e.enterprise().name()).toList();
    }

    /** The edges of the reporting year under the default (valid on at least one day of the year). */
    @Test
    void everyCertificateValidOnSomeDayOfTheYearAndNoOther() {
        ScreeningResult r = screen(new R11HighTechRule(), county(
                holder(1, "2024-12-31", "2027-12-30"),   // issued on the year's last day
                holder(2, "2021-01-02", "2024-01-01"),   // valid on the year's first day only
                holder(3, "2022-01-01", "2024-12-31"),   // ends on the year's last day
                holder(4, "2021-01-01", "2023-12-31"),   // expired the year before (three years less a day)
                holder(5, "2025-01-01", "2027-12-31"),   // issued after the year
                enterprise(6).build()));                 // no certificate: not a high-tech enterprise
        assertThat(listed(r)).containsExactly("企业1", "企业2", "企业3");
        assertThat(r.highTechVisitList()).extracting(e -> e.certificate().number(), e -> e.certificate().issuedOn(),
                e -> e.certificate().validUntil()).containsExactly(
                tuple("GR1", LocalDate.of(2024, 12, 31), LocalDate.of(2027, 12, 30)),
                tuple("GR2", LocalDate.of(2021, 1, 2), LocalDate.of(2024, 1, 1)),
                tuple("GR3", LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)));
        // The list holds the enterprises R11's coverage counts, no more and no fewer.
        assertThat(r.findingsWithCode("R11-COVERAGE")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("highTechEnterprises", "3"));
        assertThat(r.list(NoticeList.HIGH_TECH_VISITS)).hasSize(3).allSatisfy(f -> {
            assertThat(f.code()).isEqualTo("R11-VISIT");
            assertThat(f.severity()).isEqualTo(Severity.ACTION);
        });
    }

    /** Not only the chains' above-scale enterprises: the notice says every high-tech enterprise of the county. */
    @Test
    void enterprisesOffTheChainsAndBelowScaleAreVisitedToo() {
        Enterprise offChain = enterprise(1).chainIds(List.of()).aboveScale(false).manufacturing(false)
                .highTechCertificate(certificate("GR1", "2023-12-12", "2026-12-11")).build();
        assertThat(listed(screen(new R11HighTechRule(), county(offChain)))).containsExactly("企业1");
    }

    /** A renewed enterprise holds two certificates valid in the year: the list shows the one that ends last. */
    @Test
    void ofTwoCertificatesValidInTheYearTheOneEndingLast() {
        // Written oldest first, as a county lists them, and newest first: the entry is the same.
        Enterprise renewed = enterprise(1).highTechCertificate(certificate("GR-OLDER", "2018-12-01", "2021-11-30"))
                .highTechCertificate(certificate("GR-OLD", "2021-12-01", "2024-11-30"))
                .highTechCertificate(certificate("GR-NEW", "2024-11-25", "2027-11-24")).build();
        Enterprise newestFirst = enterprise(1).highTechCertificate(certificate("GR-NEW", "2024-11-25", "2027-11-24"))
                .highTechCertificate(certificate("GR-OLD", "2021-12-01", "2024-11-30")).build();
        for (Enterprise e : List.of(renewed, newestFirst)) {
            assertThat(screen(new R11HighTechRule(), county(e)).highTechVisitList()).singleElement()
                    .satisfies(entry -> assertThat(entry.certificate().number()).isEqualTo("GR-NEW"));
        }
        // In 2021 only the older two count, and the one that ends last of them is shown.
        CountyDataset in2021 = CountyDataset.builder("350582", "晋江市", 2021).enterprises(List.of(renewed)).build();
        ScreeningResult earlier = RuleEngine.builder().rule(new R11HighTechRule()).build()
                .screen(ScreeningInput.builder().county(in2021).reportingYear(2021).build());
        assertThat(earlier.highTechVisitList()).singleElement()
                .satisfies(e -> assertThat(e.certificate().number()).isEqualTo("GR-OLD"));
    }

    /** The list follows {@code highTechValidity}, as R11's coverage does. */
    @Test
    void theValiditySettingDecidesWhichDayCounts() {
        CountyDataset data = county(holder(1, "2024-12-31", "2027-12-30"), holder(2, "2021-07-01", "2024-06-30"),
                holder(3, "2022-01-01", "2024-12-31"), holder(4, "2024-01-01", "2026-12-31"));
        assertThat(listed(under(CertificateValidity.YEAR_END, data))).containsExactly("企业1", "企业3", "企业4");
        assertThat(listed(under(CertificateValidity.WHOLE_YEAR, data))).containsExactly("企业3", "企业4");
        assertThat(listed(under(CertificateValidity.ANY_DAY, data))).containsExactly("企业1", "企业2", "企业3", "企业4");
    }

    private static ScreeningResult under(CertificateValidity validity, CountyDataset data) {
        return RuleEngine.builder().rule(new R11HighTechRule())
                .settings(RuleSettings.defaults().toBuilder().highTechValidity(validity).build()).build().screen(data);
    }

    @Test
    void theContactWithItsRoleAndTeam() {
        ScreeningResult r = screen(new R11HighTechRule(), county(
                enterprise(1).highTechCertificate(certificate("GR202335000101", "2023-12-12", "2026-12-11"))
                        .serviceContact(COMMISSIONER).build(),
                enterprise(2).highTechCertificate(certificate("GR202235000102", "2022-12-14", "2025-12-13"))
                        .serviceContact(STAFF).build(),
                enterprise(3).highTechCertificate(certificate("GR202235000103", "2022-12-14", "2025-12-13")).build()));
        assertThat(r.highTechVisitList()).extracting(e -> e.enterprise().name(), HighTechVisitEntry::contact)
                .containsExactly(tuple("企业1", COMMISSIONER), tuple("企业2", STAFF), tuple("企业3", null));
        List<Finding> list = r.list(NoticeList.HIGH_TECH_VISITS);
        assertThat(list.get(0).evidence()).containsExactly(
                java.util.Map.entry("certificateNumber", "GR202335000101"),
                java.util.Map.entry("issuedOn", "2023-12-12"), java.util.Map.entry("validUntil", "2026-12-11"),
                java.util.Map.entry("serviceContact", "许志伟 (纺织鞋服科技特派团)"),
                java.util.Map.entry("contactRole", "COMMISSIONER"), java.util.Map.entry("contactTeamMember", "true"),
                java.util.Map.entry("contactTeamId", "team-1"));
        assertThat(list.get(1).evidence()).containsEntry("contactRole", "BUREAU_STAFF")
                .containsEntry("contactTeamMember", "false").doesNotContainKey("contactTeamId");
        // No contact assigned: the contact's values are absent, the certificate's are there.
        assertThat(list.get(2).evidence()).containsOnlyKeys("certificateNumber", "issuedOn", "validUntil");
        // The phone is personal data: never in the evidence or the message.
        assertThat(list.get(0).evidence().values()).noneMatch(v -> v.contains("13800000103"));
        assertThat(list.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("企业1：有效期内的高新技术企业（证书 "
                + "GR202335000101，2023-12-12 发证，有效期至 2026-12-11），开展入企普查服务；服务联系人：许志伟 (纺织鞋服科技特派团)，"
                + "身份：科技特派员，所在人才团队：team-1");
        assertThat(list.get(2).message(Locale.ENGLISH)).isEqualTo("企业3: high-tech enterprise valid in the year "
                + "(certificate GR202235000103, issued 2022-12-14, valid until 2025-12-13), to visit on site; "
                + "service contact: —, role: —, talent team: —");
    }

    @Test
    void disabledOrReplacedR11GivesNoList() {
        CountyDataset data = county(holder(1, "2023-12-12", "2026-12-11"));
        ScreeningResult without = RuleEngine.builder().builtInRules().disable("R11").build().screen(data);
        assertThat(without.highTechVisitList()).isEmpty();
        assertThat(without.list(NoticeList.HIGH_TECH_VISITS)).isEmpty();
    }

    /**
     * A certificate is valid from its issue date to its {@code validUntil}, both included, as the data states it; the
     * data set need not make it three years to the day. The sample and the generator write three years less a day
     * (issued 2021-12-01, valid until 2024-11-30).
     */
    @Test
    void theSampleAndTheGeneratorListTheirHighTechEnterprises() {
        ScreeningResult sample = RuleEngine.defaults().screen(SampleCounty.jinjiang());
        assertThat(sample.highTechVisitList()).hasSize(11).allSatisfy(e -> assertThat(e.certificate().validUntil())
                .isEqualTo(e.certificate().issuedOn().plusYears(3).minusDays(1)));
        assertThat(sample.highTechVisitList()).anySatisfy(e -> assertThat(e.contact()).isNotNull());
        assertThat(sample.highTechVisitList()).anySatisfy(e -> assertThat(e.contact()).isNotNull()
                .satisfies(c -> assertThat(c.belongsToTalentTeam()).isTrue()));
        ScreeningResult synthetic = RuleEngine.defaults().screen(ScreeningInput.builder()
                .province(SyntheticProvince.generate(2, 400)).build());
        assertThat(synthetic.highTechVisitList()).isNotEmpty();
        assertThat(synthetic.highTechVisitList()).anySatisfy(e -> assertThat(e.contact()).isNotNull());
        long counted = synthetic.findingsWithCode("R11-COVERAGE").stream()
                .filter(f -> f.subject().kind() == org.countychain.rules.model.SubjectKind.TOTAL)
                .mapToLong(f -> Long.parseLong(f.evidence().get("highTechEnterprises"))).sum();
        assertThat(synthetic.highTechVisitList()).hasSize((int) counted);
    }

    /**
     * A certificate without its issue date cannot be judged: the strict reader refuses the file (CC-1001 at the date's
     * path); the lenient reader leaves the certificate out and says so, keeping the enterprise, which is then not on
     * the list. One without its last valid day is judged by the derived day ({@link DerivedCertificateValidityTest}).
     */
    @Test
    void aCertificateWithoutItsIssueDateIsAReadingErrorNotAListEntry() {
        Enterprise e = enterprise(1).highTechCertificate(certificate("GR1", "2023-12-12", "2026-12-11")).build();
        String json = CountyChainJson.defaults().writeToString(county(e))
                .replaceAll("\"issuedOn\" : \"2023-12-12\",\\s*", "");
        assertThat(json).doesNotContain("issuedOn");
        assertThatThrownBy(() -> CountyChainJson.defaults().read(json, CountyDataset.class))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> {
                    assertThat(x.errorCode()).isEqualTo(ErrorCode.REQUIRED);
                    assertThat(x.location().path()).isEqualTo("enterprises[0].highTechCertificates[0].issuedOn");
                });
        LenientRead<CountyDataset> lenient = LenientJsonReader.defaults().read(
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t.json",
                CountyDataset.class);
        assertThat(lenient.leftOut()).singleElement()
                .satisfies(l -> assertThat(l.path()).isEqualTo("enterprises[0].highTechCertificates[0]"));
        assertThat(lenient.value().enterprises()).singleElement()
                .satisfies(kept -> assertThat(kept.highTechCertificates()).isEmpty());
        assertThat(screen(new R11HighTechRule(), lenient.value()).highTechVisitList()).isEmpty();
        assertThatThrownBy(() -> new HighTechCertificate("GR1", null, LocalDate.of(2026, 12, 11)))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> {
                    assertThat(x.errorCode()).isEqualTo(ErrorCode.REQUIRED);
                    assertThat(x.getMessage()).contains("issuedOn");
                });
    }
}
