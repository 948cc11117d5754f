package org.opencontest.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opencontest.support.OutageTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The default mode's Prometheus endpoint over a real HTTP connection: a scraper on the same machine reads it from
 * loopback without credentials, and the same request reaching the app through the machine's network address is
 * refused. ({@link MetricsAccessTest} checks the rule on fabricated requests; {@link ProductionHeadersIT} shows
 * that the {@code prod} profile closes loopback on the public port and serves metrics on the management port.)
 * It runs in {@link OutageTest}'s application, which has what it needs (a real port, metrics on, the default
 * profile's security), so that it does not start an application of its own; it stops no server.
 */
class LoopbackScrapeIT extends OutageTest {

    @LocalServerPort int port;

    @Test
    void aScraperOnLoopbackReadsTheMetricsWithoutCredentials() throws Exception {
        HttpResponse<String> scrape = fetch("127.0.0.1");

        assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(scrape.body()).contains("opencontest_uploads_in_progress", "opencontest_mail_queued",
                "application=\"opencontest\"");
    }

    @Test
    void theSameScrapeThroughTheMachinesNetworkAddressIsRefused() throws Exception {
        Optional<InetAddress> network = networkAddress();
        assumeThat(network).as("a non-loopback IPv4 address on this machine").isPresent();

        HttpResponse<String> scrape = fetch(network.get().getHostAddress());

        assertThat(scrape.statusCode()).isNotEqualTo(200);
        assertThat(scrape.body()).doesNotContain("opencontest_");
    }

    private HttpResponse<String> fetch(String host) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://" + host + ":" + port + MetricsAccess.PATH)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An address of an interface that is up: a connection to it arrives from that address, not from loopback. */
    private static Optional<InetAddress> networkAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
