package org.countychain.examples.boot35;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A county data service on Spring Boot 3.5 with no CountyChain glue code: the starter configures the library, its
 * strict JSON, its problem details and {@code @Valid}.
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
