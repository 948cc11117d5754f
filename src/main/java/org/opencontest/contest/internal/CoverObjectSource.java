package org.opencontest.contest.internal;

import org.opencontest.integrity.SqlObjectSource;
import org.opencontest.integrity.StoredObjectSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells the integrity scrub about contest covers. The contest records no size or digest for a cover, so the scrub
 * checks only that it is there; the listing mainly keeps covers from being taken for orphans.
 */
@Configuration(proxyBeanMethods = false)
class CoverObjectSource {

    @Bean
    StoredObjectSource coverStoredObjects(JdbcClient jdbc) {
        return SqlObjectSource.of("contest", "contests/[0-9]+/covers/.+", jdbc,
                "SELECT cover_key AS object_key, CAST(NULL AS BIGINT) AS size_bytes, CAST(NULL AS VARCHAR(64)) AS sha256"
                        + " FROM contest WHERE cover_key IS NOT NULL");
    }
}
