package org.countychain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.countychain.rules.model.Finding;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.notice.R05ResearchGapRule;
import org.countychain.rules.notice.R11HighTechRule;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a screening (检查结果): every finding in a fixed order, a summary per rule, the problems with
 * rules, and the lists the notice asks for as views of the findings. Immutable; serialises to JSON
 * deterministically through {@link org.countychain.json.CountyChainJson}.
 *
 * <pre>{@code
 * ScreeningResult r = RuleEngine.defaults().screen(jinjiang);
 * for (ServiceListEntry e : r.serviceList()) { … }                      // R5, most gaps first
 * r.list(NoticeList.PRIORITY_LIST);                                     // R7
 * r.findingsWithCode("R8-HIGH-TECH-ZERO");
 * r.findings().get(0).message(Locale.ENGLISH);
 * }</pre>
 *
 * @since 0.1.0
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"reportingYear", "asOf", "settings", "rules", "problems", "findings"})
public final class ScreeningResult {
    private final int reportingYear;
    private final @Nullable LocalDate asOf;
    private final RuleSettings settings;
    private final List<RuleSummary> rules;
    private final List<RuleProblem> problems;
    private final List<Finding> findings;
    private final Map<String, int[]> codeRanges;

    ScreeningResult(int reportingYear, @Nullable LocalDate asOf, RuleSettings settings, List<RuleSummary> rules,
                    List<RuleProblem> problems, List<Finding> findings, Map<String, int[]> codeRanges) {
        this.reportingYear = reportingYear;
        this.asOf = asOf;
        this.settings = settings;
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
        // Not copied: the engine passes an unmodifiable list, which may make its findings only when read.
        this.findings = findings;
        this.codeRanges = Collections.unmodifiableMap(new LinkedHashMap<>(codeRanges));
    }

    /**
     * The reporting year screened.
     *
     * @return the year
     */
    @JsonProperty("reportingYear")
    public int reportingYear() {
        return reportingYear;
    }

    /**
     * The date deadlines were judged against.
     *
     * @return the date, or {@code null} when none was given
     */
    @JsonProperty("asOf")
    public @Nullable LocalDate asOf() {
        return asOf;
    }

    /**
     * The settings used.
     *
     * @return the settings
     */
    @JsonProperty("settings")
    public RuleSettings settings() {
        return settings;
    }

    /**
     * One summary per rule, in the order the rules ran.
     *
     * @return the summaries
     */
    @JsonProperty("rules")
    public List<RuleSummary> rules() {
        return rules;
    }

    /**
     * Problems with rules: those found when the engine was built and those of this run.
     *
     * @return the problems
     */
    @JsonProperty("problems")
    public List<RuleProblem> problems() {
        return problems;
    }

    /**
     * Every finding: by rule, then by the rule's order of finding types, then by subject.
     *
     * <p>The built-in rules' findings about enterprises are kept compactly and made into {@link Finding} objects
     * when read, from the screened data (immutable, so the result keeps references to it rather than copies):
     * reading the same position twice gives two equal findings, not the same object.
     *
     * @return an unmodifiable list
     */
    @JsonProperty("findings")
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings of one rule.
     *
     * @param ruleId the rule's id
     * @return the findings, empty for an unknown id
     */
    public List<Finding> findings(String ruleId) {
        for (RuleSummary s : rules) {
            if (s.ruleId().equals(ruleId)) {
                List<Finding> out = new ArrayList<>(s.findings());
                s.countsByCode().keySet().forEach(code -> out.addAll(findingsWithCode(code)));
                return Collections.unmodifiableList(out);
            }
        }
        return List.of();
    }

    /**
     * The findings with one code.
     *
     * @param code the code, for example {@code R7-PRIORITY}
     * @return the findings in subject order, empty for an unknown code
     */
    public List<Finding> findingsWithCode(String code) {
        int[] range = codeRanges.get(code);
        return range == null ? List.of() : findings.subList(range[0], range[1]);
    }

    /**
     * The number of findings with one code.
     *
     * @param code the code
     * @return the count
     */
    public int count(String code) {
        int[] range = codeRanges.get(code);
        return range == null ? 0 : range[1] - range[0];
    }

    /**
     * One of the notice's lists.
     *
     * @param list which list
     * @return its findings, in the list's order
     */
    public List<Finding> list(NoticeList list) {
        List<Finding> out = new ArrayList<>();
        for (String code : list.codes()) {
            out.addAll(findingsWithCode(code));
        }
        if (list == NoticeList.SERVICE_LIST && out.stream().allMatch(f -> f.type() == R05ResearchGapRule.SERVICE)) {
            // Most gaps first; the sort is stable, so within a gap count the subject order stays. (A rule that
            // replaces R5 keeps its own order.)
            out.sort(Comparator.comparingInt((Finding f) -> -((Integer) Objects.requireNonNull(f.value(1), "gapCount"))));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * R5's one-on-one service list (“一对一”“点对点”服务清单): above-scale manufacturing enterprises with no R&amp;D
     * investment, no R&amp;D institution or no invention patent, most gaps first, then by county and credit code.
     * Made of the built-in R5 rule's findings; empty when R5 is disabled or replaced.
     *
     * @return the entries
     */
    public List<ServiceListEntry> serviceList() {
        return list(NoticeList.SERVICE_LIST).stream().filter(f -> f.type() == R05ResearchGapRule.SERVICE)
                .map(ServiceListEntry::from).toList();
    }

    /**
     * R11's cultivation list (培育清单): above-scale S&amp;T enterprises of the chains that are not high-tech
     * enterprises, each with its gap to every high-tech criterion. Made of the built-in R11 rule's findings.
     *
     * @return the entries, by county and credit code
     */
    public List<CultivationEntry> cultivationList() {
        return list(NoticeList.CULTIVATION_LIST).stream().filter(f -> f.type() == R11HighTechRule.CULTIVATE)
                .map(CultivationEntry::from).toList();
    }

    /**
     * R11's high-tech visit list (高新技术企业入企普查服务清单): every enterprise with a high-tech certificate valid in the
     * reporting year under {@link RuleSettings#highTechValidity()}, chain or not, with its certificate and service
     * contact, by county and credit code. Made of the built-in R11 rule's findings; empty when R11 is disabled or
     * replaced.
     *
     * @return the entries
     * @since 0.2.0
     */
    public List<HighTechVisitEntry> highTechVisitList() {
        return list(NoticeList.HIGH_TECH_VISITS).stream().filter(f -> f.type() == R11HighTechRule.VISIT)
                .map(HighTechVisitEntry::from).toList();
    }

    /**
     * Whether any rule or plug-in had a problem.
     *
     * @return true when {@link #problems()} is not empty
     */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
