/**
 * Spring Boot auto-configuration for CountyChain (Spring Boot 自动配置), for Spring Boot 3.5 and 4.0: the
 * library's beans, strict JSON for the model's types, problem details for its errors and {@code @Valid} through
 * {@link org.countychain.validation.CountyChainValidator}. Every bean yields to one of the application's own.
 */
@NullMarked
package org.countychain.spring.boot;

import org.jspecify.annotations.NullMarked;
