package org.opencontest.vote.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencontest.account.UserContact;
import org.opencontest.account.UserDirectory;
import org.opencontest.contest.ContestPage;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.vote.internal.VoteStore.PollRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the organiser who planned a vote that it did not open ({@code mail.vote.planned-not-opened}, which also lands
 * in their notification centre under judging), in their language, with the planned start in the contest's zone and
 * theirs. Published in the transaction that gives the vote up, so the notice goes out exactly when that commits.
 */
@Component
class VoteNotices {

    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final PublicBaseUrl baseUrl;

    VoteNotices(UserDirectory users, ApplicationEventPublisher events, MessageSource messages, PublicBaseUrl baseUrl) {
        this.users = users;
        this.events = events;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void notOpened(ContestPage contest, PollRow poll, boolean windowOver) {
        UserContact organiser = users.enabledContacts(List.of(poll.createdBy())).get(poll.createdBy());
        if (organiser == null) {
            return;
        }
        Locale locale = organiser.locale() == null ? Locale.ENGLISH : organiser.locale();
        ZoneId zone = users.zonesByEmail(List.of(organiser.email())).getOrDefault(organiser.email(), contest.zone());
        String opens = String.join(" / ", ZoneDisplay.format(poll.opensAt(), contest.zone(), zone, locale));
        String reason = messages.getMessage(windowOver ? "vote.notOpened.windowOver" : "vote.notOpened.noEntries",
                new Object[] {messages.getMessage("vote.entries." + poll.entries().name(), null, locale)}, locale);
        events.publishEvent(new MailRequested(organiser.email(), locale, "vote.planned-not-opened", Map.of(
                "name", organiser.displayName(),
                "contest", contest.title().in(locale),
                "vote", Long.toString(poll.id()),
                "opens", opens,
                "reason", reason,
                "link", baseUrl.link("/organise/votes/" + contest.id()))));
    }
}
