package org.opencontest.support;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.naming.OperationNotSupportedException;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (shipped inside the {@code com.deque.html.axe-core:selenium} jar) on what the browser shows and
 * collects every serious or critical violation of the WCAG 2.1 A and AA rules. Only a real browser computes
 * colours, focus order and the accessibility tree, which is why this lives in the journeys.
 */
final class AccessibilityScan {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    /**
     * The progress bar that vaadin-upload draws per file while it uploads has no name (Vaadin 24.9, client side);
     * a known exception in docs/accessibility.md until the component names it.
     */
    private static final String UNNAMED_UPLOAD_PROGRESS = "vaadin-upload-file > vaadin-progress-bar";
    /** A notification that is fading out is leaving the page: axe would measure its vanishing colours. */
    private static final String CLOSING_NOTIFICATION = "vaadin-notification-card[closing]";

    /**
     * What a page shows, as one digest: the address, language and window size, the light and shadow DOM with the
     * form values, what has the focus and where elements are scrolled. Two equal digests are the same page state.
     */
    private static final String PAGE_STATE = """
            const done = arguments[arguments.length - 1];
            const parts = [location.pathname + location.search, document.documentElement.lang, innerWidth, innerHeight];
            const walk = root => {
              parts.push(root.innerHTML);
              root.querySelectorAll('*').forEach(e => {
                if (e.shadowRoot) walk(e.shadowRoot);
                if (typeof e.value === 'string') parts.push(e.value);
                if (typeof e.checked === 'boolean') parts.push(e.checked);
                if (e.scrollTop || e.scrollLeft) parts.push(e.scrollTop + ',' + e.scrollLeft);
              });
            };
            walk(document.body);
            let focused = document.activeElement;
            while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
              focused = focused.shadowRoot.activeElement;
            }
            parts.push(focused ? focused.outerHTML : '', scrollX, scrollY);
            crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\u0000'))).then(digest =>
                done(Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('')));
            """;
    private static final String AXE_SOURCE = readAxeSource();
    /** Page states scanned in this test JVM, by digest: the same state is not scanned twice. */
    private static final Set<String> SCANNED_STATES = ConcurrentHashMap.newKeySet();

    /** One line per rule, element and view; a view scanned twice reports its problems once. */
    private final Set<String> findings = new LinkedHashSet<>();

    /**
     * Scans the page unless this JVM has scanned the very same state before: a screenshot of a page as it opened, or
     * of a view shown again unchanged, would get the same verdict. Returns whether it scanned.
     */
    boolean scanIfNew(WebDriver driver, String view) {
        if (!SCANNED_STATES.add(String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(PAGE_STATE)))) {
            return false;
        }
        scan(driver, view);
        return true;
    }

    // The default path lowers the driver's page-load timeout to one second while it looks for frames, which a busy
    // CI machine misses ("timed out receiving message from renderer"); the pages have no frames to look into.
    @SuppressWarnings("deprecation")
    private void scan(WebDriver driver, String view) {
        finishAnimations(driver);
        AxeBuilder axe = new AxeBuilder().withOptions(violationsOnly()).withTags(WCAG_21_AA).disableIframeTesting()
                .setLegacyMode(true).exclude(UNNAMED_UPLOAD_PROGRESS).exclude(CLOSING_NOTIFICATION);
        axe.setInjectAxe(AccessibilityScan::injectOncePerDocument, false);
        Results results = axe.analyze(driver);
        if (results.isErrored()) {
            findings.add("axe-core failed on " + view + ": " + results.getErrorMessage());
            return;
        }
        for (Rule rule : results.getViolations()) {
            if (BLOCKING_IMPACTS.contains(rule.getImpact())) {
                rule.getNodes().forEach(node -> findings.add("%s (%s) at %s on %s: %s".formatted(rule.getId(),
                        rule.getImpact(), node.getTarget(), view, rule.getHelp())));
            }
        }
    }

    /**
     * Puts axe-core into the page unless this document has it already. The builder's own injection sends the whole
     * script (540 KB) twice per scan, 170–220 ms each of a 550–850 ms scan; a view photographed again after an action
     * is the same document and reuses its axe (AccessibilityScanJourney: a violation a click adds is still found).
     */
    private static void injectOncePerDocument(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(AXE_SOURCE);
        }
    }

    /** Passes and inapplicable rules are summarised by one node each: only the violations are read, in full. */
    private static AxeRunOptions violationsOnly() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /**
     * A notification caught half-way through its fade-in is half transparent, and axe measures that colour: the same
     * green toast passed or failed depending on timing. Finished animations show what a reader sees (the list includes
     * those in shadow trees; endless ones refuse to finish and are left as they are). Closing toasts are excluded.
     */
    private static void finishAnimations(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript(
                "document.getAnimations().forEach(a => { try { a.finish(); } catch (e) { } });");
    }

    private static String readAxeSource() {
        try {
            return new AxeBuilder().getAxeScriptProvider().getScript();
        } catch (IOException | OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script could not be read from the axe-core Selenium jar", e);
        }
    }

    /** The collected violations, one per line, or nothing when the pages passed. */
    String report() {
        return String.join("\n", findings);
    }

    boolean passed() {
        return findings.isEmpty();
    }
}
