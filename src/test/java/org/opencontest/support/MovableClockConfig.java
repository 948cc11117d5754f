package org.opencontest.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The test contexts' clock, preferred to the application's real-time one. (Spring's {@code @TestBean} would replace
 * the bean instead, but it cannot while Spring Boot forbids overriding bean definitions.)
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfig {

    @Bean
    @Primary
    MovableClock movableClock() {
        return MovableClock.realTime();
    }
}
