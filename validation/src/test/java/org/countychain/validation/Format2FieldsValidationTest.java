package org.countychain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.ContactRole;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.ServiceContact;
import org.countychain.platform.InnovationPlatform;
import org.countychain.sample.SampleCounty;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.TalentTeam;
import org.junit.jupiter.api.Test;

/**
 * The checks of the fields format version 2 added: the industrial flag against manufacturing and the industry code
 * (CV-1001, CV-1002), the industry name against GB/T 4754-2017 (CV-1003, a warning), a service contact's talent
 * team (CV-1004).
 */
class Format2FieldsValidationTest {
    private static final CountyDataset SAMPLE = SampleCounty.jinjiang();

    private static List<String> found(CountyDataset d) {
        return Fixtures.VALIDATOR.validate(d).violations().stream()
                .filter(v -> !SampleCountyValidationTest.PLANTED.contains(v.severity() + " " + v.code() + " " + v.path()))
                .map(v -> v.severity() + " " + v.code() + " " + v.path()).toList();
    }

    private static int index(Predicate<Enterprise> which) {
        for (int i = 0; i < SAMPLE.enterprises().size(); i++) {
            if (which.test(SAMPLE.enterprises().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such enterprise in the sample");
    }

    private static CountyDataset with(int index, UnaryOperator<Enterprise.Builder> change) {
        List<Enterprise> list = new ArrayList<>(SAMPLE.enterprises());
        list.set(index, change.apply(list.get(index).toBuilder()).build());
        return SAMPLE.toBuilder().enterprises(list).build();
    }

    private static final int SHOES = index(e -> "C1951".equals(e.industryCode()) && e.industryName() == null);
    private static final int DESIGN = index(e -> "M7491".equals(e.industryCode()));

    @Test
    void theSampleSetsTheNewFieldsConsistently() {
        assertThat(SAMPLE.enterprises().get(DESIGN).industrial()).isFalse();
        assertThat(found(SAMPLE)).isEmpty();
    }

    @Test
    void manufacturingIsIndustrial() {
        assertThat(found(with(SHOES, b -> b.industrial(false))))
                .containsExactly("ERROR CV-1002 enterprises[" + SHOES + "].industrial");
        assertThat(found(with(SHOES, b -> b.industrial(true)))).isEmpty();
        assertThat(found(with(SHOES, b -> b.industrial(null)))).isEmpty();
    }

    @Test
    void theIndustrialFlagAgreesWithTheCodeInBothDirections() {
        assertThat(found(with(DESIGN, b -> b.industrial(true))))
                .containsExactly("ERROR CV-1001 enterprises[" + DESIGN + "].industrial");
        assertThat(Fixtures.VALIDATOR.validate(with(DESIGN, b -> b.industrial(true)), Locale.ENGLISH).violations())
                .filteredOn(v -> v.code().equals("CV-1001")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("marked as industrial", "M7491 (工业设计服务)"));
        // A utility (section D, division 44) and a mine (section B, division 06) are industrial, not manufacturing.
        for (String code : List.of("D4411", "B0610", "D46")) {
            assertThat(found(with(DESIGN, b -> b.industryCode(code).industrial(false)))).as(code)
                    .containsExactly("ERROR CV-1001 enterprises[" + DESIGN + "].industrial");
            assertThat(found(with(DESIGN, b -> b.industryCode(code).industrial(true)))).as(code).isEmpty();
        }
        // Just outside: division 05 (agricultural services) and 47 (construction).
        for (String code : List.of("A0519", "E4710")) {
            assertThat(found(with(DESIGN, b -> b.industryCode(code).industrial(true)))).as(code)
                    .containsExactly("ERROR CV-1001 enterprises[" + DESIGN + "].industrial");
        }
        assertThat(Fixtures.VALIDATOR.validate(with(DESIGN, b -> b.industryCode("D4411").industrial(false)),
                Locale.SIMPLIFIED_CHINESE).violations()).filteredOn(v -> v.code().equals("CV-1001")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("企业标为非工业", "D4411"));
    }

    @Test
    void anIndustryNameOtherThanTheClassificationsIsAWarning() {
        assertThat(found(with(SHOES, b -> b.industryName("纺织面料鞋制造")))).isEmpty();
        assertThat(found(with(SHOES, b -> b.industryName("运动鞋制造"))))
                .containsExactly("WARNING CV-1003 enterprises[" + SHOES + "].industryName");
        assertThat(Fixtures.VALIDATOR.validate(with(SHOES, b -> b.industryName("运动鞋制造")), Locale.ENGLISH)
                .violations()).filteredOn(v -> v.code().equals("CV-1003")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo(
                        "the industry name '运动鞋制造' is not the name GB/T 4754-2017 gives the code C1951 ('纺织面料鞋制造')"));
        // No code, or a code the classification does not have: nothing to compare with.
        assertThat(found(with(SHOES, b -> b.industryCode(null).industryName("运动鞋制造")))).isEmpty();
    }

    @Test
    void targetIdsNameABottleneckOrTechnologyOnTheMapOfTheirChain() {
        TechnologyDemand d = SAMPLE.demands().get(0);
        TechnologyDemand unknown = new TechnologyDemand(d.id(), d.title(), d.description(), d.chainId(), d.linkId(),
                d.county(), d.industryCode(), d.proposer(), d.proposerCode(), d.keywords(), d.plannedInvestment(),
                List.of("fiber-t1", "no-such-bottleneck"));
        List<TechnologyDemand> demands = new ArrayList<>(SAMPLE.demands());
        demands.set(0, unknown);
        assertThat(found(SAMPLE.toBuilder().demands(demands).build()))
                .containsExactly("ERROR CV-1010 demands[0].targetIds[1]");
        assertThat(Fixtures.VALIDATOR.validate(SAMPLE.toBuilder().demands(demands).build(), Locale.ENGLISH)
                .violations()).filteredOn(v -> v.code().equals("CV-1010")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("'no-such-bottleneck' is neither a bottleneck nor "
                        + "a key technology on the map of 350582-textile-footwear"));
        // A link id is not a target; a platform's and a task's targets are checked against their chains' maps.
        InnovationPlatform p = SAMPLE.platforms().get(0);
        InnovationPlatform linkTarget = new InnovationPlatform(p.id(), p.name(), p.type(), p.level(), p.county(),
                p.chainIds(), p.operator(), p.enclave(), List.of("fiber"));
        List<InnovationPlatform> platforms = new ArrayList<>(SAMPLE.platforms());
        platforms.set(0, linkTarget);
        TalentTeam t = SAMPLE.teams().get(0);
        ChallengeTask k = t.tasks().get(0);
        List<ChallengeTask> tasks = new ArrayList<>(t.tasks());
        tasks.set(0, new ChallengeTask(k.title(), k.issuer(), k.status(), k.funding(), List.of("fiber-t9")));
        TalentTeam team = new TalentTeam(t.id(), t.name(), t.county(), t.mode(), t.chainIds(), t.leader(),
                t.members(), tasks, t.results());
        assertThat(found(SAMPLE.toBuilder().platforms(platforms).teams(List.of(team)).build()))
                .containsExactlyInAnyOrder("ERROR CV-1010 teams[0].tasks[0].targetIds[0]",
                        "ERROR CV-1010 platforms[0].targetIds[0]");
    }

    @Test
    void aServiceContactsTeamIsInTheDataSet() {
        ServiceContact stranger = new ServiceContact("某人", null, null, ContactRole.COMMISSIONER, "no-such-team");
        assertThat(found(with(SHOES, b -> b.serviceContact(stranger))))
                .containsExactly("ERROR CV-1004 enterprises[" + SHOES + "].serviceContact.teamId");
        ServiceContact member = new ServiceContact("某人", null, null, ContactRole.COMMISSIONER,
                SAMPLE.teams().get(0).id());
        assertThat(found(with(SHOES, b -> b.serviceContact(member)))).isEmpty();
        assertThat(member.belongsToTalentTeam()).isTrue();
    }
}
