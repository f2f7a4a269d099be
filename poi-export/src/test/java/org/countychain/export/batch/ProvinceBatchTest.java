package org.countychain.export.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.export.model.ExportErrorCode;
import org.countychain.consolidation.Consolidator;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.division.DivisionCode;
import org.countychain.division.Divisions;
import org.countychain.test.docx.DocxInspector;
import org.countychain.export.model.ExportMode;
import org.countychain.export.model.IncompleteReportException;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SyntheticProvince;

class ProvinceBatchTest {
    private static ProvinceDataset province;
    /** The first twelve counties: enough for two cities, quick enough to export several times. */
    private static ProvinceDataset small;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generate() {
        province = SyntheticProvince.generate(42L, 2_000);
        small = new ProvinceDataset(province.year(), province.counties().subList(0, 12), province.watchList(),
                province.investmentNeeds());
    }

    @Test
    void writesEveryCountyAndCityReportOfTheSyntheticProvinceUnderItsCityAndCounty() throws Exception {
        List<BatchProgress> events = Collections.synchronizedList(new ArrayList<>());
        BatchResult result = ProvinceBatch.builder().outputDirectory(tmp).parallelism(2)
                .progressListener(events::add).build().run(province);

        Divisions fujian = Divisions.fujian();
        Map<String, String> expected = new TreeMap<>();   // path -> title
        Map<String, List<CountyDataset>> byCity = new TreeMap<>();
        for (CountyDataset county : province.counties()) {
            var city = fujian.cityLevelUnitOf(DivisionCode.of(county.unitId())).orElseThrow();
            byCity.computeIfAbsent(city.id(), k -> new ArrayList<>()).add(county);
            for (ResearchReport report : county.reports()) {
                String unit = county.unitId() + "-" + county.unitName();
                expected.put(city.id() + "-" + city.name() + "/" + unit + "/" + unit + "-" + report.chainName()
                        + ".docx", county.unitName() + "县域重点产业创新链调研报告");
            }
        }
        int countyFiles = expected.size();
        for (var city : fujian.cityLevelUnits()) {
            for (ResearchReport merged : Consolidator.defaults().consolidate(city.id(), province.year(),
                    byCity.getOrDefault(city.id(), List.of())).mergedReports()) {
                String unit = city.id() + "-" + city.name();
                expected.put(unit + "/" + unit + "-" + merged.chainName() + ".docx",
                        city.name() + "县域重点产业创新链调研报告");
            }
        }
        assertThat(province.counties()).hasSize(83);
        assertThat(countyFiles).isGreaterThanOrEqualTo(166);
        // Every city-level unit with two or more counties shares a theme chain: at least one city report each.
        assertThat(expected.size() - countyFiles).isGreaterThanOrEqualTo(9);
        assertThat(result.isComplete()).isTrue();
        assertThat(result.cancelled()).isFalse();
        assertThat(result.files()).extracting(BatchFile::path).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(filesUnder(tmp)).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(result.files(BatchPhase.COUNTY_REPORTS)).hasSize(countyFiles);
        assertThat(result.files(BatchPhase.CITY_REPORTS)).hasSize(expected.size() - countyFiles)
                .allSatisfy(f -> assertThat(f.path()).matches("(\\d{6}|PINGTAN)-[^/]+/[^/]+\\.docx"));

        for (BatchFile f : result.files()) {
            byte[] bytes = Files.readAllBytes(tmp.resolve(f.path()));
            assertThat(f.size()).isEqualTo(bytes.length);
            assertThat(f.sha256()).isEqualTo(sha256(bytes));
            assertThat(DocxInspector.inspect(bytes).outline()).first().isEqualTo(expected.get(f.path()));
            try (InputStream in = Files.newInputStream(tmp.resolve(f.path()));
                 XWPFDocument doc = new XWPFDocument(in)) {
                assertThat(doc.getParagraphs()).isNotEmpty();
            }
        }
        int steps = expected.size() + byCity.size();
        assertThat(events).extracting(BatchProgress::done)
                .containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(steps).toList());
        assertThat(events).allSatisfy(e -> assertThat(e.total()).isEqualTo(steps))
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(e.phase() == BatchPhase.CONSOLIDATION
                        ? BatchProgress.Outcome.CONSOLIDATED : BatchProgress.Outcome.WRITTEN));
        assertThat(events).extracting(BatchProgress::item).filteredOn(BatchItem::isExport)
                .containsExactlyElementsOf(result.files().stream().map(BatchFile::item).toList());
        assertThat(events).filteredOn(e -> e.phase() == BatchPhase.CONSOLIDATION)
                .extracting(e -> e.item().unitId()).containsExactlyElementsOf(byCity.keySet());
        assertThat(events).extracting(BatchProgress::elapsed).isSorted();
        // County reports first; then per city its consolidation, then its reports.
        assertThat(events.subList(0, countyFiles)).allSatisfy(e -> assertThat(e.phase())
                .isEqualTo(BatchPhase.COUNTY_REPORTS));
        String city = null;
        for (BatchProgress e : events.subList(countyFiles, events.size())) {
            if (e.phase() == BatchPhase.CONSOLIDATION) {
                city = e.item().unitId();
            } else {
                assertThat(e.phase()).isEqualTo(BatchPhase.CITY_REPORTS);
                assertThat(e.item().unitId()).isEqualTo(city);
            }
        }
    }

    @Test
    void eventsAndFilesComeInPlanOrderCountyByCountyAndReportByReport() {
        List<BatchProgress> events = new ArrayList<>();   // not synchronised: the batch calls one at a time
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        BatchResult result = ProvinceBatch.builder().outputDirectory(tmp).parallelism(2).progressListener(e -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            events.add(e);
            inside.decrementAndGet();
        }).build().run(small);
        assertThat(overlaps).hasValue(0);
        // County reports, then city by city: the consolidation (no report id, so first) and its reports.
        List<String> keys = events.stream().map(e -> (e.phase() == BatchPhase.COUNTY_REPORTS ? "0 " : "1 ")
                + e.item().unitId() + " " + (e.item().reportId() == null ? "" : e.item().reportId())).toList();
        assertThat(keys).hasSize(expectedSteps(small)).anyMatch(k -> k.startsWith("1 "));
        assertThat(keys).isSorted().doesNotHaveDuplicates();
        assertThat(events).filteredOn(e -> e.phase() == BatchPhase.CONSOLIDATION)
                .allSatisfy(e -> assertThat(e.item().isExport()).isFalse()).isNotEmpty();
        assertThat(result.files()).extracting(BatchFile::item).containsExactlyElementsOf(
                events.stream().map(BatchProgress::item).filter(BatchItem::isExport).toList());
    }

    @Test
    void oneAndTwoThreadsWriteTheSameBytesUnderTheSameNames() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        ExecutorService single = Executors.newSingleThreadExecutor();
        BatchResult r1;
        try {
            r1 = ProvinceBatch.builder().outputDirectory(one).executor(single).parallelism(1).build().run(small);
            // The caller's executor is the caller's: the batch does not shut it down.
            assertThat(single.isShutdown()).isFalse();
        } finally {
            single.shutdown();
        }
        BatchResult r2 = ProvinceBatch.builder().outputDirectory(two).parallelism(2).build().run(small);
        assertThat(r1.files()).isNotEmpty();
        assertThat(r2.files()).extracting(f -> f.path() + " " + f.size() + " " + f.sha256())
                .containsExactlyElementsOf(r1.files().stream().map(f -> f.path() + " " + f.size() + " " + f.sha256())
                        .toList());
        for (BatchFile f : r1.files()) {
            assertThat(Files.readAllBytes(two.resolve(f.path()))).isEqualTo(Files.readAllBytes(one.resolve(f.path())));
        }
    }

    @Test
    void aReportThatFailsIsReportedWithItsCodeAndTheOthersAreWritten() {
        CountyDataset first = small.counties().get(0);
        ResearchReport broken = withoutItem(first.reports().get(0), "2.3");
        List<ResearchReport> reports = new ArrayList<>(first.reports());
        reports.set(0, broken);
        List<CountyDataset> counties = new ArrayList<>(small.counties());
        counties.set(0, first.toBuilder().reports(reports).build());
        ProvinceDataset withBroken = new ProvinceDataset(small.year(), counties, null, List.of());
        int planned = expectedReports(withBroken);

        List<BatchProgress> events = new ArrayList<>();
        BatchResult result = ProvinceBatch.builder().outputDirectory(tmp).mode(ExportMode.SUBMISSION)
                .progressListener(events::add).parallelism(2).build().run(withBroken);

        assertThat(result.isComplete()).isFalse();
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.item().reportId()).isEqualTo(broken.id());
            assertThat(f.item().unitId()).isEqualTo(first.unitId());
            assertThat(f.error()).isInstanceOf(IncompleteReportException.class);
            assertThat(f.error().errorCode()).isEqualTo(ExportErrorCode.EXPORT_INCOMPLETE);
            assertThat(f.error().getMessage()).contains("CC-5001", "2.3");
            assertThat(tmp.resolve(f.item().path())).doesNotExist();
        });
        assertThat(result.files()).hasSize(planned - 1);
        assertThat(filesUnder(tmp)).hasSize(planned - 1);   // and no temporary file left behind
        assertThat(events).hasSize(expectedSteps(withBroken)).filteredOn(e -> e.outcome() == BatchProgress.Outcome.FAILED)
                .singleElement().satisfies(e -> assertThat(e.item().reportId()).isEqualTo(broken.id()));
        assertThatThrownBy(result::requireComplete).isInstanceOf(BatchException.class)
                .hasMessageContaining("CC-6304").hasCauseInstanceOf(IncompleteReportException.class);
    }

    @Test
    void cancellingStopsEarlyAndTheResultSaysWhatWasNotRun() {
        ExecutorService single = Executors.newSingleThreadExecutor();
        List<BatchProgress> events = new ArrayList<>();
        BatchRun[] run = new BatchRun[1];
        BatchResult result;
        try {
            ProvinceBatch batch = ProvinceBatch.builder().outputDirectory(tmp).executor(single).parallelism(1)
                    .progressListener(e -> {
                        events.add(e);
                        if (e.done() == 3) {
                            run[0].cancel();
                        }
                    }).build();
            // The listener cannot run before start returns: the single thread is busy until the latch opens.
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            single.execute(() -> {
                try {
                    started.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            run[0] = batch.start(small);
            started.countDown();
            result = run[0].join();
        } finally {
            single.shutdown();
        }
        assertThat(run[0].isCancelled()).isTrue();
        assertThat(run[0].isDone()).isTrue();
        assertThat(result.cancelled()).isTrue();
        assertThat(result.isComplete()).isFalse();
        assertThat(result.files()).hasSize(3);
        assertThat(events).hasSize(3);
        assertThat(result.notRun()).hasSize(run[0].total() - 3);
        assertThat(result.failures()).isEmpty();
        assertThat(filesUnder(tmp)).containsExactlyInAnyOrderElementsOf(
                result.files().stream().map(BatchFile::path).toList());
        assertThatThrownBy(result::requireComplete).hasMessageContaining("CC-6304");
    }

    @Test
    void aCallersSinkGetsEveryFileAndOneBrokenFileFailsAlone() {
        String[] refused = new String[2];
        MemorySink sink = new MemorySink() {
            @Override
            public OutputStream open(String path) throws IOException {
                if (path.equals(refused[0])) {
                    throw new IOException("disk full");
                }
                OutputStream out = super.open(path);
                return !path.equals(refused[1]) ? out : new OutputStream() {
                    @Override
                    public void write(int b) {
                        throw new IllegalStateException("storage went away");
                    }
                };
            }
        };
        BatchResult dry = ProvinceBatch.builder().sink(new MemorySink()).parallelism(1).build().run(small);
        refused[0] = dry.files().get(1).path();
        refused[1] = dry.files().get(4).path();

        BatchResult result = ProvinceBatch.builder().sink(sink).parallelism(2).build().run(small);

        assertThat(result.failures()).extracting(f -> f.item().path()).containsExactly(refused[0], refused[1]);
        assertThat(result.failures().get(0).error()).isInstanceOf(CountyChainIOException.class)
                .hasMessageContaining("CC-9001").hasMessageContaining("disk full");
        assertThat(result.failures().get(1).error()).isInstanceOf(BatchException.class)
                .hasMessageContaining("CC-6301").hasMessageContaining("storage went away");
        assertThat(sink.discarded).containsExactly(refused[1]);
        assertThat(sink.committed).hasSize(dry.files().size() - 2).doesNotContain(refused);
        assertThat(sink.files.keySet()).containsExactlyInAnyOrderElementsOf(sink.committed);
        for (BatchFile f : result.files()) {
            assertThat(f.sha256()).isEqualTo(sha256(sink.files.get(f.path()).toByteArray()));
            assertThat(dry.files()).contains(f);   // same bytes into any sink
        }
    }

    @Test
    void aListenerThatThrowsCancelsTheBatchAndJoinSaysSo() {
        AtomicInteger calls = new AtomicInteger();
        ProvinceBatch batch = ProvinceBatch.builder().sink(new MemorySink()).parallelism(2).progressListener(e -> {
            calls.incrementAndGet();
            throw new IllegalStateException("progress bar broke");
        }).build();
        assertThatThrownBy(() -> batch.run(small)).isInstanceOf(BatchException.class)
                .hasMessageContaining("CC-6302").hasMessageContaining("progress bar broke")
                .satisfies(e -> assertThat(((BatchException) e).errorCode()).isEqualTo(BatchErrorCode.BATCH_LISTENER));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aCityWhoseConsolidationFailsIsOneFailureAndTheOtherCitiesAreWritten() {
        List<CountyDataset> counties = new ArrayList<>(province.counties().stream()
                .filter(c -> c.unitId().startsWith("3501") || c.unitId().startsWith("3505")).toList());
        CountyDataset first = counties.get(0);   // a county of 福州市
        assertThat(first.unitId()).startsWith("3501");
        List<ResearchReport> lastYear = first.reports().stream().map(r -> new ResearchReport(r.id(), r.unitId(),
                r.unitName(), r.chainId(), r.chainName(), r.templateEdition(), 2023, r.coveredCounties(), r.items(),
                r.advantageUnits(), r.preparedBy(), r.preparedOn())).toList();
        counties.set(0, first.toBuilder().reports(lastYear).build());
        ProvinceDataset p = new ProvinceDataset(province.year(), counties, null, List.of());

        List<BatchProgress> events = new ArrayList<>();
        BatchResult result = ProvinceBatch.builder().sink(new MemorySink()).progressListener(events::add).build()
                .run(p);

        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.item().phase()).isEqualTo(BatchPhase.CONSOLIDATION);
            assertThat(f.item().unitId()).isEqualTo("350100");
            assertThat(f.item().unitName()).isEqualTo("福州市");
            assertThat(f.item().isExport()).isFalse();
            assertThat(f.item().path()).isNull();
            assertThat(f.error().errorCode()).isEqualTo(ErrorCode.CONSOLIDATION_YEAR);
            assertThat(f.error().getMessage()).contains("CC-6003");
        });
        assertThat(result.files(BatchPhase.COUNTY_REPORTS)).hasSize(
                counties.stream().mapToInt(c -> c.reports().size()).sum());
        assertThat(result.files(BatchPhase.CITY_REPORTS)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.path()).startsWith("350500-泉州市/350500-泉州市-"));
        assertThat(events).filteredOn(e -> e.outcome() == BatchProgress.Outcome.FAILED).singleElement()
                .satisfies(e -> assertThat(e.item().unitId()).isEqualTo("350100"));
        // The failed consolidation stands where the city's reports would: after every county, before 泉州市.
        assertThat(events.get(result.files(BatchPhase.COUNTY_REPORTS).size()).outcome())
                .isEqualTo(BatchProgress.Outcome.FAILED);
        // 泉州市's consolidation succeeded: its event, then its reports.
        BatchProgress quanzhou = events.get(result.files(BatchPhase.COUNTY_REPORTS).size() + 1);
        assertThat(quanzhou.phase()).isEqualTo(BatchPhase.CONSOLIDATION);
        assertThat(quanzhou.outcome()).isEqualTo(BatchProgress.Outcome.CONSOLIDATED);
        assertThat(quanzhou.item().unitName()).isEqualTo("泉州市");
        // 福州市's counties here include 平潭县, whose unit 平潭综合实验区 consolidates too.
        assertThat(events).filteredOn(e -> e.phase() == BatchPhase.CONSOLIDATION)
                .extracting(e -> e.item().unitName()).containsExactly("福州市", "泉州市", "平潭综合实验区");
    }

    @Test
    void cityReportsCanBeLeftOut() {
        BatchResult result = ProvinceBatch.builder().sink(new MemorySink()).cityReports(false).build().run(small);
        assertThat(result.files(BatchPhase.CITY_REPORTS)).isEmpty();
        assertThat(result.files()).hasSize(small.counties().stream().mapToInt(c -> c.reports().size()).sum());
    }

    @Test
    void aCountyTheDivisionsDoNotKnowIsWrittenUnderUnassigned() {
        CountyDataset stranger = small.counties().get(0).toBuilder().build();
        // The reports move with the data set: a report of another unit than its data set's is refused (CC-5004).
        List<ResearchReport> reports = stranger.reports().stream().map(r -> new ResearchReport(r.id(), "359999",
                "测试县", r.chainId(), r.chainName(), r.templateEdition(), r.year(), r.coveredCounties(), r.items(),
                r.advantageUnits(), r.preparedBy(), r.preparedOn())).toList();
        CountyDataset renamed = CountyDataset.builder("359999", "测试县", stranger.year()).chains(stranger.chains())
                .enterprises(stranger.enterprises()).reports(reports).build();
        ProvinceDataset p = new ProvinceDataset(small.year(), List.of(renamed), null, List.of());
        BatchResult result = ProvinceBatch.builder().sink(new MemorySink()).build().run(p);
        assertThat(result.files()).isNotEmpty().allSatisfy(f ->
                assertThat(f.path()).startsWith("未归属设区市/359999-测试县/359999-测试县-"));
    }

    @Test
    void anEmptyProvinceGivesAnEmptyCompleteResult() {
        BatchResult result = ProvinceBatch.builder().outputDirectory(tmp.resolve("out")).build()
                .run(new ProvinceDataset(2024, List.of(), null, List.of()));
        assertThat(result.isComplete()).isTrue();
        assertThat(result.files()).isEmpty();
        assertThat(tmp.resolve("out")).isEmptyDirectory();
    }

    @Test
    void anUnusableOutputDirectoryFailsBeforeAnythingRuns() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        AtomicInteger calls = new AtomicInteger();
        ProvinceBatch batch = ProvinceBatch.builder().outputDirectory(file.resolve("out"))
                .progressListener(e -> calls.incrementAndGet()).build();
        assertThatThrownBy(() -> batch.start(small)).isInstanceOf(CountyChainIOException.class)
                .hasMessageContaining("CC-9010");
        assertThat(calls).hasValue(0);
    }

    @Test
    void theBuilderRefusesWhatCannotWork() {
        assertThatThrownBy(() -> ProvinceBatch.builder().build()).hasMessageContaining("CC-1001");
        assertThatThrownBy(() -> ProvinceBatch.builder().parallelism(0)).hasMessageContaining("CC-1002");
        ProvinceBatch.builder().parallelism(1);
        assertThatThrownBy(() -> ProvinceBatch.builder().exporters(new org.countychain.export.docx.DocxExporter(),
                new org.countychain.export.docx.DocxExporter())).hasMessageContaining("CC-1003");
    }

    /** Keeps every file in memory, and records which were committed and which discarded. */
    static class MemorySink implements BatchSink {
        final Map<String, ByteArrayOutputStream> files = new ConcurrentHashMap<>();
        final List<String> committed = Collections.synchronizedList(new ArrayList<>());
        final List<String> discarded = Collections.synchronizedList(new ArrayList<>());

        @Override
        public OutputStream open(String path) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.put(path, out);
            return out;
        }

        @Override
        public void commit(String path) {
            committed.add(path);
        }

        @Override
        public void discard(String path) {
            discarded.add(path);
            files.remove(path);
        }
    }

    /** The county reports, and the reports the default consolidator makes per city-level unit. */
    static int expectedReports(ProvinceDataset p) {
        int n = p.counties().stream().mapToInt(c -> c.reports().size()).sum();
        for (var e : byCity(p).entrySet()) {
            n += Consolidator.defaults().consolidate(e.getKey(), p.year(), e.getValue()).mergedReports().size();
        }
        return n;
    }

    /** The steps of a batch with one format: every report, and one consolidation per city-level unit with counties. */
    static int expectedSteps(ProvinceDataset p) {
        return expectedReports(p) + byCity(p).size();
    }

    private static Map<String, List<CountyDataset>> byCity(ProvinceDataset p) {
        Divisions fujian = Divisions.fujian();
        Map<String, List<CountyDataset>> byCity = new TreeMap<>();
        for (CountyDataset c : p.counties()) {
            byCity.computeIfAbsent(fujian.cityLevelUnitOf(DivisionCode.of(c.unitId())).orElseThrow().id(),
                    k -> new ArrayList<>()).add(c);
        }
        return byCity;
    }

    static ResearchReport withoutItem(ResearchReport r, String itemId) {
        return new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(), r.templateEdition(),
                r.year(), r.coveredCounties(), r.items().stream().filter(i -> !i.itemId().equals(itemId)).toList(),
                r.advantageUnits(), r.preparedBy(), r.preparedOn());
    }

    static List<String> filesUnder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()
                    .replace('\\', '/')).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
