package org.countychain.export.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

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
        };
    }

    @ParameterizedTest
    @EnumSource(NoticeAppendix.class)
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

    @org.junit.jupiter.api.Test
    void cultivationPercentagesCarryTheirPercentSign() {
        AppendixTable table = ExportRequest.builder(COUNTY.reports().get(0)).dataset(COUNTY)
                .noticeAppendices(NoticeAppendix.CULTIVATION).build().appendices().get(0);
        List<String> cells = table.rows().stream().flatMap(r -> r.subList(3, r.size()).stream()).toList();
        List<String> ratios = cells.stream().flatMap(c -> java.util.Arrays.stream(c.split("；")))
                .filter(c -> c.contains("占比") && c.contains("（实际")).toList();
        assertThat(ratios).isNotEmpty().allSatisfy(c -> assertThat(c).matches(".*（实际[0-9.]+%.*）"));
    }
}
