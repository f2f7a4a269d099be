package org.countychain.examples.boot4;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A county data service on Spring Boot 4.0 with no CountyChain glue code: the starter configures the library, its
 * strict JSON, its problem details and {@code @Valid}; Jackson 3 finds the model's module by itself.
 */
@SpringBootApplication
public class CountyService {
    /**
     * Starts the service.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(CountyService.class, args);
    }
}
