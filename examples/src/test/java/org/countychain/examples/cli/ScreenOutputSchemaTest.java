package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.export.excel.EnterpriseListWriter;
import org.countychain.fixtures.FormatSchemas;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.NoticeList;
import org.countychain.rules.ScreeningResult;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON file {@code countychain screen --out DIR} writes, and what {@code --format json} prints, against the
 * schemas in {@code docs/schema/}: {@code screening.json} against {@code screening-result.schema.json}, each notice
 * list against {@code notice-list.schema.json}; for the sample county, a synthetic county and a synthetic province.
 * A file kind the command starts writing without a schema fails here.
 */
class ScreenOutputSchemaTest {
    private static final JsonSchema RESULT = FormatSchemas.of(ScreeningResult.class);
    private static final JsonSchema LIST = FormatSchemas.named("notice-list.schema.json");

    /** The service list {@code screen --out} wrote for the sample, read once for the rejection cases. */
    private static String serviceList;

    @TempDir
    Path tmp;

    @BeforeAll
    static void screenTheSampleOnce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("jinjiang-2024.json");
        CountyChainJson.defaults().write(SampleCounty.jinjiang(), file);
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("screen", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        serviceList = Files.readString(out.resolve(NoticeList.SERVICE_LIST.fileName() + ".json"));
    }

    /** A data set to screen: the object written as the input file, and extra options. */
    private record Input(Object dataset, List<String> options) {
    }

    static Stream<Named<Input>> inputs() {
        ProvinceDataset province = SyntheticProvince.generate(20240828L, 600);
        return Stream.of(
                Named.of("晋江 sample", new Input(SampleCounty.jinjiang(), List.of("--as-of", "2024-11-01"))),
                Named.of("synthetic county", new Input(province.counties().get(0), List.of())),
                Named.of("synthetic province", new Input(province, List.of("--as-of", "2024-11-01"))));
    }

    private static Set<String> expectedFiles() {
        Set<String> names = new TreeSet<>();
        names.add(ScreenCommand.RESULT_FILE);
        for (NoticeList list : NoticeList.values()) {
            names.add(list.fileName() + ".json");
        }
        return names;
    }

    private static JsonNode read(Path file) {
        try {
            return FormatSchemas.tree(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path screen(Input input) {
        Path file = tmp.resolve("input.json");
        CountyChainJson.defaults().write(input.dataset(), file);
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("screen", file.toString(), "--out", out.toString()));
        args.addAll(input.options());
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyJsonFileTheCommandWritesIsValid(Input input) throws IOException {
        Path out = screen(input);
        Set<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.list(out)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(written::add);
        }
        assertThat(written).as("the JSON files of screen --out, each with its schema").isEqualTo(expectedFiles());
        JsonNode result = read(out.resolve(ScreenCommand.RESULT_FILE));
        assertThat(RESULT.validate(result)).as(ScreenCommand.RESULT_FILE).isEmpty();
        int listed = 0;
        for (NoticeList list : NoticeList.values()) {
            JsonNode document = read(out.resolve(list.fileName() + ".json"));
            assertThat(LIST.validate(document)).as(list.fileName()).isEmpty();
            listed += document.get("findings").size();
        }
        // The lists are not empty, so their findings were checked too.
        assertThat(listed).isGreaterThan(10);
    }

    @Test
    void theJsonPrintedForAnXlsxListIsValidWithItsImportReport() throws IOException {
        Path list = tmp.resolve("list.xlsx");
        EnterpriseListWriter.writeXlsx(SampleCounty.jinjiang().enterprises(), list);
        CliRunner.Result r = CliRunner.run("screen", list.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode printed = FormatSchemas.tree(r.out());
        assertThat(printed.get("import").get("sheets")).isNotEmpty();
        assertThat(RESULT.validate(printed)).isEmpty();
        ((ObjectNode) printed.get("import").get("sheets").get(0)).put("rowsRead", -1);
        assertThat(RESULT.validate(printed)).extracting(m -> m.getInstanceLocation().toString())
                .contains("/import/sheets/0/rowsRead");
    }

    // ---------------------------------------------------------------- what the list schema rejects

    /** A change to the real service list and the JSON pointer of the element the schema must name. */
    private record Breakage(Consumer<ObjectNode> change, String location) {
    }

    static Stream<Named<Breakage>> breakages() {
        return Stream.of(
                Named.of("an unknown list", new Breakage(d -> d.put("list", "shopping-list"), "/list")),
                Named.of("no reporting year", new Breakage(d -> d.remove("reportingYear"), "")),
                Named.of("the year as text", new Breakage(d -> d.put("reportingYear", "2024"), "/reportingYear")),
                Named.of("another list's codes", new Breakage(d -> d.putArray("codes").add("R7-PRIORITY"), "/codes")),
                Named.of("another list's title", new Breakage(d -> ((ObjectNode) d.get("title"))
                        .put("zh", "优先推荐申报科技计划项目企业清单"), "/title")),
                Named.of("a finding of another list", new Breakage(d -> ((ObjectNode) d.get("findings").get(0))
                        .put("code", "R7-PRIORITY").put("ruleId", "R7").put("severity", "INFO"), "/findings/0/code")),
                Named.of("a finding without its subject", new Breakage(d -> ((ObjectNode) d.get("findings").get(0))
                        .remove("subject"), "/findings/0")),
                Named.of("findings not a list", new Breakage(d -> d.put("findings", "none"), "/findings")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void theListSchemaRejectsABrokenListAtTheBrokenElement(Breakage breakage) {
        ObjectNode document = (ObjectNode) FormatSchemas.tree(serviceList);
        assertThat(LIST.validate(document)).isEmpty();
        breakage.change().accept(document);
        Set<ValidationMessage> errors = LIST.validate(document);
        assertThat(errors).isNotEmpty();
        assertThat(errors).extracting(m -> m.getInstanceLocation().toString()).contains(breakage.location());
    }
}
