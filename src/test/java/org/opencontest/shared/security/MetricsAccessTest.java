package org.opencontest.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Who may scrape {@code /actuator/prometheus} without signing in. */
class MetricsAccessTest {

    @Test
    void theDefaultModeLetsLoopbackScrapeAndNobodyElse() {
        MetricsAccess access = new MetricsAccess(true);

        assertThat(access.matches(scrape("127.0.0.1", 8080))).isTrue();
        assertThat(access.matches(scrape("::1", 8080))).isTrue();
        assertThat(access.matches(scrape("10.1.2.3", 8080))).isFalse();
        assertThat(access.matches(scrape("2001:db8::1", 8080))).isFalse();
        assertThat(access.matches(scrape("not-an-address", 8080))).isFalse();
    }

    @Test
    void onlyThePrometheusPathIsOpened() {
        MockHttpServletRequest other = scrape("127.0.0.1", 8080);
        other.setRequestURI("/actuator/env");

        assertThat(new MetricsAccess(true).matches(other)).isFalse();
    }

    @Test
    void withLoopbackClosedOnlyTheManagementPortIsOpen() {
        MetricsAccess access = new MetricsAccess(false);
        assertThat(access.matches(scrape("127.0.0.1", 8080))).as("before the management server started").isFalse();
        access.managementPortStarted(9464);

        assertThat(access.matches(scrape("10.1.2.3", 9464))).isTrue();
        assertThat(access.matches(scrape("127.0.0.1", 8080))).isFalse();
        assertThat(access.matches(scrape("10.1.2.3", 8080))).isFalse();
    }

    private static MockHttpServletRequest scrape(String remoteAddress, int localPort) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", MetricsAccess.PATH);
        request.setRemoteAddr(remoteAddress);
        request.setLocalPort(localPort);
        return request;
    }
}
