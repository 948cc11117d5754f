package org.opencontest.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.opencontest.support.IntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code prod} profile's session cookie and HSTS over real HTTP (Tomcat writes the cookie, so MockMvc cannot
 * show it), behind a TLS proxy as production runs: the request says {@code X-Forwarded-Proto: https}. The embedded
 * servers stand in for PostgreSQL's neighbours; everything else is the profile as shipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "opencontest.storage.embedded=true", "opencontest.mail.embedded=true", "vaadin.productionMode=false"})
@ActiveProfiles(value = {"prod", "test"}, inheritProfiles = false)
class ProductionHeadersIT extends IntegrationTest {

    @LocalServerPort int port;

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
}
