package org.countychain.spring.boot;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.countychain.export.ReportExporters;
import org.countychain.export.docx.DocxExporter;
import org.countychain.export.docx.spi.DocxContributor;
import org.countychain.json.CountyChainJson;
import org.countychain.json.CountyChainModule;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.spi.PolicyRule;
import org.countychain.validation.CountyChainValidator;

/**
 * The library's beans (库的 Bean): {@link CountyChainJson}, {@link CountyChainValidator} (closed with the
 * context), {@link RuleEngine} (the notice's rules, plug-in rules found on the class path, every
 * {@link PolicyRule} bean, thresholds from {@code countychain.rules.*}) and {@link ReportExporters} (the exporters
 * found on the class path, the Word exporter with every {@link DocxContributor} bean). Each yields to a bean of
 * the same type that the application declares.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(CountyChainJson.class)
@EnableConfigurationProperties(CountyChainProperties.class)
public class CountyChainAutoConfiguration {
    /**
     * Creates the configuration.
     */
    public CountyChainAutoConfiguration() {
    }

    /**
     * The strict JSON reader and writer.
     *
     * @return the shared instance
     */
    @Bean
    @ConditionalOnMissingBean
    public CountyChainJson countyChainJson() {
        return CountyChainJson.defaults();
    }

    /**
     * The model's Jackson 2 module, which Spring Boot 3 registers with its {@code ObjectMapper} (Spring Boot 4's
     * Jackson 3 mapper finds {@code countychain-jackson3}'s module by itself instead).
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public CountyChainModule countyChainJacksonModule() {
        return new CountyChainModule();
    }

    /**
     * The rule engine.
     *
     * @param properties the {@code countychain.*} properties
     * @param rules      the application's rule beans, added after the built-in and discovered ones
     * @return the engine
     */
    @Bean
    @ConditionalOnMissingBean
    public RuleEngine countyChainRuleEngine(CountyChainProperties properties, ObjectProvider<PolicyRule> rules) {
        RuleEngine.Builder b = RuleEngine.builder().builtInRules()
                .discover(Thread.currentThread().getContextClassLoader())
                .settings(properties.getRules().getSettings().toRuleSettings())
                .parallel(properties.getRules().isParallel());
        rules.orderedStream().forEach(b::rule);
        properties.getRules().getDisabled().forEach(b::disable);
        return b.build();
    }

    /**
     * The library's first use at start-up instead of in the first request ({@code countychain.warm-up.enabled},
     * on by default).
     *
     * @param properties the properties
     * @param json       the JSON reader and writer
     * @param validator  the validation facade, if there is one
     * @param rules      the rule engine
     * @return the warm-up, which runs once every singleton exists
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "countychain.warm-up", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    public CountyChainWarmUp countyChainWarmUp(CountyChainProperties properties, CountyChainJson json,
                                               ObjectProvider<CountyChainValidator> validator, RuleEngine rules) {
        return new CountyChainWarmUp(json, validator.getIfAvailable(), rules, properties.getDefaultLocale(),
                properties.getWarmUp().getIterations());
    }

    /** Beans of countychain-validation, when it is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CountyChainValidator.class)
    static class ValidationBeans {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        CountyChainValidator countyChainValidator() {
            return CountyChainValidator.create();
        }
    }

    /** Beans of countychain-poi-export, when it is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ReportExporters.class)
    static class ExportBeans {
        @Bean
        @ConditionalOnMissingBean
        ReportExporters countyChainReportExporters(ObjectProvider<DocxContributor> contributors) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            ReportExporters found = ReportExporters.discover(loader);
            List<DocxContributor> beans = contributors.orderedStream().toList();
            if (beans.isEmpty()) {
                return found;
            }
            DocxExporter.Builder docx = DocxExporter.builder().discoverContributors(loader);
            beans.forEach(docx::contributor);
            return found.toBuilder().add(docx.build()).build();
        }
    }
}
