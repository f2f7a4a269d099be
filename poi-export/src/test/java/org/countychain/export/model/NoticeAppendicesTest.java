package org.countychain.export.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.countychain.dataset.CountyDataset;
import org.countychain.sample.SampleCounty;

/**
 * The appendices against the sample county's planted rule cases: {@code jinjiang-cases.md} tags every enterprise
 * with the verdict of R5, R7, R8 and R11, and each appendix must list exactly the enterprises so tagged.
 */
class NoticeAppendicesTest {
    private static final CountyDataset COUNTY = SampleCounty.jinjiang();

    record Case(String name, Set<String> tags) {
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : SampleCounty.casesDocument().split("\n")) {
            if (line.matches("\\| E\\d\\d \\| [0-9A-Z]{18} \\|.*")) {
                String[] cells = line.split("\\|");
                cases.add(new Case(cells[3].strip(), new TreeSet<>(List.of(cells[5].strip().split("\\s+")))));
            }
        }
        return cases;
    }

    static Predicate<Case> expected(NoticeAppendix appendix) {
        return switch (appendix) {
            case SERVICE -> c -> c.tags().stream().anyMatch(t -> t.startsWith("R5:") && !t.equals("R5:NONE")
                    && !t.equals("R5:OUT"));
            case PRIORITY -> c -> c.tags().contains("R7:P");
            case ANOMALIES -> c -> c.tags().stream().anyMatch(t -> t.equals("R8:A") || t.startsWith("R8:B"));
            case CULTIVATION -> c -> c.tags().contains("R11:CULTIVATE");
            case HIGH_TECH_VISITS -> c -> c.tags().stream().anyMatch(t -> t.startsWith("R11:HT"));
            default -> throw new IllegalArgumentException("not an appendix of enterprises");
        };
    }

    @ParameterizedTest
    @EnumSource(value = NoticeAppendix.class, names = {"SERVICE", "PRIORITY", "ANOMALIES", "CULTIVATION",
        "HIGH_TECH_VISITS"})
    void eachAppendixListsExactlyThePlantedCases(NoticeAppendix appendix) {
        List<Case> cases = cases();
        assertThat(cases).hasSize(48);
        AppendixTable table = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
                .noticeAppendices(appendix).build().appendices().get(0);
        int nameColumn = table.header().indexOf("企业名称");
        Set<String> listed = new TreeSet<>(table.rows().stream().map(r -> r.get(nameColumn)).toList());
        Set<String> planted = new TreeSet<>(cases.stream().filter(expected(appendix)).map(Case::name).toList());
        assertThat(planted).as("planted cases of %s", appendix).isNotEmpty();
        assertThat(listed).isEqualTo(planted);
        assertThat(table.title()).startsWith("附件1 纺织鞋服产业链");
    }

    /** R4: the sample's map has five bottlenecks that no demand, task or platform is aimed at. */
    @Test
    void theBottleneckAppendixListsTheBottlenecksNothingIsAimedAt() {
        AppendixTable table = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.BOTTLENECKS).build().appendices().get(0);
        assertThat(table.title()).isEqualTo("附件1 纺织鞋服产业链尚无攻关力量的断点堵点难点清单");
        assertThat(table.header()).containsExactly("序号", "环节/关键技术", "类型", "断点、堵点、难点", "编号", "指向它的科技成果");
        assertThat(table.rows()).extracting(r -> r.get(0), r -> r.get(1), r -> r.get(2), r -> r.get(4),
                r -> r.get(5)).containsExactly(
                tuple("1", "化纤原料", "断点", "fiber-b1", "—"),
                tuple("2", "化纤原料·生物基锦纶与聚乳酸纤维", "断点", "fiber-t2-b1",
                        "350582-a04 生物基PA56纤维规模化纺丝技术（TRL 6，省外）"),
                tuple("3", "纺纱织造/面料·高支高密轻量化面料", "难点", "yarn-fabric-t3-b1", "—"),
                tuple("4", "印染后整理", "堵点", "dyeing-finishing-b1", "—"),
                tuple("5", "回收再利用", "断点", "recycling-b1", "—"));
        assertThat(table.rows().get(0).get(3)).isEqualTo("氨纶、高端差别化长丝等原料本地配套不足，主要从省外和境外采购。");
    }

    @org.junit.jupiter.api.Test
    void cultivationPercentagesCarryTheirPercentSign() {
        AppendixTable table = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.CULTIVATION).build().appendices().get(0);
        List<String> cells = table.rows().stream().flatMap(r -> r.subList(3, r.size()).stream()).toList();
        List<String> ratios = cells.stream().flatMap(c -> java.util.Arrays.stream(c.split("；")))
                .filter(c -> c.contains("占比") && c.contains("（实际")).toList();
        assertThat(ratios).isNotEmpty().allSatisfy(c -> assertThat(c).matches(".*（实际[0-9.]+%.*）"));
    }

    /** R7: the sample's planted case one cent above 5% is listed with the digits that show it is above. */
    @Test
    void thePriorityListShowsAShareJustAboveTheThresholdWithTheDigitsThatMatter() {
        AppendixTable table = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.PRIORITY).build().appendices().get(0);
        int ratio = table.header().indexOf("研发强度");
        String oneCentAbove = "晋江市锦纬新材料科技有限公司（样例）";
        assertThat(table.rows()).filteredOn(r -> r.get(1).equals(oneCentAbove)).singleElement()
                .satisfies(r -> assertThat(r.subList(2, 5)).containsExactly("10000.00", "500.00", "5.00000001%"));
        assertThat(table.rows()).filteredOn(r -> !r.get(1).equals(oneCentAbove)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(ratio)).matches("—|[0-9]+\\.[0-9]{2}%"));
    }

    /** R13: the chain's team with formation, period, titles, commissioners, tasks and post-subsidies. */
    @Test
    void theTeamAppendixDescribesTheChainsTeam() {
        AppendixTable table = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.TEAMS).build().appendices().get(0);
        assertThat(table.title()).isEqualTo("附件1 纺织鞋服产业链科技特派团服务情况表");
        assertThat(table.header()).containsExactly("序号", "团队名称、模式及服务期", "团长及成员（职称）", "揭榜挂帅任务",
                "成果及后补助");
        assertThat(table.note()).contains("R13");
        List<String> row = table.rows().get(0);
        // The chain's own team, and the city-level team that serves 石狮's chain too, named after its name.
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).get(1)).isEqualTo(
                "泉州市鞋服产业科技特派团（样例）\n一业一团\n揭榜挂帅\n2024-06-01 至 2025-12-31\n另服务：石狮市 350581-apparel");
        // One fact a line: a date or id starts a line or follows a space, never a CJK character.
        assertThat(row.subList(0, 2)).containsExactly("1",
                "晋江市纺织鞋服产业链科技特派团（样例）\n一链一团\n组团选派\n2024-01-01 至 2026-12-31");
        assertThat(row.get(2)).startsWith("团长：郑文博（样例）★（华侨大学，教授）\n成员：陈思远（样例）★（东华大学，副教授）\n")
                .contains("刘振宇（样例）（福建恒步体育用品有限公司（样例），高级工程师）").doesNotContain("138");
        assertThat(row.get(3)).startsWith("[350582-task1]超临界物理发泡尼龙弹性体中底量产工艺攻关（发榜方：福建恒步体育用品有限公司（样例），"
                + "攻关中：中试线调试中）\n2024-03-01 至 2025-12-31\n[350582-task2]")
                .contains("\n废旧涤棉混纺鞋服化学法分离回收技术（发榜方：晋江市科技局（样例），张榜）");
        assertThat(row.get(4)).contains("（任务 350582-task2，后补助 20.00 万元）").contains("（后补助 5.00 万元）")
                .endsWith("\n2024年 举办鞋服新材料技术对接会2场（样例数据）。");
        for (List<String> r : table.rows()) {
            for (String cell : r) {
                assertThat(cell).as("a date or id right after CJK text").doesNotContainPattern(
                        "[^\\x00-\\x7F][0-9A-Za-z]+-[0-9A-Za-z]");
            }
        }
    }

    /**
     * R11: every high-tech enterprise of the chain valid in the year, its certificate's number and dates whole, the
     * contact by name and organisation with role and team, and no phone.
     */
    @Test
    void theVisitAppendixListsCertificatesAndContacts() {
        AppendixTable table = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.HIGH_TECH_VISITS).build().appendices().get(0);
        assertThat(table.title()).isEqualTo("附件1 纺织鞋服产业链高新技术企业入企普查服务清单");
        assertThat(table.caption()).isEqualTo("表 纺织鞋服产业链高新技术企业入企普查服务清单");
        assertThat(table.header()).containsExactly("序号", "企业名称", "证书编号", "发证日期", "有效期至", "服务联系人", "联系人身份");
        assertThat(table.note()).contains("R11").contains("2024");
        assertThat(table.rows()).hasSize(11);
        assertThat(table.rows()).filteredOn(r -> r.get(1).equals("福建恒步体育用品有限公司（样例）")).singleElement()
                .satisfies(r -> assertThat(r.subList(2, 7)).containsExactly("GR202235000101", "2022-12-14",
                        "2025-12-13", "许志伟（样例）（晋江市纺织鞋服产业链科技特派团（样例））", "科技特派员\n是人才团队成员"));
        assertThat(table.rows()).filteredOn(r -> r.get(1).equals("晋江市纤凌纺织科技有限公司（样例）")).singleElement()
                .satisfies(r -> assertThat(r.subList(2, 7)).containsExactly("GR202335000233", "2023-12-12",
                        "2026-12-11", "林晓东（样例）（晋江市科技局企业服务组（样例））", "科技部门工作人员\n非人才团队成员"));
        // Renewed in the year: the certificate that ends last. The one valid until 2024-06-30 is still listed.
        assertThat(table.rows()).extracting(r -> r.get(2)).contains("GR202435000212").doesNotContain("GR202135000956");
        assertThat(table.rows()).filteredOn(r -> r.get(4).equals("2024-06-30")).hasSize(1);
        // E31's certificate states no last valid day (taken from the recognition announcement): derived and marked.
        assertThat(table.rows()).filteredOn(r -> r.get(4).endsWith("（推算）")).singleElement()
                .satisfies(r -> assertThat(r.subList(1, 5)).containsExactly("晋江市微织新材料有限公司（样例）",
                        "GR202435000105", "2024-07-01", "2027-06-30\n（推算）"));
        assertThat(table.rows()).filteredOn(r -> r.get(5).equals("（未指定）")).hasSize(7)
                .allSatisfy(r -> assertThat(r.get(6)).isEqualTo("—"));
        assertThat(table.rows()).extracting(r -> r.get(0)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9",
                "10", "11");
        assertThat(table.rows()).allSatisfy(r -> assertThat(String.join("", r)).doesNotContain("0595", "138"));
    }

    /**
     * R5: the service list names each contact's role (局机关人员 or 科技特派员, the enum's label) and whether the contact
     * is a person of a talent team, in two columns of their own; read back from the Word document as well.
     */
    @Test
    void theServiceAppendixGivesTheContactsRoleAndTeamMembership() {
        ExportRequest request = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.SERVICE).build();
        AppendixTable table = request.appendices().get(0);
        assertThat(table.header()).containsExactly("序号", "企业名称", "统一社会信用代码", "缺项", "服务联系人", "联系人身份",
                "是否人才团队成员");
        assertThat(table.rows()).filteredOn(r -> r.get(1).equals("晋江市新塘鞋面加工有限公司（样例）")).singleElement()
                .satisfies(r -> assertThat(r.subList(4, 7)).containsExactly(
                        "许志伟（样例）（晋江市纺织鞋服产业链科技特派团（样例）） 138****0103", "科技特派员", "是"));
        assertThat(table.rows()).filteredOn(r -> r.get(1).equals("晋江市陈埭宏兴鞋业有限公司（样例）")).singleElement()
                .satisfies(r -> assertThat(r.subList(5, 7)).containsExactly("科技部门工作人员", "否"));
        assertThat(table.rows()).filteredOn(r -> r.get(4).equals("（未指定）")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.subList(5, 7)).containsExactly("—", "—"));
        // A contact whose role the county did not state says so rather than guessing.
        CountyDataset unstated = COUNTY.toBuilder().enterprises(COUNTY.enterprises().stream()
                .map(e -> e.serviceContact() == null || e.serviceContact().role() == null ? e
                        : e.toBuilder().serviceContact(new org.countychain.enterprise.ServiceContact(
                                e.serviceContact().name(), e.serviceContact().organisation(), null)).build())
                .toList()).build();
        assertThat(ExportRequest.builder(unstated.reports().get(0)).dataset(unstated)
                .noticeAppendices(NoticeAppendix.SERVICE).build().appendices().get(0).rows())
                .filteredOn(r -> r.get(1).equals("晋江市新塘鞋面加工有限公司（样例）")).singleElement()
                .satisfies(r -> assertThat(r.subList(5, 7)).containsExactly("身份未填", "否"));

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new org.countychain.export.docx.DocxExporter().write(request, out);
        List<org.countychain.test.docx.InspectedDocument.Table> tables =
                org.countychain.test.docx.DocxInspector.inspect(out.toByteArray()).tables();
        org.countychain.test.docx.InspectedDocument.Table read = tables.get(tables.size() - 1);
        assertThat(read.rows().get(0)).isEqualTo(table.header());
        assertThat(read.rows().subList(1, read.rows().size())).isEqualTo(table.rows());
        assertThat(read.rows()).anySatisfy(r -> assertThat(r.subList(5, 7)).containsExactly("科技特派员", "是"));
    }

    /** A certificate without its last valid day: the visit list prints the derived day, marked as derived. */
    @Test
    void theVisitAppendixMarksADerivedLastValidDay() {
        org.countychain.json.CountyChainJson json = org.countychain.json.CountyChainJson.defaults();
        String withoutLastDays = json.writeToString(COUNTY).replaceAll(",\\s*\"validUntil\" : \"[0-9-]+\"", "");
        assertThat(withoutLastDays).doesNotContain("validUntil");
        CountyDataset derived = json.read(withoutLastDays, CountyDataset.class);
        AppendixTable table = ExportRequest.builder(derived.reports().get(0)).dataset(derived)
                .noticeAppendices(NoticeAppendix.HIGH_TECH_VISITS).build().appendices().get(0);
        assertThat(table.rows()).filteredOn(r -> r.get(1).equals("福建恒步体育用品有限公司（样例）")).singleElement()
                .satisfies(r -> assertThat(r.subList(2, 5)).containsExactly("GR202235000101", "2022-12-14",
                        "2025-12-13\n（推算）"));
        // The sample writes three years less a day: the same enterprises, each day now marked as derived.
        assertThat(table.rows()).hasSize(11).allSatisfy(r -> assertThat(r.get(4)).endsWith("（推算）"));
    }

    @Test
    void aChainWithoutTeamHasAnEmptyTeamAppendix() {
        CountyDataset none = COUNTY.toBuilder().teams(List.of()).build();
        AppendixTable table = ExportRequest.builder(none.reports().get(0)).dataset(none)
                .noticeAppendices(NoticeAppendix.TEAMS).build().appendices().get(0);
        assertThat(table.rows()).isEmpty();
    }
}
