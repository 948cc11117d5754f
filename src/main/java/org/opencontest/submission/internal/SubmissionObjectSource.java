package org.opencontest.submission.internal;

import org.opencontest.integrity.SqlObjectSource;
import org.opencontest.integrity.StoredObjectSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tells the integrity scrub about submission files: draft and version files share their objects. */
@Configuration(proxyBeanMethods = false)
public class SubmissionObjectSource {

    /** The scrub's name for submission objects; the receipt check uses it too. */
    public static final String NAME = "submission";

    @Bean
    StoredObjectSource submissionStoredObjects(JdbcClient jdbc) {
        return SqlObjectSource.of(NAME, "contests/[0-9]+/submissions/.+", jdbc,
                "SELECT object_key, size_bytes, sha256 FROM submission_draft_file"
                        + " UNION SELECT object_key, size_bytes, sha256 FROM submission_version_file");
    }
}
