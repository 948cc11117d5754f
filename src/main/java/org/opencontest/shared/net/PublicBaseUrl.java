package org.opencontest.shared.net;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address the application is reached at from outside ({@code opencontest.base-url}), for links in mails,
 * calendars and exports. Configured with or without a trailing slash; links never get a double one.
 */
@Component
public class PublicBaseUrl {

    private final String value;

    public PublicBaseUrl(@Value("${opencontest.base-url}") String configured) {
        this.value = configured.replaceAll("/+$", "");
    }

    /** The base URL without a trailing slash, e.g. {@code https://contest.example.org}. */
    public String value() {
        return value;
    }

    /** The absolute link to {@code path}, which starts with a slash (and may carry a query). */
    public String link(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with a slash: " + path);
        }
        return value + path;
    }

    @Override
    public String toString() {
        return value;
    }
}
