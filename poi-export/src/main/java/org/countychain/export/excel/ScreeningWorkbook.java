package org.countychain.export.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.countychain.export.excel.internal.ExcelMessages;
import org.countychain.rules.NoticeList;
import org.countychain.rules.RuleSummary;
import org.countychain.rules.ScreeningResult;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.Share;
import org.jspecify.annotations.Nullable;

/**
 * The lists workbook of a screening (筛查名单工作簿): the R5 service list, the R7 priority list, the R8 anomalies, the
 * R11 cultivation list, the R11 high-tech visit list, the coverage figures and R4's bottlenecks nothing is aimed at
 * (尚无攻关力量的断点堵点难点清单: a row per bottleneck under its chain, with its id, kind, title and place), one sheet each, written by
 * {@link ListsWorkbookWriter}. Each row is a finding: its subject (credit code, name, unit), its code, its evidence
 * values (money, counts, shares as percentages, dates; a yes/no and a value with a Chinese label in the reader's
 * language), headed by labels in the reader's language ({@link #evidenceHeader(String, Locale)}), and its message
 * in the reader's language.
 *
 * @since 0.1.0
 */
public final class ScreeningWorkbook {
    /** The lists written, in order. */
    public static final List<NoticeList> LISTS = List.of(NoticeList.SERVICE_LIST, NoticeList.PRIORITY_LIST,
            NoticeList.RD_STATISTICS_ANOMALIES, NoticeList.CULTIVATION_LIST, NoticeList.HIGH_TECH_VISITS,
            NoticeList.COVERAGE, NoticeList.UNADDRESSED_BOTTLENECKS);

    private ScreeningWorkbook() {
    }

    /**
     * Writes the workbook.
     *
     * @param result the screening result
     * @param locale the language of titles, headers and messages
     * @param out    the file
     * @throws IOException declared for compatibility; a failure is a {@code CountyChainIOException}
     * @throws org.countychain.CountyChainIOException when writing fails: the file is written whole or not at all
     *                                                 ({@link org.countychain.io.OutputFiles})
     */
    public static void write(ScreeningResult result, Locale locale, Path out) throws IOException {
        java.util.Objects.requireNonNull(result, "result");
        java.util.Objects.requireNonNull(locale, "locale");
        java.util.Objects.requireNonNull(out, "out");
        ListsWorkbookWriter.write(sheets(result, locale), out);
    }

