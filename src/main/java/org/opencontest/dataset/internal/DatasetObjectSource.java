package org.opencontest.dataset.internal;

import org.opencontest.integrity.SqlObjectSource;
import org.opencontest.integrity.StoredObjectSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tells the integrity scrub about the files of dataset releases. */
@Configuration(proxyBeanMethods = false)
class DatasetObjectSource {

    @Bean
    StoredObjectSource datasetStoredObjects(JdbcClient jdbc) {
        return SqlObjectSource.of("dataset", "datasets/[0-9]+/releases/.+", jdbc,
                "SELECT object_key, size_bytes, sha256 FROM dataset_file");
    }
}
