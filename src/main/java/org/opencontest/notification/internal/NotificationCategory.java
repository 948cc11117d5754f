package org.opencontest.notification.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a notification is about, derived from its mail template's name ({@code <module>.<name>}); users choose a
 * {@link Delivery} per category. Account-security mails (sign-up, verification, password reset) and the
 * notification module's own mails (test, digest) have no category: they go by mail only, whatever the preferences.
 */
public enum NotificationCategory {

    ANNOUNCEMENTS, QUESTIONS, TEAM, SUBMISSION, JUDGING, INCUBATION, DATA_ISSUES, ACCOUNT;

    private static final Set<String> MAIL_ONLY = Set.of("account.verify-email", "account.password-reset",
            "account.signup-existing");

    /** Prefix → category; the first match wins, so the more specific prefixes come first. */
    private static final List<Rule> RULES = List.of(
            new Rule("community.announcement", ANNOUNCEMENTS),
            new Rule("community.qa-", QUESTIONS),
            new Rule("community.data-issue-", DATA_ISSUES),
            new Rule("dataset.issue-", DATA_ISSUES),
            new Rule("team.", TEAM),
            new Rule("submission.", SUBMISSION),
            new Rule("evaluation.", SUBMISSION),
            new Rule("judging.", JUDGING),
            new Rule("vote.", JUDGING),
            new Rule("incubation.", INCUBATION),
            new Rule("account.", ACCOUNT),
            new Rule("integrity.", ACCOUNT));

    /** The category of a template, or empty when it is mailed only (account security, unknown modules). */
    public static Optional<NotificationCategory> of(String template) {
        if (MAIL_ONLY.contains(template)) {
            return Optional.empty();
        }
        return RULES.stream().filter(rule -> template.startsWith(rule.prefix())).map(Rule::category).findFirst();
    }

    private record Rule(String prefix, NotificationCategory category) {
    }
}
