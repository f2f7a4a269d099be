package org.countychain.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningResult;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.model.Share;
import org.countychain.rules.notice.NoticeRules;
import org.countychain.rules.spi.PolicyRule;
import org.countychain.sample.SampleCounty;
import org.countychain.sample.SyntheticProvince;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lists workbook heads evidence columns with labels, not with the evidence names programs use. */
class EvidenceHeadersTest {
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern EVIDENCE_NAME = Pattern.compile("^[a-z]+[A-Z][A-Za-z.]*$");

    @TempDir
    Path dir;

    private static Set<String> builtInEvidenceNames() {
        Set<String> names = new TreeSet<>();
        for (PolicyRule rule : NoticeRules.all()) {
            for (FindingType type : rule.findingTypes()) {
                names.addAll(type.evidenceNames());
            }
        }
        return names;
    }

    @Test
    void everyEvidenceNameOfEveryBuiltInFindingTypeHasAChineseAndAnEnglishLabel() {
        Set<String> names = builtInEvidenceNames();
        assertThat(names).hasSizeGreaterThan(80).contains("rdExpense", "rdRatio.actual", "coveragePercent");
        List<String> unlabelled = new ArrayList<>();
        for (String name : names) {
            String zh = ScreeningWorkbook.evidenceHeader(name, Locale.SIMPLIFIED_CHINESE);
            String en = ScreeningWorkbook.evidenceHeader(name, Locale.ENGLISH);
            if (zh.equals(name) || en.equals(name) || !CJK.matcher(zh).find() || CJK.matcher(en).find()) {
                unlabelled.add(name + " -> " + zh + " / " + en);
            }
        }
        assertThat(unlabelled).isEmpty();
        assertThat(ScreeningWorkbook.evidenceHeader("rdExpense", Locale.CHINA)).isEqualTo("研发费用（元）");
        assertThat(ScreeningWorkbook.evidenceHeader("rdExpense", Locale.forLanguageTag("zh-TW")))
                .isEqualTo("研发费用（元）");
        assertThat(ScreeningWorkbook.evidenceHeader("rdExpense", Locale.ENGLISH)).isEqualTo("R&D expense (yuan)");
        assertThat(ScreeningWorkbook.evidenceHeader("rdExpense", Locale.GERMAN)).isEqualTo("R&D expense (yuan)");
    }

    @Test
    void moneyHeadersNameYuanAndShareHeadersNamePercent() {
        ScreeningResult result = RuleEngine.defaults().screen(SyntheticProvince.generate(2024, 2_000));
        Set<String> money = new TreeSet<>();
        Set<String> shares = new TreeSet<>();
        for (Finding f : result.findings()) {
            List<String> names = f.type().evidenceNames();
            for (int i = 0; i < names.size(); i++) {
                if (f.value(i) instanceof BigDecimal) {
                    money.add(names.get(i));
                } else if (f.value(i) instanceof Share) {
                    shares.add(names.get(i));
                }
            }
        }
        assertThat(money).contains("rdExpense", "operatingRevenue", "selfFundedRdExpense");
        assertThat(shares).contains("rdRatioPercent", "coveragePercent", "rdRatio.actual");
        for (String name : money) {
            assertThat(ScreeningWorkbook.evidenceHeader(name, Locale.CHINA)).as(name).endsWith("（元）");
            assertThat(ScreeningWorkbook.evidenceHeader(name, Locale.ENGLISH)).as(name).endsWith("(yuan)");
        }
        for (String name : shares) {
            assertThat(ScreeningWorkbook.evidenceHeader(name, Locale.CHINA)).as(name).endsWith("（%）");
            assertThat(ScreeningWorkbook.evidenceHeader(name, Locale.ENGLISH)).as(name).endsWith("(%)");
        }
    }

    @Test
    void aPluginRulesOwnEvidenceNameIsItsOwnHeader() {
        assertThat(ScreeningWorkbook.evidenceHeader("qzPilotScore", Locale.CHINA)).isEqualTo("qzPilotScore");
        assertThat(ScreeningWorkbook.evidenceHeader("qzPilotScore", Locale.ENGLISH)).isEqualTo("qzPilotScore");
    }

    @Test
    void theWrittenWorkbookHasNoEvidenceNameAsAHeader() throws Exception {
        ScreeningResult result = RuleEngine.defaults().screen(SampleCounty.jinjiang());
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Path file = dir.resolve("lists-" + locale + ".xlsx");
            ScreeningWorkbook.write(result, locale, file);
            List<String> headers = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    XSSFSheet s = wb.getSheetAt(i);
                    for (Cell c : s.getRow(1)) {
                        headers.add(c.getStringCellValue());
                    }
                }
            }
            assertThat(headers).hasSizeGreaterThan(40).noneMatch(h -> EVIDENCE_NAME.matcher(h).matches());
            if (locale.equals(Locale.SIMPLIFIED_CHINESE)) {
                assertThat(headers).contains("研发费用（元）", "营业收入（元）", "研发费用占营业收入比重（%）");
            } else {
                assertThat(headers).contains("R&D expense (yuan)", "R&D expense / revenue (%)");
            }
        }
    }
}
