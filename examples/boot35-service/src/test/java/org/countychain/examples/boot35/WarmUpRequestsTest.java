package org.countychain.examples.boot35;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.countychain.spring.boot.CountyChainWarmUpRequests;

/**
 * The service on a real port, as it starts in production on Spring Boot 3.5: the starter's warm-up has posted the
 * sample county to each path of {@code countychain.warm-up.requests} through Tomcat, three times, and every request
 * was answered with a 2xx, before the application context was handed to anyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WarmUpRequestsTest {
    @Autowired
    private CountyChainWarmUpRequests warmUp;

    @Test
    void everyPathWasCalledThreeTimesAndAnswered() {
        assertThat(warmUp.failure()).isEmpty();
        assertThat(warmUp.requests()).isEqualTo(3 * 3);
        assertThat(warmUp.elapsed()).isPositive();
    }
}
