package org.countychain.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.countychain.CountyChainIOException;
import org.countychain.ErrorCode;
import org.countychain.Location;
import org.countychain.ReferenceDataException;
import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;

/**
 * A complete, realistic and entirely fictional sample county (样例县域数据): 晋江市 (350582), its key chain 纺织鞋服
 * with an innovation map, 48 enterprises with R&amp;D figures for 2022–2024, two S&amp;T commissioner teams (the chain's
 * own and a city-level team that serves 石狮's chain too), platforms
 * (one of them an enclave in 上海), the two lists of R4 and a fully written research report in the
 * {@code fujian-2024} template edition. For demos, documentation and integrators' tests.
 *
 * <pre>{@code
 * CountyDataset jinjiang = SampleCounty.jinjiang();   // immutable, built once
 * jinjiang.enterprises().size();                       // 48
 * jinjiang.reports().get(0).missingRequiredItems(ReportTemplates.fujian2024());   // []
 * }</pre>
 *
 * <p>All enterprises, people, platforms, intermediaries, tasks and achievements are fictional and marked
 * 样例; phone numbers are fake. Universities and institutes appear under their real names, described by their
 * public field only. The enterprises are planted so that together they hit every case of rules R5–R12,
 * boundaries included. The resource {@code org/countychain/sample/jinjiang-cases.md} ({@link #casesDocument()})
 * maps every enterprise (E01–E48, credit code and name) to the cases it hits, with machine-readable tags. In short:
 *
 * <table>
 *   <caption>Planted rule cases (reporting year 2024)</caption>
 *   <tr><th>rule</th><th>enterprises</th><th>what</th></tr>
 *   <tr><td>R5</td><td>E10–E17, E35, E44; E40, E41</td><td>each gap alone, each pair, all three, with and
 *       without a contact; R&amp;D not reported; out of scope (not above scale, not manufacturing)</td></tr>
 *   <tr><td>R6</td><td>E20, E21, E22; E02, E31, E42</td><td>high-tech tax reduction, super-deduction, 科技贷
 *       unused; all used</td></tr>
 *   <tr><td>R7</td><td>E03, E04, E05, E06, E07, E08</td><td>ratio exactly 5 % (no), 5 % + 0.01 yuan (yes),
 *       self-funded 19,999,999.99 (no), 20,000,000.00 (yes), revenue 0, revenue missing</td></tr>
 *   <tr><td>R8</td><td>E25; E26, E27; E28; E01, E02, E06, E20, E29, E30</td><td>(a), (b) zero projects,
 *       (b) zero R&amp;D, no report filed, consistent 107-2 detail</td></tr>
 *   <tr><td>R9</td><td>many</td><td>reserve fund true, false and not reported</td></tr>
 *   <tr><td>R11</td><td>E30–E39, E43</td><td>certificate ending 2024-06-30, issued 2024-07-01 (its last valid day not
 *       stated, so derived), renewed,
 *       expired; high-tech criteria met, at their exact boundaries, just missed, undecidable, registered less
 *       than a year</td></tr>
 *   <tr><td>R12</td><td>E45, E46</td><td>served by a watch-listed intermediary (by name, by credit code)</td></tr>
 *   <tr><td>codes</td><td>E09; E47; E48; E01, E05, E06</td><td>bad GB 11714 inner check; retired division
 *       code 350427; another province's 330782; city-level 350500</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public final class SampleCounty {
    /** The unit id of the sample county, 晋江市. */
    public static final String UNIT_ID = "350582";
    /** The unit name of the sample county. */
    public static final String UNIT_NAME = "晋江市";
    /** The id of the sample's key chain, 纺织鞋服. */
    public static final String CHAIN_ID = "350582-textile-footwear";
    /** The sample's reporting year; enterprise figures cover the two years before it too. */
    public static final int YEAR = 2024;
    /** The class-path resource that documents every planted rule case. */
    public static final String CASES_RESOURCE = "/org/countychain/sample/jinjiang-cases.md";
    /**
     * The class-path resource holding {@link #jinjiang()} in the CountyChain JSON format, exactly as
     * {@code CountyChainJson.defaults().write(jinjiang(), out)} writes it.
     */
    public static final String JSON_RESOURCE = "/org/countychain/sample/jinjiang-2024.json";

    static final String NOTE = "样例数据，企业均为虚构：晋江市纺织鞋服产业链的演示与测试数据。企业、人员、平台、中介机构、"
            + "揭榜任务和科技成果均为虚构并标注“样例”，电话号码为假号码；高校和科研院所仅按其公开的学科方向列出。"
            + "各企业覆盖的规则情形见 org/countychain/sample/jinjiang-cases.md。";

    private SampleCounty() {
    }

    /**
     * The sample county: 晋江市, reporting year 2024. Built once; the data set is immutable and shared.
     *
     * @return the sample data set
     */
    public static CountyDataset jinjiang() {
        return Holder.JINJIANG;
    }

    /**
     * The sample as a JSON document (UTF-8), for demos and for testing an application's JSON import: reading it
     * with {@code CountyChainJson.defaults().readCountyDataset(in, "jinjiang-2024.json")} gives a data set equal to
     * {@link #jinjiang()}.
     *
     * <pre>{@code
     * try (InputStream in = SampleCounty.jinjiangJson()) {
     *     CountyDataset county = CountyChainJson.defaults().readCountyDataset(in, "jinjiang-2024.json");
     * }
     * }</pre>
     *
     * @return a new stream over the resource; the caller closes it
     * @throws ReferenceDataException when the resource is missing from the jar
     */
    public static InputStream jinjiangJson() {
        InputStream in = SampleCounty.class.getResourceAsStream(JSON_RESOURCE);
        if (in == null) {
            throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(JSON_RESOURCE, 0, 0, ""),
                    List.of("missing resource"), null);
        }
        return in;
    }

    /**
     * The document of planted rule cases (Markdown, UTF-8): one row per enterprise with its credit code, name,
     * machine-readable tags and the cases in words.
     *
     * @return the document's text
     * @throws ReferenceDataException when the resource is missing from the jar
     * @throws CountyChainIOException  when it cannot be read
     */
    public static String casesDocument() {
        try (InputStream in = SampleCounty.class.getResourceAsStream(CASES_RESOURCE)) {
            if (in == null) {
                throw new ReferenceDataException(ErrorCode.REFERENCE_DATA, new Location(CASES_RESOURCE, 0, 0, ""),
                        List.of("missing resource"), null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CountyChainIOException(CASES_RESOURCE, e);
        }
    }

    private static final class Holder {
        static final CountyDataset JINJIANG = build();
    }

    private static CountyDataset build() {
        List<Enterprise> enterprises = JinjiangEnterprises.all();
        IndustryChain chain = JinjiangChain.chain();
        return CountyDataset.builder(UNIT_ID, UNIT_NAME, YEAR)
                .note(NOTE)
                .chains(List.of(chain))
                .enterprises(enterprises)
                .teams(JinjiangChain.teams())
                .platforms(JinjiangChain.platforms())
                .demands(JinjiangChain.demands())
                .achievements(JinjiangChain.achievements())
                .reports(List.of(JinjiangReport.report(enterprises, JinjiangChain.map())))
                .watchList(JinjiangChain.watchList())
                .build();
    }
}
