package org.countychain.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.countychain.export.ReportExporters;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.export.docx.style.StyleSheet;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.RuleEngine;
import org.countychain.sample.SampleCounty;
import org.countychain.validation.CountyChainValidator;
import org.junit.jupiter.api.Test;

/**
 * The auto-configuration in a real Spring context, without a web server: which beans it makes, how properties
 * reach them, and that every one yields to the application's own.
 */
class CountyChainAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CountyChainAutoConfiguration.class,
                    CountyChainWebMvcAutoConfiguration.class));

    @Test
    void makesTheLibrarysBeans() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(CountyChainJson.class).hasSingleBean(CountyChainValidator.class)
                    .hasSingleBean(RuleEngine.class).hasSingleBean(ReportExporters.class);
            assertThat(context.getBean(ReportExporters.class).find("docx")).isPresent();
            assertThat(context.getBean(RuleEngine.class).screen(SampleCounty.jinjiang()).findings()).isNotEmpty();
            // Not a web application: no web beans.
            assertThat(context).doesNotHaveBean(CountyChainHttpMessageConverter.class);
        });
    }

    @Test
    void theValidatorIsClosedWithTheContext() {
        runner.run(context -> assertThat(context.getBeanFactory().getBeanDefinition("countyChainValidator")
                .getDestroyMethodName()).isEqualTo("close"));
    }

    @Test
    void ruleSettingsAndDisabledRulesComeFromProperties() {
        runner.withPropertyValues("countychain.rules.settings.priority-rd-ratio-percent=7.5",
                "countychain.rules.disabled=R12").run(context -> {
                    RuleEngine engine = context.getBean(RuleEngine.class);
                    assertThat(engine.settings().priorityRdRatioPercent()).isEqualByComparingTo(new BigDecimal("7.5"));
                    assertThat(engine.screen(SampleCounty.jinjiang()).rules()).extracting(r -> r.ruleId())
                            .contains("R7", "R11").doesNotContain("R12");
                });
    }

    @Test
    void everyBeanYieldsToTheApplicationsOwn() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context.getBean(RuleEngine.class)).isSameAs(OwnBeans.ENGINE);
            assertThat(context.getBean(CountyChainValidator.class)).isSameAs(OwnBeans.VALIDATOR);
        });
    }

    @Test
    void docxContributorBeansAreAppliedToTheWordExporter() {
        DocxContributor smaller = new DocxContributor() {
            @Override
            public String id() {
                return "smaller-tables";
            }

            @Override
            public StyleSheet styleSheet(StyleSheet base) {
                return base.toBuilder().table(base.table().withSize(10.5)).build();
            }
        };
        runner.withBean(DocxContributor.class, () -> smaller).run(context -> {
            DocxExporter docx = (DocxExporter) context.getBean(ReportExporters.class).require("docx");
            assertThat(docx.styleSheet()).isEqualTo(smaller.styleSheet(StyleSheet.gbt9704()));
        });
        runner.run(context -> assertThat(((DocxExporter) context.getBean(ReportExporters.class).require("docx"))
                .styleSheet()).isEqualTo(StyleSheet.gbt9704()));
    }

    @Test
    void aServletApplicationGetsTheWebBeansUnlessTurnedOff() {
        WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                CountyChainAutoConfiguration.class, CountyChainWebMvcAutoConfiguration.class));
        web.run(context -> assertThat(context).hasSingleBean(CountyChainHttpMessageConverter.class)
                .hasSingleBean(CountyChainProblemDetails.class).hasSingleBean(CountyChainSpringValidator.class));
        web.withPropertyValues("countychain.web.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(CountyChainHttpMessageConverter.class)
                        .doesNotHaveBean(CountyChainProblemDetails.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final RuleEngine ENGINE = RuleEngine.builder().builtInRules().build();
        static final CountyChainValidator VALIDATOR = CountyChainValidator.create();

        @Bean
        RuleEngine ownEngine() {
            return ENGINE;
        }

        @Bean(destroyMethod = "")
        CountyChainValidator ownValidator() {
            return VALIDATOR;
        }
    }
}
