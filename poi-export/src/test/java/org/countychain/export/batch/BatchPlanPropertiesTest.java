package org.countychain.export.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.Divisions;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.FileNames;
import org.countychain.report.ResearchReport;

/** Whatever the names in the data, every planned path is unique, safe in every component, and the same twice. */
class BatchPlanPropertiesTest {
    @Property(tries = 200)
    void plannedPathsAreUniqueSafeAndStable(@ForAll("chainNames") List<String> chainNames,
                                            @ForAll("names") String countyName) {
        List<ResearchReport> reports = new ArrayList<>();
        for (int i = 0; i < chainNames.size(); i++) {
            // Every other name upper-cased as well, so names that differ only in case are common.
            String name = i % 2 == 1 ? chainNames.get(i - 1).toUpperCase(Locale.ROOT) : chainNames.get(i);
            reports.add(new ResearchReport("r" + i, "350582", countyName, "c" + i, name, null, 2024, List.of(),
                    List.of(), List.of(), null, null));
        }
        CountyDataset county = CountyDataset.builder("350582", countyName, 2024).reports(reports).build();
        ProvinceDataset province = new ProvinceDataset(2024, List.of(county), null, List.of());

        List<String> paths = plan(province);
        List<String> again = plan(province);

        assertThat(paths).hasSize(reports.size()).isEqualTo(again);
        Set<String> folded = new HashSet<>();
        for (String path : paths) {
            assertThat(folded.add(path.toLowerCase(Locale.ROOT))).as(path).isTrue();
            assertThat(path).startsWith("350500-泉州市/").endsWith(".docx");
            for (String component : path.split("/")) {
                assertThat(FileNames.safe(component, null)).isEqualTo(component);
            }
        }
    }

    @Provide
    Arbitrary<List<String>> chainNames() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(80).filter(n -> !n.isBlank()).list().ofMinSize(1)
                .ofMaxSize(8);
    }

    /** Names the model accepts: not blank. */
    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(n -> !n.isBlank());
    }

    private static List<String> plan(ProvinceDataset province) {
        BatchPlan plan = new BatchPlan(List.of(new DocxExporter()), Divisions.fujian());
        plan.counties(province);
        return plan.steps().stream().map(s -> s.item().path()).toList();
    }
}
