package org.countychain.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.countychain.InvalidInputException;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.FindingType;
import org.countychain.rules.spi.PolicyRule;
import org.countychain.rules.spi.RuleContext;
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
    void everyThresholdOfRuleSettingsIsAProperty() {
        runner.withPropertyValues("countychain.rules.settings.priority-rd-ratio-percent=7.5",
                "countychain.rules.settings.priority-self-funded-rd-minimum=2000000",
                "countychain.rules.settings.lower-revenue-band=40000000",
                "countychain.rules.settings.upper-revenue-band=300000000",
                "countychain.rules.settings.low-band-rd-ratio-percent=6",
                "countychain.rules.settings.middle-band-rd-ratio-percent=5",
                "countychain.rules.settings.high-band-rd-ratio-percent=4",
                "countychain.rules.settings.minimum-registered-years=2",
                "countychain.rules.settings.super-deduction-excluded-industries=C16,F",
                "countychain.rules.settings.high-tech-validity=whole-year",
                "countychain.rules.settings.tax-reduction-validity=ANY_DAY",
                "countychain.rules.settings.rd-ratio-years=2",
                "countychain.rules.settings.domestic-rd-share-percent=70",
                "countychain.rules.settings.high-tech-product-revenue-percent=65",
                "countychain.rules.settings.science-tech-staff-percent=12",
                "countychain.rules.settings.minimum-core-ip=3",
                "countychain.rules.settings.science-tech-sme-definition=rd-active").run(context -> {
                    org.countychain.rules.model.RuleSettings s = context.getBean(RuleEngine.class).settings();
                    org.countychain.rules.model.RuleSettings expected = org.countychain.rules.model.RuleSettings
                            .defaults().toBuilder().priorityRdRatioPercent(new BigDecimal("7.5"))
                            .prioritySelfFundedRdMinimum(new BigDecimal("2000000"))
                            .lowerRevenueBand(new BigDecimal("40000000"))
                            .upperRevenueBand(new BigDecimal("300000000"))
                            .lowBandRdRatioPercent(new BigDecimal("6")).middleBandRdRatioPercent(new BigDecimal("5"))
                            .highBandRdRatioPercent(new BigDecimal("4")).minimumRegisteredYears(2)
                            .superDeductionExcludedIndustries(java.util.List.of("C16", "F"))
                            .highTechValidity(org.countychain.rules.model.CertificateValidity.WHOLE_YEAR)
                            .taxReductionValidity(org.countychain.rules.model.CertificateValidity.ANY_DAY)
                            .rdRatioYears(2).domesticRdSharePercent(new BigDecimal("70"))
                            .highTechProductRevenuePercent(new BigDecimal("65"))
                            .scienceTechStaffPercent(new BigDecimal("12")).minimumCoreIp(3)
                            .scienceTechSmeDefinition(org.countychain.rules.model.ScienceTechSmeDefinition.RD_ACTIVE)
                            .build();
                    assertThat(s).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo,
                            BigDecimal.class).isEqualTo(expected);
                    // every component differs from the notice's default, so none can have been left unbound
                    org.countychain.rules.model.RuleSettings defaults = org.countychain.rules.model.RuleSettings
                            .defaults();
                    for (java.lang.reflect.RecordComponent c : org.countychain.rules.model.RuleSettings.class
                            .getRecordComponents()) {
                        assertThat(c.getAccessor().invoke(s)).as(c.getName())
                                .isNotEqualTo(c.getAccessor().invoke(defaults));
                    }
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

    @Test
    void aServletApplicationGetsTheWarmUpRequestsWithNoPathsUnlessListed() {
        WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                CountyChainAutoConfiguration.class, CountyChainWebMvcAutoConfiguration.class));
        web.run(context -> {
            assertThat(context).hasSingleBean(CountyChainWarmUpRequests.class);
            assertThat(context.getBean(CountyChainProperties.class).getWarmUp().getRequests()).isEmpty();
            // No web server in this context (no local.server.port): nothing sent, nothing failed.
            assertThat(context.getBean(CountyChainWarmUpRequests.class).failure()).isEmpty();
        });
        web.withPropertyValues("countychain.warm-up.requests=/counties/validate,/counties/screen").run(context ->
                assertThat(context.getBean(CountyChainProperties.class).getWarmUp().getRequests())
                        .containsExactly("/counties/validate", "/counties/screen"));
        web.withPropertyValues("countychain.warm-up.requests=counties").run(context ->
                assertThat(context).hasFailed());
        web.withPropertyValues("countychain.warm-up.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(CountyChainWarmUpRequests.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(CountyChainWarmUpRequests.class));
    }

    @Test
    void theWarmUpRunsTheApplicationsBeansWhileTheContextStarts() {
        CountingRule rule = new CountingRule();
        runner.withBean(PolicyRule.class, () -> rule).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(CountyChainWarmUp.class);
            CountyChainWarmUp warmUp = context.getBean(CountyChainWarmUp.class);
            // No request, no call of ours: the engine bean screened the sample county once per pass.
            assertThat(rule.evaluated.get()).isEqualTo(3);
            assertThat(warmUp.passes()).isEqualTo(3);
            assertThat(warmUp.elapsed()).isPositive();
            assertThat(warmUp.failure()).isEmpty();
        });
    }

    @Test
    void theWarmUpIsTurnedOffOrShortenedByProperties() {
        CountingRule off = new CountingRule();
        runner.withBean(PolicyRule.class, () -> off).withPropertyValues("countychain.warm-up.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(CountyChainWarmUp.class);
                    assertThat(off.evaluated.get()).isZero();
                });
        CountingRule once = new CountingRule();
        runner.withBean(PolicyRule.class, () -> once).withPropertyValues("countychain.warm-up.iterations=1")
                .run(context -> {
                    assertThat(context.getBean(CountyChainProperties.class).getWarmUp().getIterations()).isOne();
                    assertThat(context.getBean(CountyChainWarmUp.class).passes()).isOne();
                    assertThat(once.evaluated.get()).isOne();
                });
        runner.withPropertyValues("countychain.warm-up.iterations=0").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("countychain.warm-up.iterations must be at least 1"));
    }

    @Test
    void aFailingWarmUpIsKeptAndNeverThrown() {
        CountingRule rule = new CountingRule();
        CountyChainWarmUp warmUp = new CountyChainWarmUp(CountyChainJson.defaults(), null,
                RuleEngine.builder().rule(rule).build(), Locale.SIMPLIFIED_CHINESE, 3,
                () -> new ByteArrayInputStream("{\"unitId\": ".getBytes(StandardCharsets.UTF_8)));
        warmUp.run();
        assertThat(warmUp.failure()).get().isInstanceOf(InvalidInputException.class);
        assertThat(warmUp.passes()).isZero();
        assertThat(rule.evaluated.get()).isZero();
    }

    @Test
    void theWarmUpYieldsToTheApplicationsOwn() {
        CountyChainWarmUp own = new CountyChainWarmUp(CountyChainJson.defaults(), null,
                RuleEngine.builder().build(), Locale.ENGLISH, 1);
        runner.withBean(CountyChainWarmUp.class, () -> own).run(context ->
                assertThat(context.getBean(CountyChainWarmUp.class)).isSameAs(own));
    }

    /** A rule bean that counts its evaluations and finds nothing. */
    static final class CountingRule implements PolicyRule {
        final AtomicInteger evaluated = new AtomicInteger();

        @Override
        public String id() {
            return "XT-WARM";
        }

        @Override
        public String noticeSection() {
            return "—";
        }

        @Override
        public String title(Locale locale) {
            return "counts";
        }

        @Override
        public List<FindingType> findingTypes() {
            return List.of();
        }

        @Override
        public List<Finding> evaluate(RuleContext context) {
            evaluated.incrementAndGet();
            return List.of();
        }
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
