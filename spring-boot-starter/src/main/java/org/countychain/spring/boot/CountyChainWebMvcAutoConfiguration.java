package org.countychain.spring.boot;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.countychain.json.CountyChainJson;
import org.countychain.validation.CountyChainValidator;

/**
 * The web layer for Spring MVC (Web 层自动配置), on Spring Boot 3.5 and 4.0 alike: it uses only Spring MVC's
 * {@link WebMvcConfigurer}, so no Boot class that moved in 4.0 is needed. {@link CountyChainHttpMessageConverter}
 * goes first in the converter list (for the model's types only), {@link CountyChainProblemDetails} answers the
 * library's errors and adds {@link CountyChainSpringValidator} to model-typed bodies. Off with
 * {@code countychain.web.enabled=false}; each bean yields to the application's own.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CountyChainAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({WebMvcConfigurer.class, CountyChainValidator.class})
@ConditionalOnBean(CountyChainJson.class)
@ConditionalOnProperty(prefix = "countychain.web", name = "enabled", havingValue = "true", matchIfMissing = true)
public class CountyChainWebMvcAutoConfiguration {
    /**
     * Creates the configuration.
     */
    public CountyChainWebMvcAutoConfiguration() {
    }

    /**
     * The language of messages for a request.
     *
     * @param properties the {@code countychain.*} properties
     * @return the resolver
     */
    @Bean
    @ConditionalOnMissingBean
    public RequestLocales countyChainRequestLocales(CountyChainProperties properties) {
        return new RequestLocales(properties.getDefaultLocale());
    }

    /**
     * The strict JSON converter for the model's types.
     *
     * @param json the reader and writer
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    public CountyChainHttpMessageConverter countyChainHttpMessageConverter(CountyChainJson json) {
        return new CountyChainHttpMessageConverter(json);
    }

    /**
     * Puts the converter first, ahead of the application's Jackson converter.
     *
     * @param converter the converter
     * @return the configurer
     */
    @Bean
    public WebMvcConfigurer countyChainWebMvcConfigurer(CountyChainHttpMessageConverter converter) {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.remove(converter);
                converters.add(0, converter);
            }
        };
    }

    /**
     * {@code @Valid} through the facade.
     *
     * @param validator the facade
     * @param locales   the language of messages
     * @return the Spring validator
     */
    @Bean
    @ConditionalOnMissingBean
    public CountyChainSpringValidator countyChainSpringValidator(CountyChainValidator validator,
                                                                RequestLocales locales) {
        return new CountyChainSpringValidator(validator, locales);
    }

    /**
     * The application's own first requests at start-up: the sample county posted to each path of
     * {@code countychain.warm-up.requests} (none by default) once the web server has started.
     *
     * @param properties  the {@code countychain.*} properties
     * @param environment where the server's port and context path are found
     * @return the warm-up, which sends nothing without paths
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "countychain.warm-up", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    public CountyChainWarmUpRequests countyChainWarmUpRequests(CountyChainProperties properties,
                                                               Environment environment) {
        return new CountyChainWarmUpRequests(environment, properties.getWarmUp().getRequests(),
                properties.getWarmUp().getIterations());
    }

    /**
     * Problem details for the library's errors.
     *
     * @param validator the {@code @Valid} integration
     * @param locales   the language of messages
     * @return the advice
     */
    @Bean
    @ConditionalOnMissingBean
    public CountyChainProblemDetails countyChainProblemDetails(CountyChainSpringValidator validator,
                                                               RequestLocales locales) {
        return new CountyChainProblemDetails(validator, locales);
    }
}
