package org.opencontest.support;

import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * What a pooled browser forgets between two journeys, so that each starts as in a browser of its own: cookies (the
 * signed-in session), the app's local storage, IndexedDB and the like, session storage and every tab the journey
 * opened, the window size a journey set for a phone, the console's messages. The HTTP cache is kept on purpose:
 * the Vaadin bundle it holds is the point of reusing the browser, and the app's responses tell the browser what it
 * may keep, as for any returning user.
 */
final class CleanSlate {

    /** The window every journey starts in (a laptop screen); screenshots in the guides have this size. */
    static final Dimension WINDOW = new Dimension(1366, 900);

    /**
     * Storage kinds cleared for the app's origin ({@code Storage.clearDataForOrigin}). Not "all": that name leaves
     * it to Chromium's version what goes, and the HTTP cache must stay.
     */
    private static final String STORAGE = "cookies,local_storage,indexeddb,websql,service_workers,cache_storage,"
            + "file_systems";

    private CleanSlate() {
    }

    static void wipe(ChromeDriver driver, String appOrigin) {
        // a new tab has a session storage of its own; closing every older one also closes those a journey opened
        String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(fresh);
        // cookies of every host (Selenium's deleteAllCookies only reaches the current page's), then the app's storage
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", appOrigin, "storageTypes", STORAGE));
        driver.manage().window().setSize(WINDOW);
        settle(driver);
        // the console is read for each journey on its own: what the closed pages logged goes
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** Settings a journey may change and the next one expects as they were. */
    static void settle(ChromeDriver driver) {
        // axe-core needs a few seconds for a large page, more on a busy machine
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }
}
