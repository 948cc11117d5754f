package org.opencontest.incubation.internal;

import org.opencontest.integrity.SqlObjectSource;
import org.opencontest.integrity.StoredObjectSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tells the integrity scrub about evidence files of incubation projects. */
@Configuration(proxyBeanMethods = false)
class EvidenceObjectSource {

    @Bean
    StoredObjectSource evidenceStoredObjects(JdbcClient jdbc) {
        return SqlObjectSource.of("incubation", "incubation/[0-9]+/evidence/.+", jdbc,
                "SELECT object_key, size_bytes, sha256 FROM incubation_evidence");
    }
}
