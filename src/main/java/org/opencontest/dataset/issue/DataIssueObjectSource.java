package org.opencontest.dataset.issue;

import org.opencontest.integrity.SqlObjectSource;
import org.opencontest.integrity.StoredObjectSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tells the integrity scrub about the evidence files attached to data issues. */
@Configuration(proxyBeanMethods = false)
class DataIssueObjectSource {

    @Bean
    StoredObjectSource dataIssueEvidence(JdbcClient jdbc) {
        return SqlObjectSource.of("dataset-issues", "datasets/issues/[0-9]+/.+", jdbc,
                "SELECT evidence_key AS object_key, evidence_size AS size_bytes, evidence_sha256 AS sha256"
                        + " FROM dataset_issue WHERE evidence_key IS NOT NULL");
    }
}
