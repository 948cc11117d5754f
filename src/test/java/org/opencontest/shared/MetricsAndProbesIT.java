package org.opencontest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.StoredObject;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The default mode's metrics and probes: the business metrics are registered beside the JVM's and move when their
 * events happen; the probes answer. (Who may scrape: {@code MetricsAccessTest}, and over real HTTP in the
 * {@code prod} set-up {@code ProductionHeadersIT}.)
 */
class MetricsAndProbesIT extends IntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired ObjectStorage storage;
    @Autowired MeterRegistry registry;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void theBusinessMetricsAreRegisteredBesideTheJvms() {
        for (String name : new String[] {"jvm.memory.used", "hikaricp.connections.active",
                "opencontest.uploads.in.progress", "opencontest.upload.bytes", "opencontest.presigned.downloads",
                "opencontest.mail.queued", "opencontest.mail.dispatch.lag", "opencontest.mail.sent",
                "opencontest.vaadin.sessions"}) {
            assertThat(registry.find(name).meters()).as(name).isNotEmpty();
        }
        assertThat(registry.get("opencontest.mail.queued").gauge().value()).isNotNaN();
    }

    @Test
    void uploadsAndDownloadLinksAreCounted() {
        double storedBefore = registry.counter("opencontest.upload.bytes", "outcome", "stored").count();
        double linksBefore = registry.counter("opencontest.presigned.downloads").count();

        StoredObject stored = storage.put("contests/1/metrics", new ByteArrayInputStream(new byte[1234]), "a.bin",
                10_000);
        storage.presignedGet(stored.key(), Duration.ofMinutes(5), "a.bin");

        assertThat(registry.counter("opencontest.upload.bytes", "outcome", "stored").count() - storedBefore)
                .isEqualTo(1234);
        assertThat(registry.counter("opencontest.presigned.downloads").count() - linksBefore).isEqualTo(1);
        assertThat(registry.get("opencontest.uploads.in.progress").gauge().value()).isZero();
    }

    @Test
    void livenessAndReadinessAnswerAndReadinessLooksAtTheDatabaseAndTheStore() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        assertThat(context.getEnvironment().getProperty("management.endpoint.health.group.readiness.include"))
                .contains("db", "storage");
    }
}
