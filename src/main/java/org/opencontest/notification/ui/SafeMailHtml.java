package org.opencontest.notification.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes a mail's HTML part safe to show inside the application: only basic text markup and http(s)/mailto links
 * survive (no scripts, styles, images or event handlers), and links open in a new tab without access to this page.
 */
final class SafeMailHtml {

    private static final Cleaner CLEANER = new Cleaner(Safelist.basic());

    private SafeMailHtml() {
    }

    static String sanitise(String mailHtml) {
        // parse as a whole document so that the head (title, meta) is dropped instead of leaking in as text
        Document clean = CLEANER.clean(Jsoup.parse(mailHtml));
        clean.select("a[href]").attr("target", "_blank").attr("rel", "noopener noreferrer nofollow");
        return clean.body().html();
    }
}
