package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.json.CountyChainJson;
import org.countychain.json.LenientJsonReader;
import org.countychain.json.LenientRead;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningInput;
import org.countychain.rules.ScreeningResult;
import org.countychain.sample.SampleCounty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county data set with 50 different malformed values spread over every family of the model (the data set, chains
 * and their maps, enterprises with their years, statistics reports, institutions and certificates, service
 * contacts, talent teams with leaders, members, tasks and results, platforms and enclaves, demands, achievements,
 * reports with items, blocks and advantage units, the watch list): {@code validate} reports all 50 in one run, each
 * at its own path with its line, and exits 1; {@code screen} screens every enterprise that is still usable.
 */
class FiftyProblemsTest {
    /** Keeps decimals exactly as written, so that the corpus differs from the base only where it is corrupted. */
    private static final ObjectMapper MAPPER = CountyChainJson.newMapper()
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    /** Path to change → its new value (JSON) → the code of the violation expected at that path. */
    private static final Map<String, String[]> CORRUPTIONS = new LinkedHashMap<>();

    static {
        c("note", "5", "CC-2002");
        c("chains[0].industryCode", "19", "CC-2002");
        c("chains[0].aliases[1]", "true", "CC-2002");
        c("chains[0].map.stages[0].extra", "\"UPSTREAMX\"", "CC-2003");
        c("chains[0].map.stages[0].links[0].technologies[0].bottlenecks[0].kind", "\"BAD\"", "CC-2004");
        c("chains[0].map.stages[0].links[0].actors[0].creditCode", "\"91350582777506625I\"", "CC-1102");
        c("chains[0].map.stages[1].links[0].actors[0].kind", "\"ALIEN\"", "CC-2004");
        c("enterprises[0].creditCode", "\"9135050015580121IM\"", "CC-1102");
        c("enterprises[1].county", "\"35058\"", "CC-1201");
        c("enterprises[2].registeredOn", "\"2001-02-30\"", "CC-1004");
        c("enterprises[3].aboveScale", "\"yes\"", "CC-2002");
        c("enterprises[4].industryCode", "1951", "CC-2002");
        c("enterprises[5].chainIds[0]", "7", "CC-2002");
        c("enterprises[6].scienceTechSme", "\"no\"", "CC-2002");
        c("enterprises[7].years[0].rdExpense", "\"abc\"", "CC-2002");
        c("enterprises[8].years[1].employees", "1.5", "CC-2002");
        c("enterprises[9].years[2].incentivesUsed[0]", "\"FREE_MONEY\"", "CC-2004");
        c("enterprises[24].highTechCertificates[0].extra", "1", "CC-2003");
        c("enterprises[12].serviceContact.phone", "13800000101", "CC-2002");
        c("enterprises[19].years[0].statisticsReport.projectCount", "\"nine\"", "CC-2002");
        c("enterprises[20].years[1].rdInstitutions[0].level", "\"GALACTIC\"", "CC-2004");
        c("enterprises[21].years[1].auxiliaryLedgerStyle", "\"STYLE_1999\"", "CC-2004");
        c("enterprises[15].extraField", "\"x\"", "CC-2003");
        c("enterprises[16].name", "[\"a\"]", "CC-2002");
        c("enterprises[17].years[0].year", "\"2022年\"", "CC-2002");
        c("teams[0].chainIds[0]", "3", "CC-2002");
        c("teams[0].leader.phone", "13800000101", "CC-2002");
        c("teams[0].members[0].field", "5", "CC-2002");
        c("teams[0].tasks[0].status", "\"STUCK\"", "CC-2004");
        c("teams[0].tasks[1].funding", "\"lots\"", "CC-2002");
        c("teams[0].results[0].postSubsidyRecommended", "\"yes\"", "CC-2002");
        c("platforms[0].type", "\"SPACESHIP\"", "CC-2004");
        c("platforms[1].level", "3", "CC-2002");
        c("platforms[3].operator", "\"9135058273569832IY\"", "CC-1102");
        c("platforms[5].enclave.division", "\"31000\"", "CC-1201");
        c("platforms[6].chainIds", "\"350582-textile-footwear\"", "CC-2002");
        c("demands[0].county", "350582", "CC-2002");
        c("demands[1].proposerCode", "\"9135058267193024IQ\"", "CC-1102");
        c("demands[2].keywords[0]", "1", "CC-2002");
        c("achievements[0].region", "\"3505\"", "CC-1201");
        c("achievements[1].industryCode", "2651", "CC-2002");
        c("achievements[2].keywords", "{}", "CC-2002");
        c("reports[0].preparedOn", "\"2024-09-31\"", "CC-1004");
        c("reports[0].advantageUnits[0].kind", "\"ALIENS\"", "CC-2004");
        // An unknown block type makes the block unreadable as a whole: it is reported at the block.
        c("reports[0].items[0].blocks[1].type", "\"poem\"", "CC-2004 reports[0].items[0].blocks[1]");
        c("reports[0].coveredCounties[0]", "\"35O582\"", "CC-1201");
        c("reports[0].items[1].blocks[0].text", "42", "CC-2002");
        c("watchList.source", "7", "CC-2002");
        c("watchList.entries[0].creditCode", "\"91350102MA2XK7B4I4\"", "CC-1102");
        c("year", "2024", null); // unchanged: the data set's own year stays readable
        c("unitName", "\"晋江市\"", null);
        c("enterprises[18].years[1].rdAboveRevenueExplained", "\"no\"", "CC-2002");
    }

