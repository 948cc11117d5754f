package org.opencontest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.opencontest.storage.internal.DedicatedS3Server;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests in which a server the application depends on goes away under it. They share one application
 * of their own, apart from {@link IntegrationTest}'s, whose servers they may stop:
 * <ul>
 * <li>a database of its own, reached through a {@link TcpProxy} that a test cuts and restores ({@link #database()});
 * on the shared database this application would take up the shared context's work at its start (its outstanding
 * event publications and due mails);</li>
 * <li>an S3 server of its own ({@link DedicatedS3Server}, {@link #store()}), which a test stops and starts, also from
 * inside the application ({@link StopsTheStoreOnInsert});</li>
 * <li>an SMTP server of its own ({@link #smtp()}), whose deliveries a test may hook;</li>
 * <li>a real port, and Prometheus metrics on (which Spring Boot's tests switch off unless asked).</li>
 * </ul>
 * One context for all such classes: each used to start an application of its own, and a start is the costliest
 * step of the suite. Every test ends with the database and the store back. The context stays cached, and its
 * servers running, until the test JVM ends.
 * <p>
 * Vaadin installs each context's security context holder strategy JVM-wide when the context starts, and each
 * context's method security reads its own. So the strategy in force before the class is remembered, this
 * application's is put in force for each test (a cached context does not install it again), and the remembered one
 * goes back after the class, for the shared context's tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.jpa.properties.hibernate.session_factory.interceptor=org.opencontest.support.StopsTheStoreOnInsert")
@ActiveProfiles("test")
@AutoConfigureObservability
@Import(CutsTheDatabaseBeforeCommit.Config.class)
public abstract class OutageTest {

    private static TcpProxy database;
    private static DedicatedS3Server store;
    private static GreenMail smtp;
    private static SecurityContextHolderStrategy outsiders;

    @Autowired
    private SecurityContextHolderStrategy ours;
    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void ownServers(DynamicPropertyRegistry registry) {
        String direct = ThrowawayPostgres.fresh();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + database().port()
                + URI.create(direct.substring("jdbc:".length())).getPath());
        DedicatedS3Server.useAsTheStore(registry, () -> store().endpoint());
        registry.add("opencontest.mail.embedded", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp().getSmtp().getPort());
    }

    /** Runs before the context is loaded or taken from the cache. */
    @BeforeAll
    static void rememberTheStrategyInForce() {
        outsiders = SecurityContextHolder.getContextHolderStrategy();
    }

    @BeforeEach
    void putThisApplicationsStrategyInForce() {
        SecurityContextHolder.setContextHolderStrategy(ours);
    }

    @AfterEach
    void serversBack() throws SQLException {
        StopsTheStoreOnInsert.disarm();
        store().start();
        databaseBack();
    }

    @AfterAll
    static void putTheRememberedStrategyBack() {
        SecurityContextHolder.setContextHolderStrategy(outsiders);
    }

    /** The database back, and the connections a cut broke replaced now rather than met by the next caller. */
    protected void databaseBack() throws SQLException {
        database().restore();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    /** The proxy in front of the application's database. */
    protected static synchronized TcpProxy database() {
        if (database == null) {
            database = new TcpProxy("127.0.0.1", 5432);
        }
        return database;
    }

    protected static synchronized DedicatedS3Server store() {
        if (store == null) {
            try {
                store = DedicatedS3Server.start(Files.createTempDirectory(
                        Files.createDirectories(Path.of("target", "test-objects")), "outage-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    protected static synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(DedicatedS3Server.freePort(), "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        return smtp;
    }
}
