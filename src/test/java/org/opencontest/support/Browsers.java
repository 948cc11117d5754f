package org.opencontest.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The journeys' Chromiums, kept for the whole test JVM and lent to one journey at a time. Starting a browser took
 * 2–5 s per test method, and a fresh one downloads and parses the whole Vaadin bundle again on its first page; a
 * browser that is lent again keeps its HTTP cache (and Chromium's compiled-code cache) but nothing a user would
 * carry from one test to the next: {@link CleanSlate} wipes that before it goes back to the pool. A browser whose
 * journey failed is quit, not lent again, so that whatever state broke one test cannot break the next. Borrowing
 * while another journey holds a browser (tests run in parallel, or a journey that needs two users at once) starts
 * a second one, which is pooled too. All are quit when the JVM ends.
 */
final class Browsers {

    private static final Deque<ChromeDriver> IDLE = new ConcurrentLinkedDeque<>();
    private static final Set<ChromeDriver> STARTED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Browsers::quit), "quit-browsers"));
    }

    private Browsers() {
    }

    /** A clean browser: one from the pool, or a new one when all are lent. */
    static ChromeDriver borrow() {
        ChromeDriver idle = IDLE.pollFirst();
        return idle != null ? idle : start();
    }

    /**
     * Takes a browser back after a journey. {@code reusable} is false when the journey failed: that browser is quit.
     * One whose clean-up fails (a dialog the journey left open, a crashed tab) is quit as well.
     */
    static void giveBack(ChromeDriver driver, String appOrigin, boolean reusable) {
        if (reusable) {
            try {
                CleanSlate.wipe(driver, appOrigin);
                IDLE.addFirst(driver);
                return;
            } catch (WebDriverException broken) {
                // fall through: a browser that cannot be cleaned is not lent again
            }
        }
        quit(driver);
    }

    private static ChromeDriver start() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + CleanSlate.WINDOW.getWidth() + "," + CleanSlate.WINDOW.getHeight(),
                "--lang=en-US", "--user-data-dir=" + temporaryProfile());
        // the console is read after each journey for Content-Security-Policy refusals
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        ChromeDriver driver = new ChromeDriver(service, options);
        STARTED.add(driver);
        CleanSlate.settle(driver);
        return driver;
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void quit(ChromeDriver driver) {
        STARTED.remove(driver);
        try {
            driver.quit();
        } catch (WebDriverException alreadyGone) {
            // a crashed browser has nothing left to quit
        }
    }
}
