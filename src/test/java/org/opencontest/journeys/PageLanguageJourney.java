package org.opencontest.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.opencontest.support.BrowserJourney;
import org.openqa.selenium.JavascriptExecutor;

/**
 * {@code <html lang>} follows the interface language, so that screen readers speak Chinese pages with a Chinese
 * voice: on the first page a browser asking for Chinese receives, and at once when a visitor switches.
 */
class PageLanguageJourney extends BrowserJourney {

    @Test
    void theFirstPageCarriesTheLanguageTheBrowserAskedFor() throws Exception {
        assertThat(firstPage("zh-CN,zh;q=0.9,en;q=0.8")).contains("<html lang=\"zh-CN\"");
        assertThat(firstPage("en-US,en;q=0.9")).contains("<html lang=\"en\"");
    }

    @Test
    void switchingTheLanguageChangesThePageLanguage() {
        open("");
        assertThat(pageLanguage()).isEqualTo("en");
        switchLanguage("中文");
        assertThat(pageLanguage()).isEqualTo("zh-CN");
        open("data");
        assertThat(pageLanguage()).as("after a reload in the same session").isEqualTo("zh-CN");
        switchLanguage("English");
        assertThat(pageLanguage()).isEqualTo("en");
    }

    /** The bootstrap page as a new visitor's browser receives it (no session yet). */
    private String firstPage(String acceptLanguage) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address(""))).header("Accept-Language", acceptLanguage)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private String pageLanguage() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang");
    }
}