    /**
     * The sheets of a screening result.
     *
     * @param result the result
     * @param locale the language of titles, headers and messages
     * @return one sheet per list of {@link #LISTS}
     */
    public static List<ListSheet> sheets(ScreeningResult result, Locale locale) {
        boolean zh = ExcelMessages.isChinese(locale);
        List<ListSheet> out = new ArrayList<>();
        for (NoticeList list : LISTS) {
            List<Finding> findings = result.list(list);
            Set<String> ruleIds = new LinkedHashSet<>();
            for (String code : list.codes()) {
                ruleIds.add(code.substring(0, code.indexOf('-')));
            }
            Set<String> sections = new LinkedHashSet<>();
            for (RuleSummary s : result.rules()) {
                if (ruleIds.contains(s.ruleId())) {
                    sections.add(s.noticeSection());
                }
            }
            Map<String, ListSheet.Format> evidence = new LinkedHashMap<>();
            for (Finding f : findings) {
                List<String> names = f.type().evidenceNames();
                for (int i = 0; i < names.size(); i++) {
                    Object v = f.value(i);
                    ListSheet.Format format = formatOf(v);
                    if (v != null && (!evidence.containsKey(names.get(i))
                            || evidence.get(names.get(i)) == ListSheet.Format.TEXT)) {
                        evidence.put(names.get(i), format);
                    } else {
                        evidence.putIfAbsent(names.get(i), ListSheet.Format.TEXT);
                    }
                }
            }
            List<ListSheet.Column> columns = new ArrayList<>(List.of(
                    new ListSheet.Column(zh ? "序号" : "No.", ListSheet.Format.COUNT),
                    new ListSheet.Column(zh ? "编号（统一社会信用代码）" : "Id (credit code)", ListSheet.Format.TEXT),
                    new ListSheet.Column(zh ? "名称" : "Name", ListSheet.Format.TEXT),
                    new ListSheet.Column(zh ? "所在单位" : "Unit", ListSheet.Format.TEXT),
                    new ListSheet.Column(zh ? "问题代码" : "Code", ListSheet.Format.TEXT)));
            evidence.forEach((name, format) -> columns.add(new ListSheet.Column(evidenceHeader(name, locale), format)));
            columns.add(new ListSheet.Column(zh ? "说明" : "Message", ListSheet.Format.TEXT));
            List<List<@Nullable Object>> rows = new ArrayList<>();
            int n = 1;
            for (Finding f : findings) {
                List<@Nullable Object> row = new ArrayList<>();
                row.add(n++);
                row.add(f.subject().id());
                row.add(f.subject().name());
                row.add(f.subject().unitId());
                row.add(f.code());
                List<String> names = f.type().evidenceNames();
                for (Map.Entry<String, ListSheet.Format> e : evidence.entrySet()) {
                    int i = names.indexOf(e.getKey());
                    row.add(i < 0 ? null : cell(f.value(i), e.getValue(), text(f.value(i), f.evidenceText(i), zh)));
                }
                row.add(f.message(locale));
                rows.add(row);
            }
            String sheetName = String.join("、", ruleIds) + " " + list.title(locale);
            sheetName = sheetName.replaceAll("[\\[\\]:*?/\\\\]", "").substring(0, Math.min(sheetName.length(), 31));
            out.add(new ListSheet(sheetName.strip(), list.title(locale), String.join("、", ruleIds),
                    String.join("、", sections), columns, rows));
        }
        return out;
    }

    /**
     * The header of an evidence column: a label in the reader's language from the library's evidence bundle, which
     * names the unit of money (元) and of percentages (%), for every evidence value of the built-in rules
     * ({@code rdExpense} is 研发费用（元）, or {@code R&D expense (yuan)} in English); the evidence name itself for
     * names the bundle does not know (a plugin rule's own evidence).
     *
     * @param name   the evidence name, as in {@code FindingType.evidenceNames()}
     * @param locale the reader's locale: Chinese for {@code zh*}, English otherwise
     * @return the header
     */
    public static String evidenceHeader(String name, Locale locale) {
        String label = ExcelMessages.evidenceLabel(locale, name);
        return label == null ? name : label;
    }

    private static ListSheet.Format formatOf(@Nullable Object v) {
        if (v instanceof Share) {
            return ListSheet.Format.PERCENT;
        }
        if (v instanceof BigDecimal) {
            return ListSheet.Format.MONEY;
        }
        if (v instanceof Integer || v instanceof Long) {
            return ListSheet.Format.COUNT;
        }
        if (v instanceof LocalDate) {
            return ListSheet.Format.DATE;
        }
        return ListSheet.Format.TEXT;
    }

    /** A yes/no and a labelled value (a contact's role) in the reader's language; anything else as in the evidence. */
    private static @Nullable String text(@Nullable Object v, @Nullable String evidence, boolean zh) {
        if (v instanceof Boolean b) {
            return zh ? (b ? "是" : "否") : (b ? "yes" : "no");
        }
        if (v instanceof org.countychain.enterprise.ContactRole role) {
            return role.displayName(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        }
        return evidence;
    }

    private static @Nullable Object cell(@Nullable Object v, ListSheet.Format format, @Nullable String text) {
        if (v == null) {
            return null;
        }
        return switch (format) {
            case PERCENT -> v instanceof Share s && s.whole().signum() != 0
                    ? s.part().divide(s.whole(), java.math.MathContext.DECIMAL64) : text;
            case MONEY, COUNT -> v instanceof Number ? v : text;
            case DATE -> v instanceof LocalDate ? v : text;
            case TEXT -> text;
        };
    }
}
