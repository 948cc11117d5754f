package org.opencontest.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the module integration tests: the whole application against the real PostgreSQL (throw-away database),
 * the embedded S3 server and the embedded SMTP server. All subclasses share one cached Spring context. Its clock is
 * a {@link MovableClock}: a test that needs time to pass moves it (autowire {@code MovableClock}); it is back at real
 * time after each test.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MovableClockConfig.class)
public abstract class IntegrationTest {

    @Autowired
    private MovableClock movableClock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ThrowawayPostgres::url);
        registry.add("opencontest.storage.embedded-directory", ThrowawayObjectStore::directory);
    }

    @AfterEach
    void clockBackToRealTime() {
        movableClock.reset();
    }
}
