package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.opencontest.support.BrowserJourney;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A participant creates a personal API token on the profile page, copies the secret shown once, uses it against
 * the running server over real HTTP (through the servlet container, where Vaadin's root mapping could swallow
 * paths), finds its last use listed, and revokes it, after which the server refuses it.
 */
class ParticipantCreatesApiTokenJourney extends BrowserJourney {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void aParticipantCreatesUsesAndRevokesAnApiToken() throws Exception {
        signIn("participant@example.org", "opencontest-demo");
        open("profile");
        scrollTo("api-token-name");
        type("api-token-name", "Laptop script");
        click("api-token-create");
        WebElement secretField = byId("api-token-secret").findElement(By.cssSelector("input"));
        String secret = secretField.getAttribute("value");
        assertThat(secret).startsWith("oc_").hasSize(46);
        scrollTo("api-token-secret-panel");
        screenshot("team-04-api-token-created");

        HttpResponse<String> me = get("api/v1/me", secret);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(me.body()).contains("\"email\":\"participant@example.org\"",
                "\"scopes\":[\"contests:read\",\"submissions:read\"]");
        HttpResponse<String> docs = get("v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"bearerToken\"", "\"/api/v1/me\"");
        HttpResponse<String> unknown = get("api/v1/no-such-thing", secret);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).contains("application/problem+json");

        click("api-token-secret-done");
        open("profile");
        assertThat(driver.findElements(By.id("api-token-secret-panel"))).allSatisfy(panel ->
                assertThat(panel.isDisplayed()).isFalse());
        WebElement revoke = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[id^='api-token-revoke-']")));
        scrollTo("api-token-grid");
        // the grid shows the use a moment ago
        assertThat(byId("api-token-grid").getText()).contains("Laptop script").doesNotContain("Never");
        screenshot("team-05-api-tokens");
        revoke.click();
        waitForVaadin();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']")))
                .click();
        waitForVaadin();
        wait.until(d -> byId("api-token-grid").getText().contains("Revoked"));

        HttpResponse<String> refused = get("api/v1/me", secret);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"code\":\"api.error.token.revoked\"");

        driver.get("http://localhost:" + port + "/swagger-ui/index.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opblock-summary-path")));
        screenshot("api-01-swagger-ui");
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
