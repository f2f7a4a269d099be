package org.countychain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.countychain.chain.Achievement;
import org.countychain.chain.AchievementOrigin;
import org.countychain.chain.Bottleneck;
import org.countychain.chain.BottleneckKind;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainReference;
import org.countychain.chain.ChainScale;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.KeyTechnology;
import org.countychain.chain.StageKind;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.ContactRole;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.ServiceContact;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.platform.HostOrganisation;
import org.countychain.platform.InnovationPlatform;
import org.countychain.platform.PlatformType;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TaskStatus;
import org.countychain.talent.TeamFormation;
import org.countychain.talent.TeamResult;
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
            "ServiceContact.role", "ServiceContact.teamId",
            "Bottleneck.id", "Bottleneck.title", "KeyTechnology.id",
            "TechnologyDemand.plannedInvestment", "TechnologyDemand.targetIds", "Achievement.targetIds",
            "InnovationPlatform.targetIds", "ChallengeTask.targetIds",
            "IndustryChain.fullName", "IndustryChain.pilot", "IndustryChain.scale", "ChainScale.outputValue",
            "ChainScale.enterprises", "ChainScale.aboveScaleEnterprises", "ChainScale.outputValueUnit",
            "ResearchReport.subtitle", "ResearchReport.unitTableCaption",
            "TalentTeam.formation", "TalentTeam.serviceFrom", "TalentTeam.serviceUntil", "Commissioner.title",
            "Commissioner.scienceCommissioner", "ChallengeTask.id", "ChallengeTask.issuerCode",
            "ChallengeTask.statusText", "ChallengeTask.startOn", "ChallengeTask.dueOn", "TeamResult.postSubsidy",
            "TeamResult.taskId",
            "Achievement.maturity", "Achievement.origin",
            "InnovationPlatform.hosts", "HostOrganisation.name", "HostOrganisation.creditCode",
            "InnovationPlatform.linkIds", "InnovationPlatform.establishedOn", "InnovationPlatform.recognisedOn",
            "InnovationPlatform.services",
            "AnnualRdFigures.intermediaryCode", "Intermediary.reason", "IntermediaryWatchList.publishedIn",
            "IntermediaryWatchList.earlier", "TalentTeam.otherChains", "ChainReference.county",
            "ChainReference.chainId");

    /**
     * The fields version 2 lets a document leave out that version 1 required, as {@code Type.component}: leaving
     * one out is itself a case of the format (a high-tech certificate without its last valid day, which is then
     * derived), so the fixture county leaves each out somewhere ({@link #componentsLeftOut(Object)}).
     */
    static final List<String> LEFT_OUT_FIELDS = List.of("HighTechCertificate.validUntil");

    private static final DivisionCode COUNTY = DivisionCode.of("350582");

    private EveryFieldCounty() {
    }

    private static CreditCode code(int n) {
        String first17 = "91350582" + String.format(Locale.ROOT, "%09d", n);
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    static CountyDataset county() {
        ChainLink glaze = new ChainLink("glaze", "釉料", List.of(new KeyTechnology("glaze-3d", "三维釉面喷墨", null,
                List.of(new Bottleneck("ink-import", BottleneckKind.BREAKPOINT, "陶瓷墨水依赖进口", "高端陶瓷墨水主要依赖进口。"),
                        new Bottleneck(BottleneckKind.HARD_PROBLEM, "釉面色差控制难。")))),
                List.of(), List.of(new Bottleneck(BottleneckKind.BLOCKAGE, "釉料企业与窑炉企业数据不通。")));
        ChainMap map = new ChainMap(List.of(new ChainStage(StageKind.UPSTREAM, "上游：原料", List.of(glaze))));
        IndustryChain chain = new IndustryChain("ceramics", "陶瓷", "建筑陶瓷产业链", COUNTY, "C307", List.of("建筑陶瓷"),
                true, List.of(new ChainScale(2024, new BigDecimal("52000000000.00"), 310, 126),
                        new ChainScale(2023, new BigDecimal("49500000000.00"), 305, null,
                                org.countychain.chain.MoneyUnit.TEN_THOUSAND_YUAN)), map);
        TechnologyDemand demand = new TechnologyDemand("d1", "国产陶瓷墨水", null, "ceramics", "glaze", COUNTY, "C3071",
                "测试陶瓷有限公司（测试）", code(1), List.of("墨水"), new BigDecimal("1200000.00"), List.of("ink-import"));
        Achievement achievement = new Achievement("a1", "陶瓷墨水制备技术", null, "测试大学", "材料", "C2642", "ceramics",
                "glaze", DivisionCode.of("350100"), List.of("墨水"), List.of("ink-import", "glaze-3d"), 6,
                AchievementOrigin.IN_PROVINCE);
        InnovationPlatform platform = new InnovationPlatform("p1", "陶瓷中试平台（测试）", PlatformType.PILOT_TEST_PLATFORM,
                InstitutionLevel.CITY, COUNTY, List.of("ceramics"), null, null, List.of("glaze-3d"),
                List.of(new HostOrganisation("测试陶瓷有限公司（测试）", code(1)), new HostOrganisation("测试大学", null)),
                List.of("glaze"), LocalDate.of(2021, 4, 1), LocalDate.of(2023, 1, 15), List.of("釉料中试", "检验检测"));
        ServiceContact commissioner = new ServiceContact("王一（测试）", "县陶瓷产业链科技特派团（测试）", "13800000001",
                ContactRole.COMMISSIONER, "ceramics-team");
        ServiceContact staff = new ServiceContact("李二（测试）", "县科技局（测试）", null, ContactRole.BUREAU_STAFF, null);
        // Entered the above-scale statistics in the reporting year.
        Enterprise grew = Enterprise.builder(code(1), "测试陶瓷有限公司（测试）", COUNTY).industryCode("C3071")
                .industryName("建筑陶瓷制品制造").chainIds(List.of("ceramics")).aboveScale(true).manufacturing(true)
                .registeredOn(LocalDate.of(2015, 3, 2)).registeredAddress("福建省晋江市磁灶镇测试路1号")
                .serviceContact(commissioner)
                // Recognised in 2024, taken from the announcement: number and issue date, the last day derived.
                .highTechCertificate(new HighTechCertificate("GR202435000201", LocalDate.of(2024, 12, 1)))
                .year(AnnualRdFigures.builder(2023).aboveScale(false).operatingRevenue(new BigDecimal("19000000.00"))
                        .build())
                .year(AnnualRdFigures.builder(2024).aboveScale(true).operatingRevenue(new BigDecimal("26000000.00"))
                        .rdExpense(new BigDecimal("0.00")).intermediary("测试科技咨询有限公司（测试）")
                        .intermediaryCode(code(9)).build())
                .build();
        // A utility: industrial, not manufacturing.
        Enterprise utility = Enterprise.builder(code(2), "测试燃气有限公司（测试）", COUNTY).industryCode("D4511")
                .chainIds(List.of("ceramics")).aboveScale(true).industrial(true).manufacturing(false)
                .serviceContact(staff).year(AnnualRdFigures.builder(2024).build()).build();
        TalentTeam team = new TalentTeam("ceramics-team", "县陶瓷产业链科技特派团（测试）", COUNTY,
                TeamMode.ONE_INDUSTRY_ONE_TEAM, TeamFormation.CHALLENGE_LIST, LocalDate.of(2024, 3, 1),
                LocalDate.of(2026, 2, 28), List.of("ceramics"),
                List.of(new ChainReference(DivisionCode.of("350581"), "350581-ceramics")),
                new Commissioner("王一（测试）", "测试大学", "无机非金属材料", "教授", true, "13800000001"),
                List.of(new Commissioner("赵三（测试）", "测试陶瓷有限公司（测试）", "窑炉", "高级工程师", false, null)),
                List.of(new ChallengeTask("t1", "釉面色差在线检测", "测试陶瓷有限公司（测试）", code(1), TaskStatus.TAKEN,
                        "样机调试中", new BigDecimal("300000.00"), LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31),
                        List.of("glaze-t1-b2"))),
                List.of(new TeamResult(2024, "完成釉面色差检测样机1台（测试）", true, new BigDecimal("150000.00"), "t1")));
        return CountyDataset.builder("350582", "晋江市", 2024).note("测试数据：格式第2版的每个新字段")
                .chains(List.of(chain)).enterprises(List.of(grew, utility)).teams(List.of(team))
                .platforms(List.of(platform)).demands(List.of(demand)).achievements(List.of(achievement))
                .watchList(new IntermediaryWatchList(2023, 2024, "测试通报", List.of(new Intermediary(
                        "测试科技咨询有限公司（测试）", code(9), "代编研发材料（测试）")), List.of(new IntermediaryWatchList(2022,
                        null, null, List.of(new Intermediary("测试财税咨询有限公司（测试）", null)), List.of()))))
                .reports(List.of(new org.countychain.report.ResearchReport("r1", "350582", "晋江市", "ceramics", "陶瓷",
                        null, 2024, List.of(COUNTY), List.of(org.countychain.report.ReportItem.ofParagraphs("1.1",
                                "建筑陶瓷产业规模（测试）。")), List.of(), null, null, "——以建筑陶瓷产业链为例",
                        "附表 建筑陶瓷产业科技创新优势单位（团队）"))).build();
    }

    /**
     * Checks that each of {@link #NEW_FIELDS} holds a value (not {@code null}, not an empty list) in some object of
     * the county.
     */
    static void assertEveryComponentSet(Object county) {
        assertThat(componentsSet(county)).as("fields of format version 2 that hold a value in the fixture county")
                .containsAll(NEW_FIELDS);
        assertThat(componentsLeftOut(county)).as("fields version 2 lets a document leave out, left out somewhere")
                .containsAll(LEFT_OUT_FIELDS);
    }

    /**
     * The components ({@code Type.component}) that are {@code null} in some object reachable from a value.
     */
    static Set<String> componentsLeftOut(Object value) {
        Set<String> set = new LinkedHashSet<>();
        walk(value, new LinkedHashSet<>(), set, new IdentityHashMap<>());
        return set;
    }

    /**
     * The components ({@code Type.component}) that hold a value (not {@code null}, not an empty list) in some
     * object reachable from a value.
     */
    static Set<String> componentsSet(Object value) {
        Set<String> set = new LinkedHashSet<>();
        walk(value, set, new LinkedHashSet<>(), new IdentityHashMap<>());
        return set;
    }

    private static void walk(Object value, Set<String> set, Set<String> leftOut, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(i -> walk(i, set, leftOut, seen));
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
            if (v == null) {
                leftOut.add(name + "." + c.getName());
            }
            walk(v, set, leftOut, seen);
        }
    }
}
