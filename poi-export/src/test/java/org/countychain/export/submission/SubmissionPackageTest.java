package org.countychain.export.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.countychain.export.JavaSerialization.roundTrip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.countychain.ErrorCode;
import org.countychain.InvalidInputException;
import org.countychain.coverage.CoverageCounts;
import org.countychain.fixtures.PlantedGaps;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.test.docx.DocxInspector;
import org.countychain.export.model.ExportMode;
import org.countychain.json.CountyChainJson;
import org.countychain.report.ResearchReport;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/** The city submission package read back: zip entries, every document, the index, the manifest, the deadline. */
class SubmissionPackageTest {
    private static final String ROOT = QuanzhouPackage.ROOT;
    private static final List<CountyDataset> datasets = QuanzhouPackage.DATASETS;
    private static final byte[] zip = QuanzhouPackage.ZIP;
    private static final PackageResult result = QuanzhouPackage.RESULT;

    private static SubmissionPackage.Builder quanzhou(List<CountyDataset> input) {
        return QuanzhouPackage.builder(input);
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        return QuanzhouPackage.unzip(bytes);
    }

    private static String sha256(byte[] bytes) {
        return QuanzhouPackage.sha256(bytes);
    }

    @Test
    void entriesAreOneFolderOfSortedNames() throws IOException {
        List<String> names = new ArrayList<>(unzip(zip).keySet());
        assertThat(names).isSorted().allMatch(n -> n.startsWith(ROOT));
        assertThat(names).contains(ROOT, ROOT + "manifest.json", ROOT + "报送索引.xlsx", ROOT + "县（市、区）报告/",
                ROOT + "设区市汇总报告/", ROOT + "设区市汇总报告/350500-泉州市-鞋服纺织.docx",
                ROOT + "县（市、区）报告/350582-晋江市-集成电路.docx");
        // 17 own reports (德化 and 洛江 have none, 晋江 one) and the consolidated one
        assertThat(names).filteredOn(n -> n.endsWith(".docx")).hasSize(18);
        assertThat(names).noneMatch(n -> n.contains("350526-") || n.contains("350504-"));
    }

