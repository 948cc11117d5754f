package org.opencontest.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.opencontest.support.IntegrationTest;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code prod} profile's session cookie and HSTS over real HTTP (Tomcat writes the cookie, so MockMvc cannot
 * show it), behind a TLS proxy as production runs: the request says {@code X-Forwarded-Proto: https}. The embedded
 * servers stand in for PostgreSQL's neighbours; everything else is the profile as shipped.
 * <p>
 * This second application context replaces the JVM-wide security context strategy (Vaadin installs its own per
 * context), and its scheduled jobs would share the test database: it is closed after the class and the strategy of
 * the shared test context is put back, or every later test would run its {@code SystemIdentity} work unauthenticated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "opencontest.storage.embedded=true", "opencontest.mail.embedded=true", "vaadin.productionMode=false",
        "management.server.port=0"})
@ActiveProfiles(value = {"prod", "test"}, inheritProfiles = false)
// Spring Boot's tests switch metrics export (and with it the Prometheus endpoint) off unless asked for
@AutoConfigureObservability
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProductionHeadersIT extends IntegrationTest {

    /** Read when the class loads, before this class's context installs its own. */
    private static final SecurityContextHolderStrategy SHARED_STRATEGY = SecurityContextHolder.getContextHolderStrategy();

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;

    @Test
    void metricsAndProbesAreServedOnTheManagementPortOnlyWithoutCredentials() throws Exception {
        HttpResponse<String> scrape = fetch(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).as("%s; index: %s", scrape.body(), fetch(managementPort, "/actuator").body())
                .isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes", "opencontest_uploads_in_progress",
                "opencontest_mail_queued", "application=\"opencontest\"");
        assertThat(fetch(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(fetch(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);

        // the public port: loopback is closed in prod (a proxy on the same host makes everyone local)
        HttpResponse<String> publicScrape = fetch(port, "/actuator/prometheus");
        assertThat(publicScrape.statusCode()).isNotEqualTo(200);
        assertThat(publicScrape.body()).doesNotContain("jvm_memory_used_bytes");
    }

    private static HttpResponse<String> fetch(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSessionCookieIsLaxSecureAndHttpOnlyAndHttpsAnswersCarryHsts() throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());

        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax").contains("Secure")
                        .contains("HttpOnly"));
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    /** Without credentials the manifest's request would start a session of its own on every page load. */
    @Test
    void theManifestIsRequestedWithTheSessionCookie() throws Exception {
        HttpResponse<String> page = fetch(port, "/");

        assertThat(Jsoup.parse(page.body()).select("link[rel=manifest]")).singleElement()
                .satisfies(link -> assertThat(link.attr("crossorigin")).isEqualTo("use-credentials"));
    }

    @AfterAll
    static void restoreTheSharedContextsStrategy() {
        SecurityContextHolder.setContextHolderStrategy(SHARED_STRATEGY);
    }
}
