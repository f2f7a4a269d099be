package org.countychain.rules.spi;

import java.util.List;
import java.util.Locale;

import org.countychain.Experimental;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.jspecify.annotations.Nullable;

/**
 * A policy rule (政策规则): one rule of the notice, or a local rule a city adds. <strong>Experimental SPI</strong>:
 * it may change until a second implementation outside the library proves it.
 *
 * <p>A rule is stateless and thread-safe: {@link #evaluate(RuleContext)} reads the context and returns what it
 * found. It never throws for bad data (a missing figure is a finding, not an exception); if it throws anyway the
 * engine reports the failure and goes on with the other rules.
 *
 * <p>Registration: by hand through {@code RuleEngine.builder().rule(new MyRule())}, or for discovery with
 * {@link java.util.ServiceLoader} by listing the class in
 * {@code META-INF/services/org.countychain.rules.spi.PolicyRule} (it then needs a public no-argument
 * constructor). A rule with the id of a built-in rule replaces it only when asked to
 * ({@code RuleEngine.Builder.replace}).
 *
 * <pre>{@code
 * public final class MyRule implements PolicyRule {
 *     static final FindingType LOW = FindingType.builder("QZ-LOW-1", "QZ-LOW")
 *             .severity(Severity.ACTION).title("…", "…").message("{0}：…", "{0}: …")
 *             .evidence("rdExpense").build();
 *     public String id() { return "QZ-LOW"; }
 *     public String noticeSection() { return "二.1"; }
 *     public String title(Locale locale) { return "…"; }
 *     public List<FindingType> findingTypes() { return List.of(LOW); }
 *     public List<Finding> evaluate(RuleContext context) { … }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Experimental(since = "0.1.0")
public interface PolicyRule {
    /**
     * The rule's id: {@code R1} … {@code R16} for the notice's rules (see {@code docs/rules.md}), a
     * name of one's own for local rules ({@code QZ-PILOT}). Letters and digits in dash-separated parts.
     *
     * @return the id
     */
    String id();

    /**
     * The section of the notice the rule implements, for example {@code 二.1}, so that a civil servant can
     * trace a finding back to its sentence.
     *
     * @return the section
     */
    String noticeSection();

    /**
     * A short title.
     *
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the title
     */
    String title(Locale locale);

    /**
     * Every type of finding the rule may report, in the order its findings are listed. Each type's
     * {@link FindingType#ruleId()} is this rule's id; codes are unique among all rules of an engine.
     *
     * @return the types
     */
    List<FindingType> findingTypes();

    /**
     * Screens the context.
     *
     * @param context what to screen and with which settings
     * @return what the rule found, in any order (the engine sorts); never {@code null}
     */
    List<Finding> evaluate(RuleContext context);

    /**
     * The CountyChain version this plug-in was compiled against, so that a plug-in built for another version is
     * reported when it is registered rather than failing with a {@code NoSuchMethodError} while it runs. Implement
     * it as {@code return CountyChainVersion.SPI;}: the compiler copies that constant into the plug-in's class.
     *
     * @return {@code major.minor}, or {@code null} (the default) when the plug-in does not say
     * @see org.countychain.CountyChainVersion#incompatibility(String)
     */
    default @Nullable String builtAgainst() {
        return null;
    }
}