    @Test
    void everyDocumentOpensAndIsTheReportItClaims() throws IOException {
        Map<String, byte[]> files = unzip(zip);
        for (PackagedReport r : result.manifest().reports()) {
            byte[] docx = files.get(ROOT + r.file());
            assertThat(docx).as(r.file()).isNotNull();
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                assertThat(doc.getParagraphs()).isNotEmpty();
            }
            assertThat(DocxInspector.inspect(docx).headings().get(0).text()).as(r.file())
                    .startsWith(r.unitName());
        }
        PackagedReport consolidated = result.manifest().reports().stream().filter(PackagedReport::consolidated)
                .findFirst().orElseThrow();
        assertThat(consolidated.coveredCounties()).containsExactlyElementsOf(PlantedGaps.CONSOLIDATED_COUNTIES);
        assertThat(consolidated.file()).isEqualTo("设区市汇总报告/350500-泉州市-鞋服纺织.docx");
    }

    @Test
    void manifestListsEveryOtherFileWithItsHash() throws IOException {
        Map<String, byte[]> files = unzip(zip);
        PackageManifest m = CountyChainJson.defaults().read(new String(files.get(ROOT + "manifest.json"),
                StandardCharsets.UTF_8), PackageManifest.class);
        assertThat(m).isEqualTo(result.manifest());
        assertThat(m.format()).isEqualTo(SubmissionPackage.FORMAT);
        assertThat(m.cityLevelUnitName()).isEqualTo("泉州市");
        List<String> listed = new ArrayList<>();
        for (PackagedFile f : m.files()) {
            byte[] bytes = files.get(ROOT + f.name());
            assertThat(bytes).as(f.name()).isNotNull();
            assertThat(f.size()).isEqualTo(bytes.length);
            assertThat(f.sha256()).isEqualTo(sha256(bytes));
            listed.add(ROOT + f.name());
        }
        List<String> others = files.keySet().stream().filter(n -> !n.endsWith("/") && !n.endsWith("manifest.json"))
                .toList();
        assertThat(listed).containsExactlyElementsOf(others);
        assertThat(m.coverage()).isEqualTo(new CoverageCounts(11, 9, 1, 1, 1, 3));
        assertThat(result.bytesWritten()).isEqualTo(zip.length);
    }

    @Test
    void indexWorkbookHasARowPerReportAndTheCoverage() throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(unzip(zip).get(ROOT + "报送索引.xlsx")))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            // no time of writing: the same lists give the same bytes
            assertThat(((XSSFWorkbook) wb).getProperties().getCoreProperties().getCreated()).isNull();
            Sheet index = wb.getSheet("报告索引");
            assertThat(index.getRow(0).getCell(0).getStringCellValue()).startsWith("R16 · 闽科高〔2024〕135号 七 · 泉州市2024年");
            assertThat(index.getLastRowNum()).isEqualTo(1 + 18);
            List<String> files = new ArrayList<>();
            for (int r = 2; r <= index.getLastRowNum(); r++) {
                files.add(index.getRow(r).getCell(6).getStringCellValue());
                assertThat(index.getRow(r).getCell(7).getStringCellValue()).isEqualTo("完整，可报送");
            }
            assertThat(files).containsExactlyElementsOf(result.manifest().reports().stream().map(PackagedReport::file)
                    .toList());
            int consolidatedRow = files.indexOf("设区市汇总报告/350500-泉州市-鞋服纺织.docx") + 2;
            assertThat(index.getRow(consolidatedRow).getCell(4).getStringCellValue())
                    .isEqualTo("350502、350504、350582");
            assertThat(index.getRow(consolidatedRow).getCell(5).getStringCellValue()).isEqualTo("设区市汇总报告");
            Sheet about = wb.getSheet("报送情况");
            assertThat(about.getRow(6).getCell(1).getStringCellValue()).isEqualTo("2024-10-31");
            assertThat(about.getRow(8).getCell(1).getStringCellValue()).isEqualTo("未逾期");
            Sheet coverage = wb.getSheet("报告覆盖");
            assertThat(coverage.getLastRowNum()).isEqualTo(1 + 11);
            assertThat(wb.getSheet("试点县缺链").getRow(2).getCell(3).getStringCellValue()).isEqualTo("石材建材");
            assertThat(wb.getSheet("无特派团产业链").getLastRowNum()).isEqualTo(1 + 3);
        }
    }

    @Test
    void sameInputInAnyOrderGivesTheSameBytes() {
        List<CountyDataset> shuffled = new ArrayList<>(datasets);
        Collections.shuffle(shuffled, new Random(11));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        quanzhou(shuffled).asOf(LocalDate.of(2024, 10, 31)).build().write(again);
        assertThat(again.toByteArray()).isEqualTo(zip);
    }

    @Test
    void deadlineIsTheLastDayOfOctoberInclusive() {
        assertThat(DeadlineStatus.of(2024, LocalDate.of(2024, 10, 31))).isEqualTo(
                new DeadlineStatus(LocalDate.of(2024, 10, 31), LocalDate.of(2024, 10, 31), false, 0));
        assertThat(DeadlineStatus.of(2024, LocalDate.of(2024, 11, 1)).daysLate()).isEqualTo(1);
        assertThat(DeadlineStatus.of(2024, LocalDate.of(2024, 11, 1)).late()).isTrue();
        assertThat(DeadlineStatus.of(2024, LocalDate.of(2025, 1, 1)).daysLate()).isEqualTo(62);
        assertThat(DeadlineStatus.of(2024, LocalDate.of(2024, 1, 1)).late()).isFalse();
        assertThat(DeadlineStatus.of(2024, null).late()).isFalse();
        assertThat(result.late()).isFalse();
        assertThatThrownBy(() -> new DeadlineStatus(LocalDate.of(2024, 10, 31), LocalDate.of(2024, 11, 1), false, 0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLatePackageIsStillMadeAndSaysSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackageResult late = quanzhou(datasets).asOf(LocalDate.of(2024, 11, 1)).build().write(out);
        assertThat(late.late()).isTrue();
        assertThat(late.manifest().deadline().daysLate()).isEqualTo(1);
        assertThat(late.manifest().reports()).hasSize(18);
        String manifest = new String(unzip(out.toByteArray()).get(ROOT + "manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"asOf\" : \"2024-11-01\"", "\"late\" : true", "\"daysLate\" : 1");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(unzip(out.toByteArray())
                .get(ROOT + "报送索引.xlsx")))) {
            assertThat(wb.getSheet("报送情况").getRow(8).getCell(1).getStringCellValue()).isEqualTo("逾期 1 天");
        }
    }

    @Test
    void draftModePackagesIncompleteReportsAndSaysWhatTheyLack() {
        List<CountyDataset> input = withEmptyReport("350502");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackageResult r = quanzhou(input).build().write(out);
        PackagedReport empty = r.manifest().reports().stream().filter(p -> !p.complete()).findFirst().orElseThrow();
        assertThat(empty.unitId()).isEqualTo("350502");
        assertThat(empty.missingItems()).contains("1.1", "3.3");
        assertThat(r.manifest().reports().stream().filter(p -> !p.complete())).hasSize(1);
    }

    @Test
    void submissionModeRefusesIncompleteReportsNamingEachOne() {
        List<CountyDataset> input = withEmptyReport("350502");
        assertThatThrownBy(() -> quanzhou(input).mode(ExportMode.SUBMISSION).build()
                .write(new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(IncompletePackageException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(SubmissionErrorCode.SUBMISSION_INCOMPLETE);
                    assertThat(e.missingItems()).containsOnlyKeys(emptied(input).id());
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("CC-6103", "1 份报告不完整");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("1 report(s) are incomplete");
                });
        PackageResult complete = quanzhou(datasets).mode(ExportMode.SUBMISSION).build()
                .write(new ByteArrayOutputStream());
        assertThat(complete.manifest().mode()).isEqualTo(ExportMode.SUBMISSION);
    }

    @Test
    void theRefusalKeepsEveryIncompleteReportThroughJavaSerialization() throws Exception {
        List<CountyDataset> input = withEmptyReport("350502");
        IncompletePackageException thrown = catchThrowableOfType(IncompletePackageException.class,
                () -> quanzhou(input).mode(ExportMode.SUBMISSION).build().write(new ByteArrayOutputStream()));
        assertThat(thrown.missingItems().get(emptied(input).id())).as("the case names items").contains("1.1");

        IncompletePackageException read = roundTrip(thrown);
        for (IncompletePackageException copy : List.of(read, roundTrip(read))) {
            assertThat(copy.missingItems()).isEqualTo(thrown.missingItems()).isUnmodifiable();
            assertThat(copy.getMessage(Locale.ENGLISH)).isEqualTo(thrown.getMessage(Locale.ENGLISH));
        }
    }

    /** The province's data sets with the first report of one unit emptied of every item. */
    static List<CountyDataset> withEmptyReport(String unitId) {
        List<CountyDataset> out = new ArrayList<>();
        for (CountyDataset d : datasets) {
            if (d.unitId().equals(unitId)) {
                List<ResearchReport> reports = new ArrayList<>(d.reports());
                ResearchReport r = reports.get(0);
                reports.set(0, new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), r.chainName(),
                        r.templateEdition(), r.year(), r.coveredCounties(), List.of(), List.of(), null, null));
                out.add(d.toBuilder().reports(reports).build());
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private static ResearchReport emptied(List<CountyDataset> input) {
        return input.stream().flatMap(d -> d.reports().stream()).filter(r -> r.items().isEmpty()).findFirst()
                .orElseThrow();
    }

    @Test
    void withoutTheCitysDataSetThePackageConsolidates() {
        List<CountyDataset> counties = datasets.stream().filter(d -> !d.unitId().equals(PlantedGaps.CITY)).toList();
        PackageResult r = quanzhou(counties).build().write(new ByteArrayOutputStream());
        assertThat(r.manifest().consolidatedHere()).isTrue();
        List<PackagedReport> merged = r.manifest().reports().stream().filter(PackagedReport::consolidated).toList();
        assertThat(merged).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).startsWith(SubmissionPackage.CITY_FOLDER + "/350500-泉州市-");
            assertThat(p.unitId()).isEqualTo(PlantedGaps.CITY);
            assertThat(p.coveredCounties()).hasSizeGreaterThan(1);
        });
        // the counties' own reports are all still there
        assertThat(r.manifest().reports()).filteredOn(p -> !p.consolidated()).hasSize(17);
        assertThat(r.coverage().counts().consolidatedOnly() + r.coverage().counts().ownReport())
                .isEqualTo(r.coverage().counts().units() - r.coverage().counts().noReport());

        PackageResult plain = quanzhou(counties).consolidate(false).build().write(new ByteArrayOutputStream());
        assertThat(plain.manifest().consolidatedHere()).isFalse();
        assertThat(plain.manifest().reports()).noneMatch(PackagedReport::consolidated).hasSize(17);
        assertThat(result.manifest().consolidatedHere()).isFalse();
    }

    @Test
    void reportsSentInACitySubmissionArePackagedOnce() {
        CountyDataset jinjiang = SampleCounty.jinjiang();
        CitySubmission sent = new CitySubmission("350500", "泉州市", 2024, jinjiang.reports(), List.of(), null);
        PackageResult r = SubmissionPackage.builder("350500", 2024).dataset(jinjiang)
                .submissions(List.of(sent)).build().write(new ByteArrayOutputStream());
        assertThat(r.manifest().reports()).extracting(PackagedReport::file)
                .containsExactly("县（市、区）报告/350582-晋江市-纺织鞋服.docx");
        PackageResult onlySent = SubmissionPackage.builder("350500", 2024).submissions(List.of(sent)).build()
                .write(new ByteArrayOutputStream());
        assertThat(onlySent.manifest().reports()).hasSize(1);
    }

    @Test
    void mistakesAreRefusedWithTheirCodes() {
        assertThatThrownBy(() -> SubmissionPackage.builder("350582", 2024).dataset(SampleCounty.jinjiang()).build()
                .write(new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONSOLIDATION_UNKNOWN_CITY));
        assertThatThrownBy(() -> SubmissionPackage.builder("350100", 2024).dataset(SampleCounty.jinjiang()).build()
                .write(new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(SubmissionErrorCode.SUBMISSION_NO_REPORTS);
                    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("350100 福州市", "2024");
                });
        assertThatThrownBy(() -> SubmissionPackage.builder("350500", 2025).dataset(SampleCounty.jinjiang()).build()
                .write(new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SubmissionErrorCode.SUBMISSION_NO_REPORTS));
        assertThatThrownBy(() -> SubmissionPackage.builder(null, 2024)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SubmissionPackage.builder("350500", 1900)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> quanzhou(datasets).build().write((Path) null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("file");
        CountyDataset jinjiang = SampleCounty.jinjiang();
        ResearchReport r = jinjiang.reports().get(0);
        ResearchReport other = new ResearchReport(r.id(), r.unitId(), r.unitName(), r.chainId(), "另一条链",
                r.templateEdition(), r.year(), r.coveredCounties(), r.items(), r.advantageUnits(), null, null);
        CitySubmission sent = new CitySubmission("350500", "泉州市", 2024, List.of(other), List.of(), null);
        assertThatThrownBy(() -> SubmissionPackage.builder("350500", 2024).dataset(jinjiang)
                .submissions(List.of(sent)).build().write(new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(SubmissionErrorCode.SUBMISSION_DUPLICATE_REPORT);
                    assertThat(e.getMessage(Locale.ENGLISH)).contains(r.id());
                });
    }

    @Test
    void writingToAFileGivesTheSameBytes(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("泉州市.zip");
        PackageResult r = quanzhou(datasets).asOf(LocalDate.of(2024, 10, 31)).build().write(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(zip);
        assertThat(r.bytesWritten()).isEqualTo(Files.size(file));
    }

    @Test
    void centralDirectorySaysUtf8TwiceAndTheTimeIsFixed() {
        List<RawZip.Entry> entries = RawZip.entries(zip);
        assertThat(entries).hasSize(Math.toIntExact(entries.stream().map(RawZip.Entry::name).distinct().count()));
        for (RawZip.Entry e : entries) {
            assertThat(e.flags() & 0x800).as("bit 11 of " + e.name()).isEqualTo(0x800);
            assertThat(e.localFlags() & 0x800).as("local bit 11 of " + e.name()).isEqualTo(0x800);
            assertThat(e.localNameBytes()).isEqualTo(e.nameBytes());
            // 2026-01-01 00:00 in DOS form: date ((2026-1980) << 9 | 1 << 5 | 1), time 0
            assertThat(e.dosDate()).isEqualTo((46 << 9) | (1 << 5) | 1);
            assertThat(e.dosTime()).isZero();
            boolean ascii = e.nameBytes().length == e.name().length();
            if (ascii) {
                assertThat(e.centralExtra()).doesNotContainKey(0x7075);
                continue;
            }
            for (Map<Integer, byte[]> extra : List.of(e.centralExtra(), e.localExtra())) {
                byte[] up = extra.get(0x7075);
                assertThat(up).as("Unicode Path field of " + e.name()).isNotNull();
                assertThat(up[0]).isEqualTo((byte) 1);
                CRC32 crc = new CRC32();
                crc.update(e.nameBytes());
                long stored = (up[1] & 0xFFL) | (up[2] & 0xFFL) << 8 | (up[3] & 0xFFL) << 16 | (up[4] & 0xFFL) << 24;
                assertThat(stored).isEqualTo(crc.getValue());
                assertThat(new String(up, 5, up.length - 5, StandardCharsets.UTF_8)).isEqualTo(e.name());
            }
        }
        assertThat(entries).filteredOn(e -> e.name().endsWith(".docx") || e.name().endsWith(".xlsx"))
                .allMatch(e -> e.method() == 0);
        assertThat(entries).filteredOn(e -> e.name().endsWith(".json")).allMatch(e -> e.method() == 8);
    }
}
