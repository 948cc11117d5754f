package org.opencontest.evaluation.internal;

import org.opencontest.integrity.SqlObjectSource;
import org.opencontest.integrity.StoredObjectSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tells the integrity scrub about answer keys, so they are checked and never taken for orphans. */
@Configuration(proxyBeanMethods = false)
class AnswerKeyObjectSource {

    @Bean
    StoredObjectSource answerKeyStoredObjects(JdbcClient jdbc) {
        return SqlObjectSource.of("evaluation", "contests/[0-9]+/evaluation/.+", jdbc,
                "SELECT key_object AS object_key, key_size_bytes AS size_bytes, key_sha256 AS sha256"
                        + " FROM evaluated_track WHERE key_object IS NOT NULL");
    }
}