    @TempDir
    static Path tmp;
    private static Path corpus;
    private static CountyDataset base;

    private static void c(String path, String json, String code) {
        CORRUPTIONS.put(path, new String[] {json, code});
    }

    /**
     * The sample without its three planted warnings (E09, E47, E48), so that the base validates with no violation
     * at all and every violation of the corpus is one of the 50.
     */
    @BeforeAll
    static void writeCorpus() throws IOException {
        CountyDataset sample = SampleCounty.jinjiang();
        List<Enterprise> enterprises = new ArrayList<>(sample.enterprises());
        enterprises.removeIf(e -> Set.of("91350582784527160J", "91350427MA2YF7M96U", "91330782147045393N")
                .contains(e.creditCode().value()));
        base = sample.toBuilder().enterprises(enterprises).build();
        ObjectNode root = (ObjectNode) MAPPER.readTree(CountyChainJson.defaults().writeToString(base));
        for (Map.Entry<String, String[]> e : CORRUPTIONS.entrySet()) {
            set(root, e.getKey(), MAPPER.readTree(e.getValue()[0]));
        }
        corpus = tmp.resolve("fifty.json");
        Files.writeString(corpus, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root),
                StandardCharsets.UTF_8);
    }

    private static Map<String, String> expected() {
        Map<String, String> expected = new TreeMap<>();
        CORRUPTIONS.forEach((path, v) -> {
            if (v[1] != null) {
                String[] codeAndPath = v[1].split(" ");
                expected.put(codeAndPath.length > 1 ? codeAndPath[1] : path, codeAndPath[0]);
            }
        });
        return expected;
    }

    @Test
    void theBaseIsClean() throws IOException {
        Path file = tmp.resolve("base.json");
        CountyChainJson.defaults().write(base, file);
        CliRunner.Result r = CliRunner.run("--lang", "en", "validate", file.toString());
        assertThat(r.out()).isEqualTo(file + ": valid, 0 errors, 0 warnings\n");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void validateReportsAllFiftyInOneRun() throws IOException {
        assertThat(expected()).hasSize(50);
        CliRunner.Result r = CliRunner.run("--lang", "en", "validate", corpus.toString(),
                "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode result = MAPPER.readTree(r.out());
        Map<String, String> found = new TreeMap<>();
        Set<Integer> lines = new TreeSet<>();
        Pattern line = Pattern.compile("line (\\d+), column (\\d+)\\)$");
        for (JsonNode v : result.get("violations")) {
            assertThat(found.put(v.get("path").asText(), v.get("code").asText())).as("one violation per path: "
                    + v).isNull();
            Matcher m = line.matcher(v.get("message").asText());
            assertThat(m.find()).as(v.toString()).isTrue();
            lines.add(Integer.parseInt(m.group(1)));
        }
        assertThat(found).isEqualTo(expected());
        assertThat(result.get("errorCount").asInt()).isEqualTo(50);
        assertThat(lines).as("each at its own line in the file").hasSize(50);
        // The text form lists the same 50 and ends with the count.
        CliRunner.Result text = CliRunner.run("--lang", "en", "validate", corpus.toString());
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out().lines().filter(l -> l.startsWith("ERROR CC-"))).hasSize(50);
        assertThat(text.out()).endsWith(corpus + ": invalid, 50 errors, 0 warnings\n");
    }

    @Test
    void screenScreensEveryEnterpriseThatIsStillUsable() throws IOException {
        Path out = tmp.resolve("screening");
        CliRunner.Result r = CliRunner.run("--lang", "en", "screen", corpus.toString(), "--out",
                out.toString());
        assertThat(r.exitCode()).isZero();
        // Left out: the enterprises whose credit code, county or name cannot be read; the rest are screened.
        assertThat(r.err()).contains("left out enterprises[0] (line ", "left out enterprises[1] (line ",
                "left out enterprises[16] (line ").contains("CC-1102").contains("elements left out");
        // What was read: every enterprise but those three, the untouched ones exactly as they were.
        LenientRead<CountyDataset> read = LenientJsonReader.defaults().read(corpus, CountyDataset.class);
        Set<Integer> touched = new TreeSet<>();
        Matcher m = Pattern.compile("^enterprises\\[(\\d+)]").matcher("");
        for (String path : CORRUPTIONS.keySet()) {
            if (m.reset(path).find()) {
                touched.add(Integer.parseInt(m.group(1)));
            }
        }
        // The base as the strict reader reads it back (amounts keep the scale they are written with).
        CountyDataset baseRead = CountyChainJson.defaults().read(CountyChainJson.defaults().writeToString(base),
                CountyDataset.class);
        List<Enterprise> untouched = new ArrayList<>();
        for (int i = 0; i < baseRead.enterprises().size(); i++) {
            if (!touched.contains(i)) {
                untouched.add(baseRead.enterprises().get(i));
            }
        }
        assertThat(untouched).hasSizeGreaterThan(20);
        assertThat(read.value().enterprises()).hasSize(base.enterprises().size() - 3);
        Map<String, Enterprise> byCode = new TreeMap<>();
        read.value().enterprises().forEach(e -> byCode.put(e.creditCode().value(), e));
        for (Enterprise e : untouched) {
            assertThat(byCode.get(e.creditCode().value())).as(e.creditCode().value()).isEqualTo(e);
        }
        // And what was screened is exactly that data set: the command's result is the engine's on it.
        ScreeningResult expected = RuleEngine.builder().discover(FiftyProblemsTest.class.getClassLoader()).build()
                .screen(ScreeningInput.builder().county(read.value()).build());
        assertThat(Files.readString(out.resolve(ScreenCommand.RESULT_FILE)))
                .isEqualTo(CountyChainJson.defaults().writeToString(expected));
    }

    /** Sets a value at a path such as {@code chains[0].map.stages[1].kind}, creating the last field if needed. */
    private static void set(ObjectNode root, String path, JsonNode value) {
        List<Object> steps = new ArrayList<>();
        Matcher m = Pattern.compile("\\[(\\d+)]|([^.\\[\\]]+)").matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? (Object) Integer.parseInt(m.group(1)) : m.group(2));
        }
        JsonNode current = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object s = steps.get(i);
            current = s instanceof Integer n ? current.get(n) : current.get((String) s);
            if (current == null) {
                throw new IllegalArgumentException("no " + path + " in the sample (at step " + s + ")");
            }
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer n) {
            ((ArrayNode) current).set(n, value);
        } else {
            ((ObjectNode) current).set((String) last, value);
        }
    }
}
