package org.opencontest.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the module integration tests: the whole application against the real PostgreSQL (throw-away database),
 * the embedded S3 server and the embedded SMTP server. All subclasses share one cached Spring context.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ThrowawayPostgres::url);
        registry.add("opencontest.storage.embedded-directory", ThrowawayObjectStore::directory);
    }
}
