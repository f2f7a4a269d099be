package org.countychain.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.countychain.Labelled;
import org.countychain.chain.BottleneckKind;
import org.countychain.platform.PlatformType;
import org.junit.jupiter.api.Test;

class CliMessagesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        ResourceBundle zh = CliMessages.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = CliMessages.bundle(Locale.ENGLISH);
        assertThat(zh.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(en.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(zh.keySet()).isNotEmpty().isEqualTo(en.keySet());
    }

    @Test
    void neverFallsBackToTheDefaultLocale() {
        // The build pins the JVM to zh_CN; a language without a bundle must fail, not quietly become Chinese.
        assertThatThrownBy(() -> CliMessages.bundle(Locale.FRENCH)).isInstanceOf(MissingResourceException.class);
        assertThat(new CliMessages(Language.EN).text("error.noCommand")).isEqualTo("Name a command.");
    }

    @Test
    void everyConstantTheSummaryNamesHasANameAndTheChineseOneIsTheModelsLabel() {
        CliMessages zh = new CliMessages(Language.ZH);
        CliMessages en = new CliMessages(Language.EN);
        List<Enum<?>> constants = new ArrayList<>(List.of(PlatformType.values()));
        constants.addAll(List.of(BottleneckKind.values()));
        for (Enum<?> constant : constants) {
            assertThat(zh.name(constant)).isEqualTo(((Labelled) constant).label());
            assertThat(en.name(constant)).isNotBlank().doesNotContain("_");
        }
    }

    @Test
    void numbersArePrintedWithoutGrouping() {
        assertThat(new CliMessages(Language.EN).text("summary.teams", CliMessages.count(12345)))
                .isEqualTo("S&T commissioner teams: 12345");
    }

    @Test
    void languageIsFoundBeforeParsing() {
        assertThat(Language.of(List.of())).isEqualTo(Language.ZH);
        assertThat(Language.of(List.of("--lang", "en"))).isEqualTo(Language.EN);
        assertThat(Language.of(List.of("demo", "--out", "x", "--lang=EN"))).isEqualTo(Language.EN);
        assertThat(Language.of(List.of("--lang", "en", "--lang", "zh"))).isEqualTo(Language.ZH);
        assertThat(Language.of(List.of("--lang", "fr"))).isEqualTo(Language.ZH);
        assertThat(Language.of(List.of("--", "--lang", "en"))).isEqualTo(Language.ZH);
        assertThat(Language.of(List.of("--lang"))).isEqualTo(Language.ZH);
    }
}
