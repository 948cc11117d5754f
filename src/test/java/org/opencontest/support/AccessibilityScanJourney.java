package org.opencontest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The journeys' accessibility scan itself, on a page of its own (no application; served over loopback HTTP, which the
 * scan's digest needs as a secure context): it reports what axe-core finds, a page state already scanned is not
 * scanned again, and a changed state is.
 */
@Tag("browser")
class AccessibilityScanJourney {

    private static final String PAGE = """
            <!doctype html><html lang="en"><head><title>Scan probe</title></head><body><main>
            <h1>Probe</h1><img src="missing.png">
            <button onclick="document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text>')">Add a field</button>
            </main></body></html>""";

    @Test
    void reportsViolationsAndScansEachPageStateOnce() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        ChromeDriver driver = Browsers.borrow();
        boolean passed = false;
        try {
            driver.get(origin + "/probe");
            AccessibilityScan scan = new AccessibilityScan();

            assertThat(scan.scanIfNew(driver, "probe")).isTrue();
            assertThat(scan.report()).contains("image-alt (critical)").doesNotContain("label (critical)");
            assertThat(scan.scanIfNew(driver, "probe again")).as("the same state").isFalse();

            driver.findElement(By.tagName("button")).click();
            assertThat(scan.scanIfNew(driver, "probe with a field")).isTrue();
            assertThat(scan.report()).contains("label (critical)");
            passed = true;
        } finally {
            Browsers.giveBack(driver, origin, passed);
            server.stop(0);
        }
    }
}
