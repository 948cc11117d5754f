package org.opencontest.contest;

import java.time.ZoneId;

import org.opencontest.shared.text.Slugs;

/** Limits shared by the service (which enforces them) and the editor (which shows them early). */
public final class ContestRules {

    public static final int SLUG_MAX = Slugs.MAX_LENGTH;
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int MARKDOWN_MAX = 20000;
    public static final int THEME_MAX = 120;
    public static final int NAME_MAX = 120;
    public static final int SHORT_DESCRIPTION_MAX = 2000;
    /** The reason given for a change to a published timeline. */
    public static final int CHANGE_REASON_MAX = 1000;
    public static final int TEAM_SIZE_MIN = 1;
    public static final int TEAM_SIZE_MAX = 50;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    public static final long COVER_MAX_BYTES = 5L * 1024 * 1024;

    private ContestRules() {
    }

    public static boolean isValidSlug(String slug) {
        return Slugs.isValid(slug);
    }
}
